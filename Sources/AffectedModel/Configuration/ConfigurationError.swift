/// A problem that makes `affected.yml` unusable, located by file, line, column and key path.
///
/// Printed as `affected.yml:7:5: images.backend.tags[0]: unknown placeholder '{tag}'; …`.
public struct ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public enum Reason: Hashable, Sendable {
    /// The text is not valid YAML (or holds more than one document); the text says why.
    case invalidYAML(String)
    /// A key the schema does not have, with the nearest known key when one is close, and the
    /// keys allowed where it stands.
    case unknownKey(String, suggestion: String?, allowed: [String])
    /// A value of the wrong kind: what was expected and what was found (`a list of globs`, `a
    /// mapping`).
    case wrongType(expected: String, found: String)
    /// A name (a key, a `dependsOn` entry, an image `name`) that is empty.
    case emptyName
    /// A glob that does not compile; its `line` is its 1-based position in its list.
    case invalidGlob(DockerIgnoreError)
    /// A tag template with an unknown placeholder or a character no tag may hold.
    case invalidTagTemplate(TagTemplateError)
    /// A value of the right kind that is still wrong; the text says why and what to write.
    case invalidValue(String)
    /// Entries that depend on each other in a circle: each on the next, the last on the first.
    case dependencyCycle([String])
  }

  /// The repository-relative path of the configuration file.
  public var file: String
  /// The 1-based line, when known.
  public var line: Int?
  /// The 1-based column, when known.
  public var column: Int?
  /// Where in the file, as `images.backend.tags[0]`; empty for the whole file.
  public var keyPath: String
  /// What is wrong.
  public var reason: Reason

  /// Creates an error.
  public init(file: String, line: Int?, column: Int?, keyPath: String, reason: Reason) {
    self.file = file
    self.line = line
    self.column = column
    self.keyPath = keyPath
    self.reason = reason
  }

  /// `file:line:column: key.path: problem; what to do`.
  public var description: String {
    var location = file
    if let line {
      location += ":\(line)"
      if let column {
        location += ":\(column)"
      }
    }
    return keyPath.isEmpty ? "\(location): \(message)" : "\(location): \(keyPath): \(message)"
  }

  /// The problem and what to do, without the location.
  public var message: String {
    switch reason {
    case .invalidYAML(let problem):
      return "invalid YAML: \(problem); fix the syntax"
    case .unknownKey(let key, let suggestion?, _):
      return "unknown key '\(key)'; did you mean '\(suggestion)'?"
    case .unknownKey(let key, nil, let allowed):
      return "unknown key '\(key)'; the keys allowed here are "
        + allowed.joined(separator: ", ")
    case .wrongType(let expected, let found):
      return "expected \(expected), found \(found); change the value"
    case .emptyName:
      return "a name cannot be empty; write one"
    case .invalidGlob(let error):
      return Self.message(for: error)
    case .invalidTagTemplate(let error):
      return error.description
    case .invalidValue(let message):
      return message
    case .dependencyCycle(let nodes):
      let names = (nodes + nodes.prefix(1)).joined(separator: " → ")
      return "dependency cycle: \(names); remove one of these dependsOn entries"
    }
  }

  private static func message(for error: DockerIgnoreError) -> String {
    switch error.reason {
    case .loneExclamationMark:
      return "'\(error.text)' takes nothing back; write the glob to exclude after the '!', as"
        + " '!docs/keep.md'"
    case .invalidPattern(let problem):
      return "'\(error.text)' is not a valid glob: \(problem); fix or remove it"
    }
  }
}
