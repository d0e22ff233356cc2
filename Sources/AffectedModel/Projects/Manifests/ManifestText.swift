/// Small text helpers shared by the manifest readers.
enum ManifestText {
  /// A package name as its ecosystem compares names: Python names are lowercased with runs of
  /// `-`, `_` and `.` made one `-` (PEP 503); other names are compared as written.
  static func normalisedName(_ name: String, _ ecosystem: Project.Ecosystem) -> String {
    guard ecosystem == .python else {
      return name
    }
    var result = ""
    var inSeparator = false
    for character in name.lowercased() {
      if character == "-" || character == "_" || character == "." {
        inSeparator = true
        continue
      }
      if inSeparator && !result.isEmpty {
        result.append("-")
      }
      inSeparator = false
      result.append(character)
    }
    return result
  }

  /// `text` without leading and trailing white space.
  static func trimmed<S: StringProtocol>(_ text: S) -> String {
    String(GoPath.trimSpace(Substring(text)))
  }
}
