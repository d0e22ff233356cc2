import AffectedModel
import AffectedPlanner

/// The output of `affected images`: every discovered image and how it is built (see `Docs/formats.md`).
public struct ImagesReport {
  /// The snapshot the images come from.
  public var snapshot: ImageSnapshot
  /// The images to show, each with its definition.
  public var definitions: [ImageDefinition]

  /// Creates a report of `images` from `snapshot`.
  public init(snapshot: ImageSnapshot, images: [Image]) {
    self.snapshot = snapshot
    self.definitions = images.map(snapshot.definition(of:))
  }

  /// One block per image: id, then indented details.
  public func text() -> String {
    var output = ""
    for definition in definitions {
      let image = definition.image
      output += "\(image.id)\n"
      var rows: [(String, String)] = [
        ("source", image.sourceFile),
        ("context", image.context.description),
        ("dockerfile", image.dockerfile ?? (image.inlineDockerfile == nil ? "-" : "(inline)")),
        ("target", image.target ?? "(last stage)"),
        ("stages", Self.stageNames(definition).joined(separator: ", ").nonEmpty ?? "-"),
        ("image", image.name),
      ]
      if let environment = image.environment { rows.insert(("environment", environment), at: 1) }
      if !image.profiles.isEmpty { rows.append(("profiles", image.profiles.joined(separator: ", "))) }
      for link in definition.links {
        rows.append(("link", "\(link.kind.rawValue) \(link.target) (\(link.reference))"))
      }
      for reason in Self.uncertainReasons(definition) { rows.append(("uncertain", reason)) }
      for row in rows { output += "  \(row.0): \(row.1)\n" }
    }
    return output
  }

  /// `{"rev","commit","images":[{…}]}`, one image per line.
  public func json() -> String {
    let images = definitions.map { definition -> JSONValue in
      let image = definition.image
      return .object([
        ("id", .string(image.id)),
        ("kind", .string(image.kind.rawValue)),
        ("source", .string(image.sourceFile)),
        ("environment", image.environment.map(JSONValue.string) ?? .null),
        ("context", .string(image.context.description)),
        ("dockerfile", image.dockerfile.map(JSONValue.string) ?? .null),
        ("inlineDockerfile", .bool(image.inlineDockerfile != nil)),
        ("target", image.target.map(JSONValue.string) ?? .null),
        ("stages", .array(Self.stageNames(definition).map(JSONValue.string))),
        ("image", .string(image.name)),
        ("shortNames", .array(image.shortNames.map(JSONValue.string))),
        ("profiles", .array(image.profiles.map(JSONValue.string))),
        (
          "links",
          .array(
            definition.links.map { link in
              .object([
                ("kind", .string(link.kind.rawValue)), ("target", .string(link.target)),
                ("reference", .string(link.reference)), ("line", link.line.map(JSONValue.int) ?? .null),
              ])
            })
        ),
        ("uncertain", .array(Self.uncertainReasons(definition).map(JSONValue.string))),
        ("warnings", .array(definition.diagnostics.map { .string($0.description) })),
      ])
    }
    return JSONValue.object([
      ("rev", .string(snapshot.revision)),
      ("commit", .string(snapshot.commit.id.description)),
      ("images", .array(images)),
    ]).rendered(itemsOnLines: true) + "\n"
  }

  /// The reached stages, target first, by name or `#index` when unnamed.
  static func stageNames(_ definition: ImageDefinition) -> [String] {
    definition.reachedStages.map { $0.name ?? "#\($0.index)" }
  }

  /// The image's and its definition's uncertain reasons, each once.
  static func uncertainReasons(_ definition: ImageDefinition) -> [String] {
    var seen: Set<String> = []
    return (definition.image.uncertainReasons + definition.uncertainReasons).filter {
      seen.insert($0).inserted
    }
  }
}

extension String {
  /// The string, or `nil` when it is empty.
  fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
