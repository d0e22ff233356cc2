/// A file a build context sends, as ``ContextListing`` lists it.
struct SentFile {
  /// The path relative to the context.
  var path: String
  /// The file's entry.
  var entry: FileEntry
}
