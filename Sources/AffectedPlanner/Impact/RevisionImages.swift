import AffectedModel

/// The images of one side of a comparison: the catalog, each image's definition, and, on
/// demand, its inputs.
struct RevisionImages<Source: FileSource> {
  /// The files of this side.
  let source: Source
  /// The images discovered on this side (with stand-ins for unreadable files from the other).
  let catalog: ImageCatalog
  /// Each image's definition, by id.
  let definitions: [String: ImageDefinition]
  /// Inputs listed so far, by id.
  private var inputs: [String: ImageInputs] = [:]

  /// Reads the definition of every image of `catalog` in `source`, parsing files through
  /// `parses` (shared with the other side, so a file both sides hold is parsed once).
  init(source: Source, catalog: ImageCatalog, parses: ParseCache) {
    self.source = source
    self.catalog = catalog
    var definitions: [String: ImageDefinition] = [:]
    for image in catalog.images {
      definitions[image.id] = ImageDefinition(
        of: image, in: source, catalog: catalog, cache: parses)
    }
    self.definitions = definitions
  }

  /// The inputs of image `id`, listed once; `nil` when this side has no such image.
  mutating func inputs(of id: String) -> ImageInputs? {
    if let known = inputs[id] {
      return known
    }
    guard let definition = definitions[id] else {
      return nil
    }
    let listed = ImageInputs(definition, in: source)
    inputs[id] = listed
    return listed
  }
}
