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
  /// The paths read to make each definition, by id; empty on a side whose definitions were taken
  /// over from the other.
  let reads: [String: ReadRecord]
  /// Inputs listed so far, by id.
  private var inputs: [String: ImageInputs] = [:]

  /// Reads the definition of every image of `catalog` in `source`, parsing files through
  /// `parses` (shared with the other side, so a file both sides hold is parsed once), and
  /// records what each read. A second thread shares the work, reading the same revision through
  /// the source `sameFiles` opens there.
  init<Other: FileSource>(
    source: Source, catalog: ImageCatalog, parses: ParseCache,
    sharingWith sameFiles: @escaping @Sendable () throws -> Other
  ) {
    self.source = source
    self.catalog = catalog
    let recording = RecordingFileSource(source)
    let read = SharedWork.map(catalog.images) { image in
      Self.read(image, in: recording, catalog: catalog, parses: parses)
    } elsewhere: {
      let recording = RecordingFileSource(try sameFiles())
      let parses = ParseCache()
      return { Self.read($0, in: recording, catalog: catalog, parses: parses) }
    }
    let ids = catalog.images.map(\.id)
    definitions = Dictionary(uniqueKeysWithValues: zip(ids, read.map(\.definition)))
    reads = Dictionary(uniqueKeysWithValues: zip(ids, read.map(\.record)))
  }

  /// The definition of `image` read through `recording`, and what it read.
  private static func read<Base: FileSource>(
    _ image: Image, in recording: RecordingFileSource<Base>, catalog: ImageCatalog,
    parses: ParseCache
  ) -> (definition: ImageDefinition, record: ReadRecord) {
    let definition = ImageDefinition(of: image, in: recording, catalog: catalog, cache: parses)
    return (definition, recording.takeRecord())
  }

  /// What a side read, without its handles: its catalog, definitions and the reads of each.
  typealias Reads = (
    catalog: ImageCatalog, definitions: [String: ImageDefinition], reads: [String: ReadRecord]
  )

  /// Reads the definition of every image of `catalog` in `source`, the start side of a
  /// comparison whose head is `head`.
  ///
  /// A head definition is taken over when reading it again here would read the same
  /// (``reusable(_:of:in:catalog:changed:)``); the others are read through `parses`. A second
  /// thread shares the work, reading the same revision through the source `sameFiles` opens
  /// there.
  init<Head: FileSource, Other: FileSource>(
    source: Source, catalog: ImageCatalog, parses: ParseCache, head: RevisionImages<Head>,
    changed: ChangedPaths, sharingWith sameFiles: @escaping @Sendable () throws -> Other
  ) {
    self.source = source
    self.catalog = catalog
    let headReads = (catalog: head.catalog, definitions: head.definitions, reads: head.reads)
    var pulls = PulledImagesCheck(catalog, against: head.catalog)
    let read = SharedWork.map(catalog.images) { image in
      Self.definition(
        of: image, taking: headReads, in: source, catalog: catalog, changed: changed,
        pulls: &pulls, parses: parses)
    } elsewhere: {
      let source = try sameFiles()
      let parses = ParseCache()
      var pulls = PulledImagesCheck(catalog, against: headReads.catalog)
      return { image in
        Self.definition(
          of: image, taking: headReads, in: source, catalog: catalog, changed: changed,
          pulls: &pulls, parses: parses)
      }
    }
    definitions = Dictionary(
      zip(catalog.images.map(\.id), read), uniquingKeysWith: { _, last in last })
    reads = [:]
  }

  /// The definition of `image` in `source`, a revision with the images of `catalog` that
  /// differs from the side `head` read by `changed`: `head`'s when it is reusable (the names it
  /// pulls checked through `pulls`, of `catalog` against `head`'s), else read through `parses`.
  private static func definition(
    of image: Image, taking head: Reads, in source: some FileSource, catalog: ImageCatalog,
    changed: ChangedPaths, pulls: inout PulledImagesCheck, parses: ParseCache
  ) -> ImageDefinition {
    reusable(image, of: head, in: source, changed: changed, pulls: &pulls)
      ?? ImageDefinition(of: image, in: source, catalog: catalog, cache: parses)
  }

  /// The definition of `image` on the side `side` read, when reading it in `other` gives the
  /// same.
  ///
  /// `other` is a revision that differs from that side by `changed` and has the images of
  /// `pulls.catalog` (`pulls` checks them against `side.catalog`). Reading it gives the same when
  /// the image is the same, no changed path reaches what the definition read (folders looked up
  /// are looked up in `other`: a definition uses a folder's kind, never its id), and every name
  /// it looked up designates the same images in both catalogs. Images that use compose services
  /// as contexts or skaffold `requires` (looked up otherwise) are never taken over.
  static func reusable(
    _ image: Image, of side: Reads, in other: some FileSource, changed: ChangedPaths,
    pulls: inout PulledImagesCheck
  ) -> ImageDefinition? {
    guard let definition = side.definitions[image.id], definition.image == image,
      let record = side.reads[image.id],
      !changed.reach(record, isFolder: { other.entry(at: $0)?.kind == .directory }),
      image.requiredImages.isEmpty,
      !image.namedContexts.contains(where: {
        if case .service = $0.context {
          return true
        }
        return false
      }),
      definition.pulledNames.allSatisfy({ pulls.pullsSameImages($0) })
    else {
      return nil
    }
    return definition
  }

  /// The inputs of each of the images `ids` that this side has, put through `transform`, by id:
  /// those not listed yet are listed, sharing the work (`transform` too) with a second thread
  /// that reads the same revision through the source `sameFiles` opens there.
  func mapInputs<Value: Sendable, Other: FileSource>(
    of ids: [String], sharingWith sameFiles: @escaping @Sendable () throws -> Other,
    _ transform: @escaping @Sendable (ImageInputs) -> Value
  ) -> [String: Value] {
    let items = ids.compactMap { id in
      definitions[id].map { (definition: $0, listed: inputs[id]) }
    }
    let source = source
    let mapped = SharedWork.map(items) {
      transform($0.listed ?? ImageInputs($0.definition, in: source))
    } elsewhere: {
      let source = try sameFiles()
      return { transform($0.listed ?? ImageInputs($0.definition, in: source)) }
    }
    return Dictionary(
      uniqueKeysWithValues: zip(items.map(\.definition.image.id), mapped))
  }

  /// The side of `catalog` whose definitions are `definitions`, read through `source`.
  ///
  /// It is a side already read, again through a handle of another thread (which must not share
  /// the first side's handles). Nothing is recorded.
  init(source: Source, catalog: ImageCatalog, definitions: [String: ImageDefinition]) {
    self.source = source
    self.catalog = catalog
    self.definitions = definitions
    reads = [:]
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
