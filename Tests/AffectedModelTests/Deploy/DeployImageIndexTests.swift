import AffectedModel
import Testing

@Suite("Tracing the images units run to the images built here")
struct DeployImageIndexTests {
  private static func image(_ id: String, name: String, published: String? = nil) -> Image {
    Image(
      id: id, kind: .dockerfile, sourceFile: id, context: .folder(""), dockerfile: nil,
      name: name, publishedName: published)
  }

  private let index = DeployImageIndex(images: [
    image("dockerfile:backend/Dockerfile", name: "backend"),
    image("dockerfile:services/api/Dockerfile", name: "services/api"),
    image(
      "skaffold:ghcr.io/shop/worker", name: "ghcr.io/shop/worker", published: "ghcr.io/shop/worker"),
    image("dockerfile:a/web/Dockerfile", name: "a/web"),
    image("dockerfile:b/web/Dockerfile", name: "b/web"),
  ])

  @Test(
    "references match by repository path, without registry, variables, tag or digest",
    arguments: [
      ("${REGISTRY}/backend:${VERSION}", ["dockerfile:backend/Dockerfile"]),
      ("$REGISTRY/backend", ["dockerfile:backend/Dockerfile"]),
      ("${REGISTRY:-registry.example.com}/backend@sha256:abc", ["dockerfile:backend/Dockerfile"]),
      ("localhost:5000/backend:dev", ["dockerfile:backend/Dockerfile"]),
      ("docker.io/library/backend", ["dockerfile:backend/Dockerfile"]),
      ("registry.example.com/services/api:1.0", ["dockerfile:services/api/Dockerfile"]),
      ("ghcr.io/shop/worker:2", ["skaffold:ghcr.io/shop/worker"]),
      ("other.example.com/shop/worker", ["skaffold:ghcr.io/shop/worker"]),
    ])
  func exactPath(reference: String, expected: [String]) {
    #expect(index.imageIDs(runBy: reference) == expected)
  }

  @Test("the last path component matches only when a single name ends with it")
  func lastComponent() {
    #expect(
      index.imageIDs(runBy: "registry.example.com/team/api:3") == [
        "dockerfile:services/api/Dockerfile"
      ])
    #expect(index.imageIDs(runBy: "registry.example.com/shop/web:1").isEmpty)
    #expect(index.imageIDs(runBy: "a/web") == ["dockerfile:a/web/Dockerfile"])
    #expect(index.imageIDs(runBy: "postgres:16").isEmpty)
    #expect(index.imageIDs(runBy: "${IMAGE}").isEmpty)
  }
}
