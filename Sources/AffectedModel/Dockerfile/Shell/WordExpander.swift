/// Expands variables in Dockerfile words with the semantics of BuildKit's shell lexer
/// (`frontend/dockerfile/shell`), which BuildKit applies to `FROM`, `COPY`, `ADD`, `ENV`, `ARG`,
/// `WORKDIR` and similar instructions (not to the commands `RUN` hands to the shell).
///
/// It removes quotes (`'…'` keeps everything literal; `"…"` still expands `$`), handles the
/// escape character, and expands `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
/// `${VAR:+alternative}`, `${VAR+alternative}`, `${VAR:?message}`, `${VAR?message}`,
/// `${VAR#pattern}`, `${VAR##pattern}`, `${VAR%pattern}`, `${VAR%%pattern}`,
/// `${VAR/pattern/replacement}` and `${VAR//pattern/replacement}`.
public struct WordExpander: Hashable, Sendable {
  /// The escape character: `\`, or `` ` `` under an `# escape=`` ` directive.
  public var escapeToken: Character

  /// Creates an expander for files using `escapeToken`.
  public init(escapeToken: Character = "\\") {
    self.escapeToken = escapeToken
  }

  /// Creates an expander using the escape character of `dockerfile`.
  public init(for dockerfile: Dockerfile) {
    self.init(escapeToken: dockerfile.escapeToken)
  }

  /// Expands `word` with `variables` as the environment (names are case-sensitive).
  ///
  /// Unset variables expand to nothing and are listed in `unresolvedVariables`.
  ///
  /// - Throws: `DockerfileError` (without a line) for an unterminated quote, a malformed `${…}`,
  ///   a `${VAR?message}` whose variable is unset, or an invalid pattern.
  public func expand(_ word: String, with variables: [String: String]) throws -> ExpandedWord {
    try expand(word, with: variables, keepingUnsetReferences: false)
  }

  /// Expands `word` like `expand(_:with:)`, except that references to unset variables are left
  /// as written (`$VAR`, `${VAR:-x}`): useful for text whose variables are only known later, such
  /// as `ONBUILD` triggers.
  public func expandKeepingUnset(
    _ word: String, with variables: [String: String] = [:]
  ) throws -> ExpandedWord {
    try expand(word, with: variables, keepingUnsetReferences: true)
  }

  /// The value `expand(_:with:)` (or, when `keepingUnsetReferences`, `expandKeepingUnset`)
  /// gives `word`, and its unresolved variables, without splitting it into words.
  ///
  /// - Throws: what `expand(_:with:)` throws.
  func value(
    of word: String, with variables: [String: String], keepingUnsetReferences: Bool
  ) throws -> (value: String, unresolvedVariables: Set<String>) {
    var options = lexerOptions(keepingUnsetReferences: keepingUnsetReferences)
    options.splitsWords = false
    let output = try ShellLexer.process(word, options: options, variables: variables)
    return (output.value, output.unmatched)
  }

  private func expand(
    _ word: String, with variables: [String: String], keepingUnsetReferences: Bool
  ) throws -> ExpandedWord {
    let output = try ShellLexer.process(
      word, options: lexerOptions(keepingUnsetReferences: keepingUnsetReferences),
      variables: variables)
    return ExpandedWord(
      value: output.value, words: output.words, resolvedVariables: output.matched.sorted(),
      unresolvedVariables: output.unmatched.sorted())
  }

  /// The lexer's options for this file's escape character.
  private func lexerOptions(keepingUnsetReferences: Bool) -> ShellLexer.Options {
    var options = ShellLexer.Options()
    options.escape = escapeToken.unicodeScalars.first ?? "\\"
    options.keepsUnsetReferences = keepingUnsetReferences
    return options
  }
}
