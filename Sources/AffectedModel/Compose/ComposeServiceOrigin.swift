/// Where a service's block came from, tracked while files are merged.
struct ComposeServiceOrigin: Equatable {
  /// The file that first defines the service.
  var file: String
  /// Every file that contributed, in order, each once.
  var files: [String]
  /// The variables the contributing blocks refer to.
  var variables: Set<String>

  /// The origin of a block written in `file`, referring to `variables`.
  init(file: String, variables: Set<String> = []) {
    self.file = file
    self.files = [file]
    self.variables = variables
  }

  /// Adds what `other` contributed.
  mutating func absorb(_ other: ComposeServiceOrigin) {
    for file in other.files where !files.contains(file) {
      files.append(file)
    }
    variables.formUnion(other.variables)
  }
}
