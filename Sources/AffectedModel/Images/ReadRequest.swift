/// A source a reached stage reads from a build context, as the Dockerfile writes it, before it is
/// matched against the context's files.
struct ReadRequest: Hashable {
  /// The named context read; `nil` for the main build context.
  var context: String?
  /// The source, variables expanded (`""` for the whole context).
  var source: String
  /// Whether `COPY --parents` keeps the source's folders.
  var parents: Bool
  /// The `--exclude` patterns.
  var excludes: [String]
  /// The instruction that reads.
  var step: BuildStep
}
