/// A file a build context sends, as ``ContextListing`` lists it.
struct SentFile {
  /// The path relative to the context.
  var path: String
  /// The repository-relative path, as the listing met it.
  var repositoryPath: String
  /// The file's entry.
  var entry: FileEntry
}
