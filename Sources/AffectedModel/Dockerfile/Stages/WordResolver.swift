/// Expands the words of one instruction in a scope and remembers which variables had no value.
struct WordResolver {
  private let expander: WordExpander
  private let variables: [String: String]
  private let keepsUnsetReferences: Bool
  /// The variables referenced so far that had no value.
  private(set) var unresolved: Set<String> = []

  /// A resolver expanding with `variables`.
  init(expander: WordExpander, variables: [String: String]) {
    self.expander = expander
    self.variables = variables
    self.keepsUnsetReferences = false
  }

  /// A resolver for text whose variables are only known later (`ONBUILD` triggers): quotes are
  /// removed but every reference stays as written.
  init(deferringWith expander: WordExpander) {
    self.expander = expander
    self.variables = [:]
    self.keepsUnsetReferences = true
  }

  /// `word` expanded.
  ///
  /// - Throws: `DockerfileError` (without a line) when the word cannot be processed.
  mutating func expand(_ word: String) throws -> String {
    let expanded = try expander.value(
      of: word, with: variables, keepingUnsetReferences: keepsUnsetReferences)
    unresolved.formUnion(expanded.unresolvedVariables)
    return expanded.value
  }
}
