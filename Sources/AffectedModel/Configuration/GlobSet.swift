/// An ordered list of repository-relative globs in the `.dockerignore` dialect, compiled.
///
/// A path matches the set when the list, read as a `.dockerignore` file, would leave the path
/// out: `**/*.md` matches every Markdown file, `vendor` matches the folder and everything below
/// it, and a later `!docs/keep.md` takes a path back out of the set. See `Docs/dockerignore.md`.
///
/// ```swift
/// let globs = try GlobSet(patterns: ["**/*.md", "!docs/keep.md"])
/// globs.matches("a/README.md")   // true
/// globs.matches("docs/keep.md")  // false
/// ```
public struct GlobSet: Hashable, Sendable {
  /// The set that matches nothing.
  public static let empty = GlobSet(patterns: [], rules: .empty)

  /// The globs as written, in order.
  public let patterns: [String]
  private let rules: DockerIgnore

  private init(patterns: [String], rules: DockerIgnore) {
    self.patterns = patterns
    self.rules = rules
  }

  /// Compiles `patterns`, each one glob.
  ///
  /// - Throws: `DockerIgnoreError` whose `line` is the 1-based position in `patterns` of the
  ///   first glob that does not compile; a glob that is blank, spans lines or starts with `#`
  ///   (which `.dockerignore` reads as a comment) is an invalid pattern.
  public init(patterns: [String]) throws(DockerIgnoreError) {
    for (index, pattern) in patterns.enumerated() {
      if let problem = Self.shapeProblem(of: pattern) {
        throw DockerIgnoreError(line: index + 1, text: pattern, reason: .invalidPattern(problem))
      }
    }
    self.init(patterns: patterns, rules: try DockerIgnore(text: patterns.joined(separator: "\n")))
  }

  /// Whether the set holds no glob.
  public var isEmpty: Bool {
    patterns.isEmpty
  }

  /// Whether the repository-relative `path` (as `src/main.swift`) matches the set; an empty set
  /// answers at once.
  public func matches(_ path: String) -> Bool {
    !isEmpty && rules.excludes(path)
  }

  /// Why `pattern` cannot be one line of a `.dockerignore` file, if it cannot.
  private static func shapeProblem(of pattern: String) -> String? {
    if pattern.allSatisfy(\.isWhitespace) {
      return "it is blank"
    }
    if pattern.contains(where: \.isNewline) {
      return "it spans several lines"
    }
    if pattern.hasPrefix("#") {
      return "a leading '#' makes it a comment (write '\\#' to match a '#')"
    }
    return nil
  }

  // MARK: - Hashable

  /// Sets are equal when their globs compile to the same patterns, in the same order, whatever
  /// their spelling (`./vendor/` and `vendor` are one glob).
  public static func == (lhs: GlobSet, rhs: GlobSet) -> Bool {
    lhs.rules == rhs.rules
  }

  /// Hashes the compiled patterns.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(rules)
  }
}
