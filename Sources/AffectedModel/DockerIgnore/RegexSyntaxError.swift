/// Why Go's `regexp` package would reject the expression BuildKit builds from a pattern.
struct RegexSyntaxError: Error, Sendable {
  /// What is wrong, as a phrase.
  var message: String
}
