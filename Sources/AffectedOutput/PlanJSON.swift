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
  public func json() -> String {
    document.rendered(itemsOnLines: true) + "\n"
  }

  private var document: JSONValue {
    .object([
      ("schemaVersion", .int(plan.schemaVersion)),
      ("base", .optional(plan.base?.description)),
      ("head", .string(plan.head.description)),
      ("mergeBase", .optional(plan.mergeBase?.description)),
      ("changedPaths", .int(plan.changedPaths)),
      ("images", .array(plan.orderedImages.map(Self.entry))),
      ("waves", .array(plan.waves.map { .strings($0.map(\.id)) })),
      ("reused", .strings(plan.reused.sorted())),
      ("removed", .strings(plan.removed.sorted())),
      ("projects", .array(plan.projects.map(Self.entry))),
    ])
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

  private static func entry(for image: PlannedImage) -> JSONValue {
    .object([
      ("id", .string(image.id)),
      ("name", .string(image.name)),
      ("source", .string(image.source)),
      ("context", .string(image.context)),
      ("dockerfile", .optional(image.dockerfile)),
      ("inlineDockerfile", .optional(image.inlineDockerfile)),
      ("target", .optional(image.target)),
      ("args", .object(image.args.map { ($0.name, .string($0.value)) })),
      ("image", .string(image.image)),
      ("tags", .strings(image.tags)),
      ("platforms", .strings(image.platforms)),
      ("cacheFrom", .strings(image.cacheFrom)),
      ("cacheTo", .strings(image.cacheTo)),
      ("contexts", .array(image.contexts.map(context))),
      ("affected", .bool(image.affected)),
      ("reasons", .strings(image.reasons)),
      ("uncertain", .strings(image.uncertain)),
      ("wave", image.wave.map(JSONValue.int) ?? .null),
      ("needs", .strings(image.needs.sorted())),
    ])
  }

  private static func context(_ context: PlannedImage.NamedContext) -> JSONValue {
    switch context.source {
    case .image(let id):
      .object([("name", .string(context.name)), ("image", .string(id))])
    case .location(let location):
      .object([("name", .string(context.name)), ("location", .string(location))])
    }
  }
}
