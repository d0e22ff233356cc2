/// Why a manifest or lockfile text could not be parsed, and where.
struct ManifestSyntaxError: Error, Sendable {
  /// The parser's message.
  var message: String
  /// The 1-based line of the problem, if known.
  var line: Int?
}
