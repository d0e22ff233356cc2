import AffectedModel

/// A caching source keeps its base's context listings: caching file contents changes no file.
extension CachingFileSource: ContextListingCaching where Base: ContextListingCaching {
  /// The listings the base keeps.
  public var contextListings: ContextListingCache {
    base.contextListings
  }
}
