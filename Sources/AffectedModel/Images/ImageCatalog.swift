/// Every image a repository builds from a Dockerfile, found in its compose environments,
/// skaffold files and stand-alone Dockerfiles, sorted by id.
public struct ImageCatalog: Hashable, Sendable {
  /// The images, sorted by id.
  public private(set) var images: [Image]
  /// Compose and skaffold files that could not be read completely: images they declare may be
  /// missing (see `recovering(from:)`).
  public var unreadableFiles: [String]
  /// Problems found in compose and skaffold files.
  public var diagnostics: [Diagnostic]
  /// The images with a published name, by the name's repository: `images(pulledBy:)` runs for
  /// every `FROM` of every image, so it must not parse and scan the whole catalog each time.
  private var published: [String: [PublishedImage]]

  /// An image of `images` with a published name, and that name parsed.
  private struct PublishedImage: Hashable {
    var position: Int
    var reference: ImageReference
  }

  /// Creates a catalog of `images`, which are sorted by id.
  public init(images: [Image], unreadableFiles: [String] = [], diagnostics: [Diagnostic] = []) {
    self.images = images.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    self.unreadableFiles = unreadableFiles
    self.diagnostics = diagnostics
    var published: [String: [PublishedImage]] = [:]
    for (position, image) in self.images.enumerated() {
      if let name = image.publishedName, let reference = ImageReference(name) {
        published[reference.repository, default: []].append(
          PublishedImage(position: position, reference: reference))
      }
    }
    self.published = published
  }

  /// The image with id `id`.
  public func image(withID id: String) -> Image? {
    images.first { $0.id == id }
  }

  /// The images `name` designates: the image with that id, or every image with that short name
  /// (a service name, a skaffold image's last path element, a Dockerfile's folder).
  public func images(matching name: String) -> [Image] {
    if let image = image(withID: name) {
      return [image]
    }
    return images.filter { $0.shortNames.contains(name) }
  }

  /// The images a `FROM` or `--from` naming `reference` pulls.
  ///
  /// Those are the images published under that repository and tag (any tag for skaffold
  /// images). Display names never match.
  public func images(pulledBy reference: String) -> [Image] {
    ImageReference(reference).map(images(pulledBy:)) ?? []
  }

  /// The images a `FROM` or `--from` naming `wanted` pulls, for a caller that parsed the name
  /// already (the same answer as for its text).
  public func images(pulledBy wanted: ImageReference) -> [Image] {
    guard let candidates = published[wanted.repository] else {
      return []
    }
    return candidates.compactMap { candidate in
      let image = images[candidate.position]
      return wanted.isProduced(by: candidate.reference, anyTag: image.matchesAnyTag) ? image : nil
    }
  }

  /// This catalog with the images of `other` (the catalog of the other revision of a comparison)
  /// that its unreadable files declared there, each marked uncertain.
  ///
  /// A compose file that is not valid YAML cannot list its services; its images from the other
  /// revision stand in for them, so a broken file never makes an image disappear.
  public func recovering(from other: ImageCatalog) -> ImageCatalog {
    guard !unreadableFiles.isEmpty else {
      return self
    }
    var recovered = images
    let known = Set(images.map(\.id))
    for image in other.images where !known.contains(image.id) {
      guard
        let broken = unreadableFiles.first(where: {
          image.sourceFile == $0 || image.specFiles.contains($0)
        })
      else {
        continue
      }
      var stale = image
      stale.uncertainReasons.append(
        "\(broken) cannot be read at this revision; its definition from the other revision is used")
      recovered.append(stale)
    }
    return ImageCatalog(
      images: recovered, unreadableFiles: unreadableFiles, diagnostics: diagnostics)
  }
}
