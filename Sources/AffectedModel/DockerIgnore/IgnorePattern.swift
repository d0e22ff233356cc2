/// One pattern as moby/patternmatcher keeps it: cleaned again, split from its `!`, compiled.
struct IgnorePattern: Sendable {
  /// The cleaned pattern, without the `!` of an exception.
  let text: String
  /// Whether the line started with `!`, re-including what it matches.
  let isException: Bool
  private let matcher: PathMatcher

  /// Compiles the pattern of `line` the way `patternmatcher.New` does, or returns `nil` when
  /// nothing is left of it.
  ///
  /// - Throws: `DockerIgnoreError` when BuildKit would reject the pattern.
  static func compile(_ line: IgnoreFile.Line) throws(DockerIgnoreError) -> IgnorePattern? {
    let trimmed = GoPath.trimSpace(line.pattern[...])
    guard !trimmed.isEmpty else {
      return nil
    }
    var pattern = GoPath.clean(String(trimmed))
    let isException = pattern.utf8.first == UInt8(ascii: "!")
    if isException {
      guard pattern.utf8.count > 1 else {
        throw DockerIgnoreError(line: line.number, text: line.text, reason: .loneExclamationMark)
      }
      pattern = String(pattern.unicodeScalars.dropFirst())
    }
    if let problem = GlobSyntax.problem(in: pattern) {
      throw DockerIgnoreError(line: line.number, text: line.text, reason: .invalidPattern(problem))
    }
    do {
      return IgnorePattern(
        text: pattern, isException: isException, matcher: try PathMatcher(pattern: pattern))
    } catch {
      // Go compiles the expression when the pattern is first used; a failure then fails the build.
      throw DockerIgnoreError(
        line: line.number, text: line.text, reason: .invalidPattern(error.message))
    }
  }

  /// Whether `path` matches the pattern itself (no parent folders considered).
  func matches(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
    matcher.matches(path)
  }

  /// The pattern with a trailing `/**`, then a trailing `/*`, removed (fsutil's
  /// `patternWithoutTrailingGlob`), which decides whether a folder's contents could be re-included.
  var textWithoutTrailingGlob: String {
    var result = text
    for suffix in ["/**", "/*"] where result.utf8.reversed().starts(with: suffix.utf8.reversed()) {
      result = String(decoding: result.utf8.dropLast(suffix.utf8.count), as: UTF8.self)
    }
    return result
  }
}
