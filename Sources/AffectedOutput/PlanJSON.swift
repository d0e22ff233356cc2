import AffectedPlanner

/// The plan as a versioned JSON document, for `affected plan --format json` and
/// `affected matrix --format json`; its fields are documented in `Docs/formats.md`.
public struct PlanJSON: Sendable {
  /// The plan to render.
  public var plan: BuildPlan

  /// Creates a renderer.
  public init(plan: BuildPlan) {
    self.plan = plan
  }

  /// The document, one image per line, ending with a newline.
  ///
  /// It is written straight into one buffer, image by image, without a ``JSONValue`` tree.
  public func json() -> String {
    var writer = JSONWriter(
      capacity: Self.imageBytes * plan.images.count + Self.projectBytes * plan.projects.count)
    writer.openObject()
    writer.key("schemaVersion")
    writer.int(plan.schemaVersion)
    writer.key("base")
    writer.optional(plan.base?.description)
    writer.key("head")
    writer.string(plan.head.description)
    writer.key("mergeBase")
    writer.optional(plan.mergeBase?.description)
    writer.key("changedPaths")
    writer.int(plan.changedPaths)
    writer.key("images")
    writer.openArray(itemsOnLines: true)
    let images = plan.images
    Self.write(plan.buildOrder, to: &writer, sized: Self.imageBytes) {
      Self.write(images[$0], to: &$1)
    }
    writer.closeArray()
    writer.key("waves")
    writer.openArray(itemsOnLines: true)
    for wave in plan.waves {
      writer.strings(wave.map(\.id))
    }
    writer.closeArray()
    writer.key("reused")
    writer.strings(plan.reused.sorted(), itemsOnLines: true)
    writer.key("removed")
    writer.strings(plan.removed.sorted(), itemsOnLines: true)
    writer.key("projects")
    writer.openArray(itemsOnLines: true)
    Self.write(plan.projects, to: &writer, sized: Self.projectBytes) {
      Self.entry(for: $0).write(to: &$1)
    }
    writer.closeArray()
    writer.closeObject()
    writer.endLine()
    return writer.text
  }

  /// About how many bytes an image's entry takes, and a project's.
  private static let (imageBytes, projectBytes) = (768, 256)

  /// Writes one value per item of `items`, in order, each written by `write` alone (into about
  /// `sized` bytes) on whichever of two cores takes it, then copied in: the analysis leaves the
  /// second core idle by now.
  private static func write<Item: Sendable>(
    _ items: [Item], to writer: inout JSONWriter, sized: Int,
    each write: @escaping @Sendable (Item, inout JSONWriter) -> Void
  ) {
    let render = { @Sendable (item: Item) -> [UInt8] in
      var value = JSONWriter(capacity: sized)
      write(item, &value)
      return value.bytes
    }
    for value in SharedWork.map(items, here: render, elsewhere: { render }) {
      writer.rendered(value)
    }
  }

  /// A project as the plan and the project matrix show it.
  static func entry(for project: PlannedProject) -> JSONValue {
    .object([
      ("id", .string(project.id)),
      ("kind", .string(project.kind.rawValue)),
      ("ecosystems", .strings(project.ecosystems)),
      ("tags", .strings(project.tags)),
      ("affected", .bool(project.affected)),
      ("reasons", .strings(project.reasons)),
      ("dependsOn", .strings(project.dependsOn)),
    ])
  }

  /// Writes `image`'s entry, one object.
  private static func write(_ image: PlannedImage, to writer: inout JSONWriter) {
    writer.openObject()
    writer.key("id")
    writer.string(image.id)
    writer.key("name")
    writer.string(image.name)
    writer.key("source")
    writer.string(image.source)
    writer.key("context")
    writer.string(image.context)
    writer.key("dockerfile")
    writer.optional(image.dockerfile)
    writer.key("inlineDockerfile")
    writer.optional(image.inlineDockerfile)
    writer.key("target")
    writer.optional(image.target)
    writer.key("args")
    writer.openObject()
    for argument in image.args {
      writer.key(argument.name)
      writer.string(argument.value)
    }
    writer.closeObject()
    writer.key("image")
    writer.string(image.image)
    writer.key("tags")
    writer.strings(image.tags)
    writer.key("platforms")
    writer.strings(image.platforms)
    writer.key("cacheFrom")
    writer.strings(image.cacheFrom)
    writer.key("cacheTo")
    writer.strings(image.cacheTo)
    writer.key("contexts")
    writer.openArray()
    for context in image.contexts {
      writer.openObject()
      writer.key("name")
      writer.string(context.name)
      switch context.source {
      case .image(let id):
        writer.key("image")
        writer.string(id)
      case .location(let location):
        writer.key("location")
        writer.string(location)
      }
      writer.closeObject()
    }
    writer.closeArray()
    writer.key("affected")
    writer.bool(image.affected)
    writer.key("reasons")
    writer.strings(image.reasons)
    writer.key("uncertain")
    writer.strings(image.uncertain)
    writer.key("wave")
    if let wave = image.wave {
      writer.int(wave)
    } else {
      writer.null()
    }
    writer.key("needs")
    writer.strings(image.needs.sorted())
    writer.closeObject()
  }
}
