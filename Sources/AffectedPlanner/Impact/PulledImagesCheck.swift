import AffectedModel

/// Whether the names Dockerfiles pull designate the same images in two catalogs, each name
/// parsed and answered once.
///
/// The start side's reuse check asks this for every name every definition pulls, and most
/// definitions pull the same few base images: one answer per distinct name, for the life of one
/// thread's check (the catalogs never change during it).
struct PulledImagesCheck {
  /// The catalog of the side being read.
  let catalog: ImageCatalog
  /// The catalog of the side whose definitions may be taken over.
  let other: ImageCatalog
  /// The answers so far, by name.
  private var answers: [String: Bool] = [:]

  /// A check of the names pulled in `catalog` against `other`.
  init(_ catalog: ImageCatalog, against other: ImageCatalog) {
    self.catalog = catalog
    self.other = other
  }

  /// Whether a `FROM` or `--from` naming `name` pulls the same images from both catalogs (a
  /// name that is not an image reference pulls none from either).
  mutating func pullsSameImages(_ name: String) -> Bool {
    if let known = answers[name] {
      return known
    }
    let same =
      ImageReference(name).map { catalog.images(pulledBy: $0) == other.images(pulledBy: $0) }
      ?? true
    answers[name] = same
    return same
  }
}
