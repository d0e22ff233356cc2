import AffectedPlanner

/// A GitHub Actions matrix of the images to build (`affected matrix --format github`):
/// `{"include":[…]}`, one entry per affected image, by wave then id.
///
/// Each entry has `id`, `name`, `context`, `dockerfile`, `target`, `args` (an object), `image`,
/// `tags`, `wave` and `needs` (the affected images it builds on), plus, for
/// `docker/build-push-action` inputs that take newline-separated lists, `buildArgs` (`NAME=VALUE`
/// lines) and `buildContexts` (`name=location` lines), and `platforms`, `cacheFrom` and `cacheTo`
/// lists.
public struct GitHubMatrix: Sendable {
  /// The plan to render.
  public var plan: BuildPlan

  /// Creates a renderer.
  public init(plan: BuildPlan) {
    self.plan = plan
  }

  /// The matrix of every affected image, or of wave `wave` only; an empty `include` when there is
  /// nothing to build.
  public func json(wave: Int? = nil) -> String {
    Self.matrix(of: entries(wave: wave)).rendered()
  }

  /// The entries of every affected image, or of one wave, by wave then id.
  func entries(wave: Int? = nil) -> [JSONValue] {
    ScheduledBuild.schedule(plan)
      .filter { wave == nil || $0.wave == wave }
      .map(Self.entry)
  }

  /// `{"include": entries}`.
  static func matrix(of entries: [JSONValue]) -> JSONValue {
    .object([("include", .array(entries))])
  }

  /// The matrix entry of one build.
  static func entry(for build: ScheduledBuild) -> JSONValue {
    let image = build.image
    return .object([
      ("id", .string(image.id)),
      ("name", .string(image.name)),
      ("context", .string(image.context)),
      ("dockerfile", .optional(image.dockerfile)),
      ("target", .optional(image.target)),
      ("args", .object(image.args.map { ($0.name, .string($0.value)) })),
      ("image", .string(image.image)),
      ("tags", .strings(image.tags)),
      ("wave", .int(build.wave)),
      ("needs", .strings(build.needs)),
      ("buildArgs", .string(image.args.map { "\($0.name)=\($0.value)" }.joined(separator: "\n"))),
      ("buildContexts", .string(build.buildContexts.joined(separator: "\n"))),
      ("platforms", .strings(image.platforms)),
      ("cacheFrom", .strings(image.cacheFrom)),
      ("cacheTo", .strings(image.cacheTo)),
    ])
  }
}
