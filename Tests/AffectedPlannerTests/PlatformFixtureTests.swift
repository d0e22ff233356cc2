import AffectedGit
import AffectedModel
import AffectedPlanner
import AffectedTestSupport
import Testing

/// `affected images` and `affected inputs` on the `platform` fixture, a monorepo of real-world
/// shapes: repository-root contexts, layered compose files, an in-repository base image, a
/// Dockerfile-specific ignore file, a symbolic-link `.dockerignore`, skaffold, a stale service.
///
/// Every expected set of content inputs is derived from `git ls-files` and the ignore rules
/// applied by hand, never from the code under test.
@Suite("Images and inputs of the platform fixture", .scratchDirectory)
struct PlatformFixtureTests {
  /// The fixture committed once, and the snapshot of that commit.
  private func platform() throws -> (RepositoryBuilder, ImageSnapshot) {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url, fixture: "platform")
    try builder.commit("Import the fixture")
    return (builder, try snapshot(of: builder, uncommitted: false))
  }

  private func snapshot(of builder: RepositoryBuilder, uncommitted: Bool) throws -> ImageSnapshot {
    let repository = try Repository(discoveringFrom: builder.path)
    return try ImageSnapshot(repository: repository, revision: "HEAD", uncommitted: uncommitted)
  }

  /// The files git tracks under each of `folders` (everywhere when none), from the git CLI.
  private func tracked(
    _ builder: RepositoryBuilder, under folders: String...
  ) throws -> Set<String> {
    var files: Set<String> = []
    for folder in folders.isEmpty ? ["."] : folders {
      let output = try builder.git("ls-files", "--", folder)
      files.formUnion(output.split(separator: "\n").map(String.init))
    }
    return files
  }

  /// The repository paths of the content inputs of the image with id `id`.
  private func content(of id: String, in snapshot: ImageSnapshot) throws -> Set<String> {
    let image = try #require(snapshot.catalog.image(withID: id))
    return Set(snapshot.inputs(of: image).content.map(\.repositoryPath))
  }

  private func definition(of id: String, in snapshot: ImageSnapshot) throws -> ImageDefinition {
    snapshot.definition(of: try #require(snapshot.catalog.image(withID: id)))
  }

  // MARK: - Discovery

  @Test("Every image, with its context, Dockerfile and target")
  func discoversEveryImage() throws {
    let (_, snapshot) = try platform()
    let images = snapshot.catalog.images.map {
      [$0.id, $0.context.description, $0.dockerfile ?? "-", $0.target ?? "-"]
    }
    #expect(
      images == [
        // extends docker-compose.yml's api (context ., the ${API_DOCKERFILE:-…} default).
        ["docker-compose.prod.yml:api", ".", "services/api/Dockerfile", "prod"],
        ["docker-compose.prod.yml:web", "services/web", "services/web/docker/Dockerfile", "-"],
        ["docker-compose.prod.yml:worker", ".", "services/worker/Dockerfile", "-"],
        // docker-compose.override.yml merges in and sets target build.
        ["docker-compose.yml:api", ".", "services/api/Dockerfile", "build"],
        ["docker-compose.yml:base", "images/base", "images/base/Dockerfile", "-"],
        ["docker-compose.yml:importer", ".", "services/importer/Dockerfile", "-"],
        ["docker-compose.yml:web", "services/web", "services/web/docker/Dockerfile", "-"],
        ["docker-compose.yml:worker", ".", "services/worker/Dockerfile", "-"],
        ["dockerfile:tools/ci/Dockerfile", "tools/ci", "tools/ci/Dockerfile", "-"],
        ["skaffold:registry.example.com/platform/api", ".", "services/api/Dockerfile", "prod"],
        [
          "skaffold:registry.example.com/platform/base", "images/base", "images/base/Dockerfile",
          "-",
        ],
      ])
  }

  @Test("Names: .env and defaults fill the base image's name; extends and overrides keep args")
  func namesAndArguments() throws {
    let (_, snapshot) = try platform()
    let base = try #require(snapshot.catalog.image(withID: "docker-compose.yml:base"))
    #expect(base.publishedName == "registry.example.com/platform/base:1.0")
    let prodAPI = try #require(snapshot.catalog.image(withID: "docker-compose.prod.yml:api"))
    #expect(prodAPI.publishedName == "registry.example.com/platform/api:stable")
    #expect(prodAPI.buildArguments == ["GO_VERSION": "1.22"])
    let prodWeb = try #require(snapshot.catalog.image(withID: "docker-compose.prod.yml:web"))
    #expect(prodWeb.buildArguments == ["API_URL": "https://api.example.com"])
    let importer = try #require(snapshot.catalog.image(withID: "docker-compose.yml:importer"))
    #expect(importer.profiles == ["legacy"])
  }

  @Test(
    "A short name means every image it matches",
    arguments: [
      (
        "api",
        [
          "docker-compose.prod.yml:api", "docker-compose.yml:api",
          "skaffold:registry.example.com/platform/api",
        ]
      ),
      ("base", ["docker-compose.yml:base", "skaffold:registry.example.com/platform/base"]),
      ("web", ["docker-compose.prod.yml:web", "docker-compose.yml:web"]),
      ("worker", ["docker-compose.prod.yml:worker", "docker-compose.yml:worker"]),
      ("ci", ["dockerfile:tools/ci/Dockerfile"]),
      ("tools/ci", ["dockerfile:tools/ci/Dockerfile"]),
    ])
  func shortNames(name: String, ids: [String]) throws {
    let (_, snapshot) = try platform()
    #expect(try snapshot.images(named: [name]).map(\.id) == ids)
  }

  // MARK: - Content inputs

  @Test("The api reads the workspace files it mounts, libs/shared and services/api")
  func apiInputs() throws {
    let (builder, snapshot) = try platform()
    // The root .dockerignore (→ .gitignore) removes no tracked file; docs/ and tests/ are
    // in the context but no reached stage reads them.
    let expected = try tracked(builder, under: "libs/shared", "services/api")
      .union(["go.work"])
    #expect(try content(of: "docker-compose.yml:api", in: snapshot) == expected)
    // target prod reaches build (COPY --from=build) and deps (FROM deps), and reads its config,
    // which is already under services/api.
    #expect(try content(of: "docker-compose.prod.yml:api", in: snapshot) == expected)
    #expect(
      try content(of: "skaffold:registry.example.com/platform/api", in: snapshot) == expected)
  }

  @Test("The worker reads go.work*, libs/shared, its *.go files and jobs/, not its testdata")
  func workerInputs() throws {
    let (builder, snapshot) = try platform()
    let expected = try tracked(builder, under: "libs/shared", "services/worker/jobs").union([
      "go.work", "go.work.sum", "services/worker/go.mod", "services/worker/main.go",
      "services/worker/main_test.go",
    ])
    #expect(try content(of: "docker-compose.yml:worker", in: snapshot) == expected)
    #expect(try content(of: "docker-compose.prod.yml:worker", in: snapshot) == expected)
  }

  @Test("The web image's docker/Dockerfile.dockerignore wins over services/web/.dockerignore")
  func webInputs() throws {
    let (builder, snapshot) = try platform()
    // Dockerfile.dockerignore: `*.md` matches only at the context root; `**/*.test.ts`;
    // `src/__tests__`; `docker/*` except `docker/nginx.conf`. services/web/.dockerignore is not
    // in effect, so it is an ordinary file that `COPY . .` copies.
    let removed: Set<String> = [
      "services/web/README.md", "services/web/src/App.test.ts",
      "services/web/src/__tests__/smoke.ts", "services/web/docker/Dockerfile",
      "services/web/docker/Dockerfile.dockerignore",
    ]
    let expected = try tracked(builder, under: "services/web").subtracting(removed)
    #expect(expected.isSuperset(of: ["services/web/.dockerignore", "services/web/src/NOTES.md"]))
    #expect(try content(of: "docker-compose.yml:web", in: snapshot) == expected)
    #expect(try content(of: "docker-compose.prod.yml:web", in: snapshot) == expected)
    let definition = try definition(of: "docker-compose.yml:web", in: snapshot)
    #expect(definition.definitionFiles.contains("services/web/docker/Dockerfile.dockerignore"))
    #expect(!definition.definitionFiles.contains("services/web/.dockerignore"))
  }

  @Test("The base image and the stand-alone CI image read what they copy, not their READMEs")
  func baseAndToolInputs() throws {
    let (_, snapshot) = try platform()
    let base: Set = ["images/base/certs/internal-ca.crt", "images/base/entrypoint.sh"]
    #expect(try content(of: "docker-compose.yml:base", in: snapshot) == base)
    #expect(try content(of: "skaffold:registry.example.com/platform/base", in: snapshot) == base)
    #expect(
      try content(of: "dockerfile:tools/ci/Dockerfile", in: snapshot) == [
        "tools/ci/entrypoint.sh", "tools/ci/scripts/lint.sh",
      ])
  }

  @Test("No image reads docs/, tests/ or deploy/, except the stale one that reads everything")
  func docsAndTestsDoNotCount() throws {
    let (builder, snapshot) = try platform()
    let outside = try tracked(builder, under: "docs", "tests", "deploy")
    #expect(!outside.isEmpty)
    for image in snapshot.catalog.images where image.id != "docker-compose.yml:importer" {
      let read = Set(snapshot.inputs(of: image).files.map(\.path))
      #expect(read.isDisjoint(with: outside), "\(image.id)")
    }
  }

  // MARK: - The symbolic-link .dockerignore

  @Test("A root-context image lists .dockerignore and its target .gitignore as definition inputs")
  func symlinkedDockerIgnoreIsADefinitionInput() throws {
    let (builder, snapshot) = try platform()
    #expect(try builder.git("ls-files", "-s", ".dockerignore").hasPrefix("120000 "))
    for id in ["docker-compose.yml:api", "docker-compose.yml:worker"] {
      let files = try definition(of: id, in: snapshot).definitionFiles
      #expect(files.contains(".dockerignore"), "\(id)")
      #expect(files.contains(".gitignore"), "\(id)")
    }
    let web = try definition(of: "docker-compose.yml:web", in: snapshot).definitionFiles
    #expect(!web.contains(".gitignore"))
  }

  @Test("Editing .gitignore, the link's target, changes what the root-context images read")
  func symlinkedDockerIgnoreIsFollowed() throws {
    let (builder, _) = try platform()
    try builder.write(".gitignore", "node_modules\nlibs/shared/README.md\n**/*_test.go\n")
    let snapshot = try snapshot(of: builder, uncommitted: true)
    // The files stay tracked (git ignores only untracked files): only the .dockerignore drops them.
    let dropped: Set = [
      "libs/shared/README.md", "libs/shared/logging/logging_test.go",
      "services/worker/main_test.go",
    ]
    let expected = try tracked(builder, under: "libs/shared", "services/worker/jobs")
      .union([
        "go.work", "go.work.sum", "services/worker/go.mod", "services/worker/main.go",
        "services/worker/main_test.go",
      ])
      .subtracting(dropped)
    #expect(try content(of: "docker-compose.yml:worker", in: snapshot) == expected)
  }

  // MARK: - Links

  @Test("The base image links to the images whose reached stages start FROM it")
  func baseImageLinks() throws {
    let (_, snapshot) = try platform()
    func children(of baseID: String) -> [String] {
      snapshot.catalog.images.filter { image in
        snapshot.definition(of: image).links.contains { $0.kind == .base && $0.target == baseID }
      }.map(\.id)
    }
    // docker-compose.yml:api builds target build, which never reaches the prod stage's FROM.
    let expected = [
      "docker-compose.prod.yml:api", "docker-compose.prod.yml:worker", "docker-compose.yml:worker",
      "skaffold:registry.example.com/platform/api",
    ]
    #expect(children(of: "docker-compose.yml:base") == expected)
    // A skaffold image matches any tag, since skaffold tags its builds itself.
    #expect(children(of: "skaffold:registry.example.com/platform/base") == expected)
    let skaffoldAPI = try definition(of: "skaffold:registry.example.com/platform/api", in: snapshot)
    #expect(
      skaffoldAPI.links.contains {
        $0.kind == .requires && $0.target == "skaffold:registry.example.com/platform/base"
      })
  }

  // MARK: - Uncertainty

  @Test("The stale importer service is uncertain, with a warning naming the missing Dockerfile")
  func staleService() throws {
    let (builder, snapshot) = try platform()
    let definition = try definition(of: "docker-compose.yml:importer", in: snapshot)
    #expect(!definition.uncertainReasons.isEmpty)
    #expect(
      definition.diagnostics.contains {
        $0.severity == .warning && $0.message.contains("services/importer/Dockerfile")
      })
    // Uncertain: it reads its whole context, every tracked file (the .dockerignore removes none).
    #expect(try content(of: "docker-compose.yml:importer", in: snapshot) == tracked(builder))
    for image in snapshot.catalog.images where image.id != "docker-compose.yml:importer" {
      #expect(snapshot.definition(of: image).uncertainReasons.isEmpty, "\(image.id)")
    }
  }
}
