import Testing

@testable import AffectedModel

@Suite("Compose paths")
struct ComposePathTests {
  @Test(
    "relative paths resolve against the folder and normalise",
    arguments: [
      ("./src", "app", ComposePath.repository("app/src")), (".", "app", .repository("app")),
      ("src/../lib/./x", "app", .repository("app/lib/x")), ("..", "app", .repository("")),
      ("../..", "app", .outside("..")), ("../../../shared/x", "app/sub", .outside("../shared/x")),
      ("x//y/", "", .repository("x/y")), ("/etc/passwd", "app", .absolute("/etc/passwd")),
      ("~/.ssh", "app", .absolute("~/.ssh")), ("..", "", .outside("..")),
      ("dé/./x/../y", "app", .repository("app/dé/y")), ("a/b\r\n/../c", "", .repository("a/c")),
      ("../é/", "", .outside("../é")),
    ])
  func resolve(path: String, folder: String, expected: ComposePath) {
    #expect(ComposePath(resolving: path, in: folder) == expected)
  }

  /// Paths already normal come back as written; every other one goes through the parts.
  @Test(
    "normalising keeps a normal path and folds every other",
    arguments: [
      ("a/b", "a/b"), ("", ""), ("a", "a"), (".a/b..", ".a/b.."), ("a/.../b", "a/.../b"),
      ("a//b", "a/b"), ("/a", "a"), ("a/", "a"), ("/", ""), ("./a", "a"), ("a/.", "a"),
      ("a/../b", "b"), ("a/..", ""), ("é/x", "é/x"), ("a/\u{301}b", "a/\u{301}b"),
      ("é/./x", "é/x"),
    ])
  func normalised(path: String, expected: String) {
    #expect(ComposePath.normalised(path) == .repository(expected))
    #expect(
      ComposePath.normalised(path)
        == .repository(ComposePath.components(of: path).parts.joined(separator: "/")))
  }

  @Test("a Dockerfile resolves against its context, even outside the repository")
  func againstContext() {
    #expect(
      ComposePath(resolving: "docker/Dockerfile", against: .outside("../ctx"))
        == .outside("../ctx/docker/Dockerfile"))
    #expect(
      ComposePath(resolving: "Dockerfile", against: .absolute("/src/"))
        == .absolute("/src/Dockerfile"))
    #expect(
      ComposePath(resolving: "/abs/Dockerfile", against: .repository("x"))
        == .absolute("/abs/Dockerfile"))
  }

  @Test("relative paths between repository folders")
  func relative() {
    #expect(ComposePath.relative(from: "app", to: "common") == "../common")
    #expect(ComposePath.relative(from: "", to: "db") == "db")
    #expect(ComposePath.relative(from: "a/b", to: "a/b") == ".")
    #expect(ComposePath.relative(from: "a/b/c", to: "a") == "../..")
  }

  @Test("rebasing keeps paths explicit and leaves absolute ones alone")
  func rebase() {
    let rebaser = ComposePathRebaser(prefix: "../common")
    #expect(rebaser.rebase("./data") == "../common/data")
    #expect(rebaser.rebase("x") == "../common/x")
    #expect(ComposePathRebaser(prefix: "db").rebase(".") == "./db")
    #expect(rebaser.rebase("/abs") == "/abs")
    #expect(rebaser.rebase("~/x") == "~/x")
  }

  @Test("build contexts: local folders, git and https URLs, other schemes, services")
  func contexts() {
    #expect(ComposeBuild.Context("./web", in: "app") == .local(.repository("app/web")))
    #expect(ComposeBuild.Context("../../up", in: "app") == .local(.outside("../up")))
    for remote in [
      "https://github.com/org/repo.git#main", "git@github.com:org/repo.git", "github.com/org/repo",
      "git://host/repo", "ssh://git@host/repo", "docker-image://alpine:3",
      "oci-layout:///tmp/layout",
    ] {
      #expect(ComposeBuild.Context(remote, in: "app") == .remote(remote))
    }
    #expect(ComposeBuild.Context("service:base", in: "app") == .service("base"))
    // `:/` and `//` apart make no URL.
    #expect(ComposeBuild.Context("dir:/x//y", in: "app") == .local(.repository("app/dir:/x/y")))
  }

  @Test("paths that leave the repository are flagged in the model")
  func outsideInModel() {
    let project = ComposeFixture.load(
      [
        "app/compose.yaml": """
        services:
          web:
            build: {context: ../.., dockerfile: ../Dockerfile}
            volumes: [../../../data:/data, /var/run/docker.sock:/var/run/docker.sock]
            env_file: ../../x.env
        """
      ], ["app/compose.yaml"])
    let web = ComposeFixture.service("web", of: project)
    #expect(web.build?.context == .local(.outside("..")))
    #expect(web.build?.dockerfilePath == .outside("../../Dockerfile"))
    #expect(
      web.volumes.map(\.hostPath) == [.outside("../../data"), .absolute("/var/run/docker.sock")])
    #expect(web.envFiles.first?.path == .outside("../x.env"))
  }
}
