import AffectedGit
import AffectedPlanner
import Foundation
import Testing
import Yams

/// Plans to render, and helpers that read the renderings back.
enum PlanFixtures {
  static let base = ObjectID(hex: String(repeating: "a", count: 40))
  static let head = ObjectID(hex: String(repeating: "b", count: 40)) ?? .zero

  /// An image with defaults for everything a test does not care about.
  static func image(
    _ id: String, name: String? = nil, wave: Int?, needs: [String] = [],
    contexts: [PlannedImage.NamedContext] = [], args: [BuildArgument] = [],
    context: String? = nil, dockerfile: String? = nil, tags: [String]? = nil
  ) -> PlannedImage {
    let short = name ?? String(id.split(separator: ":").last ?? Substring(id))
    return PlannedImage(
      id: id, name: short, source: "compose.yaml", context: context ?? short,
      dockerfile: dockerfile ?? "\(short)/Dockerfile", args: args, image: "ghcr.io/acme/\(short)",
      tags: tags ?? ["ghcr.io/acme/\(short):1a2b3c4"], contexts: contexts,
      reasons: wave == nil ? [] : ["\(short)/main.py changed"], wave: wave, needs: needs)
  }

  static func plan(_ images: [PlannedImage], reused: [String] = [], removed: [String] = [])
    -> BuildPlan
  {
    BuildPlan(
      base: base, head: head, mergeBase: base, changedPaths: 7, images: images, reused: reused,
      removed: removed)
  }

  /// `base` (wave 0); `web` and `api` built on it (wave 1), `web` also on the unaffected `tools`;
  /// `tools` reused, `docs` unaffected, `old` removed.
  static var sample: BuildPlan {
    let web = PlannedImage(
      id: "compose.yaml:web", name: "web", source: "compose.yaml", context: "web",
      dockerfile: "web/docker/Dockerfile", target: "prod",
      args: [
        BuildArgument(name: "NODE", value: "22"),
        BuildArgument(name: "MSG", value: "it's a \"test\" $HOME"),
      ],
      image: "ghcr.io/acme/web", tags: ["ghcr.io/acme/web:1a2b3c4", "ghcr.io/acme/web:main"],
      platforms: ["linux/amd64", "linux/arm64"], cacheFrom: ["type=registry,ref=ghcr.io/acme/c"],
      contexts: [
        .init(name: "acme/base", source: .image(id: "compose.yaml:base")),
        .init(name: "tools", source: .image(id: "compose.yaml:tools")),
        .init(name: "shared", source: .location("shared")),
      ],
      reasons: ["builds on compose.yaml:base"], wave: 1,
      needs: ["compose.yaml:tools", "compose.yaml:base"])
    return plan(
      [
        image("skaffold:docs", wave: nil),
        web,
        image(
          "dockerfile:api/Dockerfile", name: "api", wave: 1, needs: ["compose.yaml:base"],
          contexts: [.init(name: "base", source: .image(id: "compose.yaml:base"))], context: "."),
        image("compose.yaml:tools", wave: nil),
        image("compose.yaml:base", wave: 0),
      ], reused: ["compose.yaml:tools"], removed: ["compose.yaml:old"])
  }

  /// A plan of `count` independent images in wave 0, with ids `img-000`, `img-001`, and so on.
  static func flat(_ count: Int) -> BuildPlan {
    plan((0..<count).map { image(String(format: "img-%03d", $0), wave: 0) })
  }

  /// Parses JSON text into an object.
  static func object(_ text: String) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(value as? [String: Any])
  }

  /// Parses YAML text into an object.
  static func yamlObject(_ text: String) throws -> [String: Any] {
    try #require(try Yams.load(yaml: text) as? [String: Any])
  }
}
