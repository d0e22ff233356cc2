import AffectedGit
import AffectedModel
import AffectedPlanner
import AffectedTestSupport
import Testing

@Suite("Images and inputs at a revision of the full-stack fixture")
struct ImageSnapshotTests {
  /// The fixture committed once, and the snapshot of that commit.
  private func fullstack() throws -> (RepositoryBuilder, ImageSnapshot) {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url, fixture: "fullstack")
    try builder.commit("Import the fixture")
    let repository = try Repository(discoveringFrom: builder.path)
    return (
      builder, try ImageSnapshot(repository: repository, revision: "HEAD", uncommitted: false)
    )
  }

  /// The files git tracks under `folder`, from the git CLI.
  private func trackedFiles(_ builder: RepositoryBuilder, under folder: String) throws -> Set<
    String
  > {
    Set(try builder.git("ls-files", "--", folder).split(separator: "\n").map(String.init))
  }

  @Test(
    "Every image of compose.yml and dev.compose.yml, with context, Dockerfile and target",
    .scratchDirectory)
  func discoversEveryImage() throws {
    let (_, snapshot) = try fullstack()
    let images = snapshot.catalog.images.map {
      [$0.id, $0.context.description, $0.dockerfile ?? "-", $0.target ?? "-"]
    }
    #expect(
      images == [
        ["compose.yml:backend", "backend", "infra/docker/fastapi.prod", "production"],
        ["compose.yml:nginx", ".", "infra/docker/frontend-builder.prod", "production"],
        ["dev.compose.yml:backend", "backend", "infra/docker/fastapi.dev", "-"],
        ["dev.compose.yml:frontend", "frontend", "infra/docker/vite.dev", "-"],
      ])
  }

  @Test("The production nginx image reads frontend/ and two nginx files", .scratchDirectory)
  func productionNginxInputs() throws {
    let (builder, snapshot) = try fullstack()
    let nginx = try #require(snapshot.images(named: ["compose.yml:nginx"]).first)
    let files = snapshot.inputs(of: nginx).files
    let content = Set(files.filter { $0.kind == .content }.map(\.path))
    let expected = try trackedFiles(builder, under: "frontend")
      .union(["infra/nginx/nginx.conf", "infra/nginx/prod.nginx"])
    #expect(content == expected)
    let definition = Set(files.filter { $0.kind == .definition }.map(\.path))
    #expect(definition.contains("infra/docker/frontend-builder.prod"))
    #expect(definition.contains("compose.yml"))
  }

  @Test(
    "The backend's .dockerignore drops its tests; the production image reads its sources",
    .scratchDirectory)
  func backendInputs() throws {
    let (builder, snapshot) = try fullstack()
    let backend = try #require(snapshot.images(named: ["compose.yml:backend"]).first)
    let content = Set(snapshot.inputs(of: backend).files.filter { $0.kind == .content }.map(\.path))
    let tests = try trackedFiles(builder, under: "backend/tests")
    #expect(!tests.isEmpty)
    #expect(content.isDisjoint(with: tests))
    #expect(
      content.isSuperset(of: ["backend/src/main.py", "backend/pyproject.toml", "backend/uv.lock"]))
    #expect(!content.contains("backend/.dockerignore"))
  }

  @Test("A short name means every image it matches; an unknown name is an error", .scratchDirectory)
  func shortNames() throws {
    let (_, snapshot) = try fullstack()
    #expect(
      try snapshot.images(named: ["backend"]).map(\.id) == [
        "compose.yml:backend", "dev.compose.yml:backend",
      ])
    #expect(throws: UnknownName.self) { try snapshot.images(named: ["no-such-image"]) }
  }

  @Test("The working tree counts: an uncommitted Dockerfile appears as an image", .scratchDirectory)
  func workingTree() throws {
    let (builder, _) = try fullstack()
    try builder.write("tools/migrate/Dockerfile", "FROM alpine\nCOPY run.sh /\n")
    try builder.write("tools/migrate/run.sh", "echo migrate\n")
    let repository = try Repository(discoveringFrom: builder.path)
    let committed = try ImageSnapshot(repository: repository, revision: "HEAD", uncommitted: false)
    let working = try ImageSnapshot(repository: repository, revision: "HEAD", uncommitted: true)
    #expect(committed.catalog.image(withID: "dockerfile:tools/migrate/Dockerfile") == nil)
    let image = try #require(working.catalog.image(withID: "dockerfile:tools/migrate/Dockerfile"))
    #expect(
      working.inputs(of: image).files.filter { $0.kind == .content }.map(\.path) == [
        "tools/migrate/run.sh"
      ])
  }
}
