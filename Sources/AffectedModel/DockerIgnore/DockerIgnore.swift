/// The rules of a `.dockerignore` file: which files of a build context BuildKit sends.
///
/// Parsing and matching follow moby/patternmatcher, and the pruning of folders follows the walk
/// of tonistiigi/fsutil, as BuildKit applies them when it transfers a local build context. See
/// `Docs/dockerignore.md` for the rules in full.
///
/// ```swift
/// let ignore = try DockerIgnore(text: "*.md\n!README.md\n")
/// ignore.excludes("CHANGELOG.md")  // true
/// ignore.includedFiles(["README.md", "CHANGELOG.md", "src/a.md"])  // ["README.md"]
/// ```
///
/// Paths are context-relative, separated by `/`, without a leading `./` or `/`, and compared
/// byte for byte (case-sensitively, with no Unicode normalisation).
public struct DockerIgnore: Hashable, Sendable {
  /// Rules that exclude nothing: every file is sent.
  public static let empty = DockerIgnore(rules: [])

  /// The compiled patterns, in file order.
  let rules: [IgnorePattern]
  /// Whether any exception has a wildcard outside a trailing `/*` or `/**`; then the walk enters
  /// every excluded folder, since such an exception could match anything inside.
  let exceptionsHaveWildcards: Bool
  /// For each exception, its text without a trailing glob and with a `/` added: the walk enters an
  /// excluded folder when one of these starts with the folder's path and a `/`.
  let exceptionPrefixes: [[UInt8]]

  /// Parses the text of a `.dockerignore` file.
  ///
  /// - Throws: `DockerIgnoreError` for a line BuildKit would reject, with its line number.
  public init(text: String) throws(DockerIgnoreError) {
    var rules: [IgnorePattern] = []
    for line in IgnoreFile.lines(of: text) {
      if let rule = try IgnorePattern.compile(line) {
        rules.append(rule)
      }
    }
    self.init(rules: rules)
  }

  private init(rules: [IgnorePattern]) {
    self.rules = rules
    let exceptions = rules.filter(\.isException).map(\.textWithoutTrailingGlob)
    exceptionsHaveWildcards = exceptions.contains { $0.utf8.contains(where: Self.isWildcardByte) }
    exceptionPrefixes = exceptions.map { Array($0.utf8) + [UInt8(ascii: "/")] }
  }

  /// Whether there are no rules, so that every file is sent.
  var isEmpty: Bool {
    rules.isEmpty
  }

  /// The patterns in the order they apply, as BuildKit sees them.
  ///
  /// Patterns are cleaned, without a leading `/`, and with `!` before each exception. Comments
  /// and blank lines are gone.
  public var patterns: [String] {
    rules.map { ($0.isException ? "!" : "") + $0.text }
  }

  /// Whether `byte` makes fsutil treat an exception as a wildcard pattern (`*[]?^\`).
  private static func isWildcardByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "*"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "?"),
      UInt8(ascii: "^"), UInt8(ascii: "\\"):
      true
    default:
      false
    }
  }

  // MARK: - Hashable

  /// Rules are equal when they have the same patterns, byte for byte, whatever comments or
  /// spacing they came with.
  public static func == (lhs: DockerIgnore, rhs: DockerIgnore) -> Bool {
    lhs.rules.count == rhs.rules.count
      && zip(lhs.rules, rhs.rules).allSatisfy { left, right in
        left.isException == right.isException && left.text.utf8.elementsEqual(right.text.utf8)
      }
  }

  /// Hashes the patterns (without building their text with `!`).
  public func hash(into hasher: inout Hasher) {
    hasher.combine(rules.count)
    for rule in rules {
      hasher.combine(rule.isException)
      hasher.combine(rule.text)
    }
  }
}
