import AffectedGit
import AffectedModel
import AffectedOutput
import AffectedPlanner
import Testing

/// The plan document's exact text, checked against the same document built as a ``JSONValue``.
@Suite("The JSON plan document's text")
struct PlanJSONTextTests {
  @Test("The written document is the JSON value of the plan, one image per line")
  func sample() {
    var plan = PlanFixtures.sample
    plan.projects = [
      PlannedProject(
        id: "libs/core", kind: .library, ecosystems: ["python"], tags: ["t:1"],
        dependsOn: [], reasons: ["libs/core/x.py changed"]),
      PlannedProject(id: "services/\"odd\"", kind: .project, dependsOn: ["libs/core"]),
    ]
    plan.images[1].inlineDockerfile = "FROM scratch\n\tCOPY \"a\\b\" /\n\u{1}"
    plan.images[1].uncertain = ["a wildcard source"]
    #expect(PlanJSON(plan: plan).json() == Self.expected(plan))
  }

  @Test("Empty lists, no base, and no affected image")
  func empty() {
    var plan = PlanFixtures.plan([PlanFixtures.image("x", wave: nil)])
    plan.base = nil
    plan.mergeBase = nil
    #expect(PlanJSON(plan: plan).json() == Self.expected(plan))
    plan.images = []
    #expect(PlanJSON(plan: plan).json() == Self.expected(plan))
  }

  @Test("Waves with gaps and many images")
  func many() {
    let images = (0..<40).map { index in
      PlanFixtures.image(
        "img-\(39 - index)", wave: index % 5 == 0 ? nil : index % 3 * 2,
        needs: index > 0 ? ["img-\(index - 1)", "img-0"] : [])
    }
    let plan = PlanFixtures.plan(images, reused: ["r2", "r1"], removed: ["z", "a"])
    #expect(PlanJSON(plan: plan).json() == Self.expected(plan))
  }

  /// The document as a ``JSONValue`` tree, rendered with items on lines.
  private static func expected(_ plan: BuildPlan) -> String {
    func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
    func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    let images = plan.orderedImages.map { image -> JSONValue in
      let contexts = image.contexts.map { context -> JSONValue in
        switch context.source {
        case .image(let id): .object([("name", .string(context.name)), ("image", .string(id))])
        case .location(let location):
          .object([("name", .string(context.name)), ("location", .string(location))])
        }
      }
      return .object([
        ("id", .string(image.id)), ("name", .string(image.name)),
        ("source", .string(image.source)), ("context", .string(image.context)),
        ("dockerfile", optional(image.dockerfile)),
        ("inlineDockerfile", optional(image.inlineDockerfile)),
        ("target", optional(image.target)),
        ("args", .object(image.args.map { ($0.name, .string($0.value)) })),
        ("image", .string(image.image)), ("tags", strings(image.tags)),
        ("platforms", strings(image.platforms)), ("cacheFrom", strings(image.cacheFrom)),
        ("cacheTo", strings(image.cacheTo)), ("contexts", .array(contexts)),
        ("affected", .bool(image.affected)), ("reasons", strings(image.reasons)),
        ("uncertain", strings(image.uncertain)), ("wave", image.wave.map(JSONValue.int) ?? .null),
        ("needs", strings(image.needs.sorted())),
      ])
    }
    let projects = plan.projects.map { project -> JSONValue in
      .object([
        ("id", .string(project.id)), ("kind", .string(project.kind.rawValue)),
        ("ecosystems", strings(project.ecosystems)), ("tags", strings(project.tags)),
        ("affected", .bool(project.affected)), ("reasons", strings(project.reasons)),
        ("dependsOn", strings(project.dependsOn)),
      ])
    }
    let waves = (0..<plan.waveCount).map { wave in
      strings(plan.affectedImages.filter { $0.wave == wave }.map(\.id))
    }
    return JSONValue.object([
      ("schemaVersion", .int(plan.schemaVersion)), ("base", optional(plan.base?.description)),
      ("head", .string(plan.head.description)),
      ("mergeBase", optional(plan.mergeBase?.description)),
      ("changedPaths", .int(plan.changedPaths)), ("images", .array(images)),
      ("waves", .array(waves)), ("reused", strings(plan.reused.sorted())),
      ("removed", strings(plan.removed.sorted())), ("projects", .array(projects)),
    ]).rendered(itemsOnLines: true) + "\n"
  }
}
