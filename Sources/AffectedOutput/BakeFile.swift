import AffectedPlanner

/// A `docker buildx bake` file in JSON (`affected matrix --format bake`): one target per image to
/// build, and a `default` group of them all, so `docker buildx bake -f FILE` run from the
/// repository root builds exactly the affected images.
///
/// Target names are the image ids with every character outside `[A-Za-z0-9_-]` replaced by `_`,
/// made unique with `-2`, `-3`, … (and never `default`). An image built on another affected image
/// gets that image's target as a named context (`"base": "target:base_image"`), which is what makes
/// bake build the two in order; the Dockerfile path is written relative to the context, as bake
/// reads it.
public struct BakeFile: Sendable {
  /// The plan to render.
  public var plan: BuildPlan

  /// Creates a renderer.
  public init(plan: BuildPlan) {
    self.plan = plan
  }

  /// The bake file, indented, ending with a newline.
  public func json() -> String {
    let builds = ScheduledBuild.schedule(plan)
    var names = UniqueNames(reserved: ["default"])
    let targetNames = builds.map { names.claim(UniqueNames.identifier(from: $0.image.id)) }
    let byID = Dictionary(
      zip(builds.map(\.image.id), targetNames).map { ($0, $1) },
      uniquingKeysWith: { first, _ in first })
    let targets = zip(builds, targetNames).map { build, name in
      (name, Self.target(for: build, targetNames: byID))
    }
    let document = JSONValue.object([
      ("group", .object([("default", .object([("targets", .strings(targetNames))]))])),
      ("target", .object(targets)),
    ])
    return document.indented() + "\n"
  }

  private static func target(for build: ScheduledBuild, targetNames: [String: String]) -> JSONValue
  {
    let image = build.image
    var members: [(String, JSONValue)] = [("context", .string(image.context))]
    if let inline = image.inlineDockerfile {
      members.append(("dockerfile-inline", .string(inline)))
    } else if let dockerfile = image.dockerfile {
      members.append(("dockerfile", .string(relative(dockerfile, toContext: image.context))))
    }
    if let target = image.target {
      members.append(("target", .string(target)))
    }
    if !image.args.isEmpty {
      members.append(("args", .object(image.args.map { ($0.name, .string($0.value)) })))
    }
    let contexts = build.contexts.compactMap { name, link -> (String, JSONValue)? in
      switch link {
      case .location(let location): (name, .string(location))
      case .build(let id, _): targetNames[id].map { (name, .string("target:\($0)")) }
      }
    }
    if !contexts.isEmpty {
      members.append(("contexts", .object(contexts)))
    }
    let lists = [
      ("tags", image.tags), ("platforms", image.platforms), ("cache-from", image.cacheFrom),
      ("cache-to", image.cacheTo),
    ]
    for (key, values) in lists where !values.isEmpty {
      members.append((key, .strings(values)))
    }
    return .object(members)
  }

  /// The repository-relative `dockerfile` relative to a repository-relative `context` folder,
  /// climbing with `..` when it lies outside; unchanged when either is absolute, the context is
  /// remote, or the context climbs out of the repository.
  static func relative(_ dockerfile: String, toContext context: String) -> String {
    guard !dockerfile.hasPrefix("/"), !context.hasPrefix("/"), !context.contains("://"),
      !context.hasPrefix("git@")
    else {
      return dockerfile
    }
    let folder = components(context)
    let file = components(dockerfile)
    guard !folder.contains(".."), !file.contains("..") else { return dockerfile }
    var shared = 0
    while shared < folder.count, shared < file.count - 1, folder[shared] == file[shared] {
      shared += 1
    }
    let climb = Array(repeating: "..", count: folder.count - shared)
    return (climb + file[shared...]).joined(separator: "/")
  }

  private static func components(_ path: String) -> [String] {
    path.split(separator: "/").map(String.init).filter { $0 != "." }
  }
}
