import AffectedModel
import Testing

@Suite("Lockfiles")
struct LockfileTests {
  /// The projects that changing `lockfile` of fixture `fixture` with `edit` affects.
  private static func affected(
    _ fixture: String, _ lockfile: String, _ edit: (String) -> String
  ) throws -> (change: LockfileChange, projects: [String]) {
    let source = DirectoryFileSource.fixture(fixture)
    let text = try source.text(of: lockfile)
    let change = LockfileChange(
      from: LockfileResolution(file: lockfile, text: text),
      to: LockfileResolution(file: lockfile, text: edit(text)))
    let graph = ProjectGraph(discoveringIn: source)
    return (change, graph.projects(affectedBy: change, in: lockfile))
  }

  private static func replacing(_ pairs: [(String, String)]) -> (String) -> String {
    { text in pairs.reduce(text) { $0.replacing($1.0, with: $1.1) } }
  }

  @Test("uv.lock: a bump of a package one member uses marks only that member")
  func uvOneMember() throws {
    let redis = try Self.affected(
      "uv-workspace", "uv.lock",
      Self.replacing([
        ("name = \"redis\"\nversion = \"5.1.0\"", "name = \"redis\"\nversion = \"5.2.0\"")
      ]))
    #expect(
      redis.change == .members([LockfileMember(path: "services/worker", name: "shop-worker")]))
    #expect(redis.projects == ["services/worker"])
    let starlette = try Self.affected(
      "uv-workspace", "uv.lock", Self.replacing([("version = \"0.38.6\"", "version = \"0.39.0\"")]))
    #expect(starlette.projects == ["services/api"])
  }

  @Test("uv.lock: a shared package marks each member that reaches it without another member")
  func uvShared() throws {
    // pydantic: the library uses it, and the api reaches it through fastapi; the worker only
    // through the library, which the project graph already links it to.
    let pydantic = try Self.affected(
      "uv-workspace", "uv.lock", Self.replacing([("version = \"2.9.2\"", "version = \"2.9.3\"")]))
    #expect(pydantic.projects == ["libs/common", "services/api"])
    let unused = try Self.affected(
      "uv-workspace", "uv.lock",
      {
        $0
          + "\n[[package]]\nname = \"six\"\nversion = \"1.16.0\"\nsource = { registry = \"https://pypi.org/simple\" }\n"
      })
    #expect(unused.change == .members([]))
    #expect(unused.projects == [])
  }

  @Test("uv.lock: extras, packages of the same name, and a lockfile below the root")
  func uvExtrasAndVersions() {
    func lock(_ h2: String, _ numpy: String) -> String {
      """
      version = 1
      [[package]]
      name = "a"
      version = "0.1.0"
      source = { editable = "a" }
      dependencies = [{ name = "httpx", extra = ["http2"] }, { name = "numpy", version = "1.26.4", source = { registry = "https://pypi.org/simple" } }]
      [[package]]
      name = "b"
      version = "0.1.0"
      source = { virtual = "b" }
      dependencies = [{ name = "httpx" }, { name = "numpy", version = "\(numpy)", source = { registry = "https://pypi.org/simple" } }]
      [[package]]
      name = "httpx"
      version = "0.27.2"
      source = { registry = "https://pypi.org/simple" }
      [package.optional-dependencies]
      http2 = [{ name = "h2" }]
      [[package]]
      name = "h2"
      version = "\(h2)"
      source = { registry = "https://pypi.org/simple" }
      [[package]]
      name = "numpy"
      version = "1.26.4"
      source = { registry = "https://pypi.org/simple" }
      [[package]]
      name = "numpy"
      version = "\(numpy)"
      source = { registry = "https://pypi.org/simple" }
      """
    }
    let base = LockfileResolution(file: "py/uv.lock", text: lock("4.1.0", "2.1.0"))
    let a = LockfileMember(path: "py/a", name: "a")
    let b = LockfileMember(path: "py/b", name: "b")
    #expect(base?.dependencies.keys.sorted() == [a, b])
    #expect(
      LockfileChange(
        from: base, to: LockfileResolution(file: "py/uv.lock", text: lock("4.2.0", "2.1.0")))
        == .members([a]))
    #expect(
      LockfileChange(
        from: base, to: LockfileResolution(file: "py/uv.lock", text: lock("4.1.0", "2.1.1")))
        == .members([b]))
  }

  @Test("pnpm-lock.yaml: a bump of a package one member uses marks only that member")
  func pnpmOneMember() throws {
    let koa = try Self.affected(
      "pnpm-workspace", "pnpm-lock.yaml",
      Self.replacing([("koa@2.15.3", "koa@2.16.0"), ("version: 2.15.3", "version: 2.16.0")]))
    #expect(koa.change == .members([LockfileMember(path: "services/admin", name: nil)]))
    #expect(koa.projects == ["services/admin"])
    // Same version, another integrity: a re-published package.
    let lodash = try Self.affected(
      "pnpm-workspace", "pnpm-lock.yaml",
      Self.replacing([
        (
          "lodash@4.17.21:\n    resolution: {integrity: sha512-",
          "lodash@4.17.21:\n    resolution: {integrity: sha512-X"
        )
      ]))
    #expect(lodash.projects == ["packages/ui"])
  }

  @Test("pnpm-lock.yaml: a package two members reach marks both, through the snapshots")
  func pnpmShared() throws {
    let accepts = try Self.affected(
      "pnpm-workspace", "pnpm-lock.yaml",
      Self.replacing([("accepts@1.3.8", "accepts@1.3.9"), ("accepts: 1.3.8", "accepts: 1.3.9")]))
    #expect(accepts.projects == ["services/admin", "services/web"])
  }

  @Test("pnpm-lock.yaml versions 6 and 5: keys with slashes, peers, and importer strings")
  func pnpmOlderVersions() {
    func version6(_ scheduler: String) -> String {
      """
      lockfileVersion: '6.0'
      importers:
        .: {}
        apps/a:
          dependencies:
            react-dom:
              specifier: ^18
              version: 18.2.0(react@18.2.0)
            lib:
              specifier: workspace:*
              version: link:../../libs/lib
        libs/lib:
          dependencies:
            react:
              specifier: ^18
              version: 18.2.0
      packages:
        /react-dom@18.2.0(react@18.2.0):
          resolution: {integrity: sha512-dom}
          dependencies:
            react: 18.2.0
            scheduler: \(scheduler)
        /react@18.2.0:
          resolution: {integrity: sha512-react}
        /scheduler@\(scheduler):
          resolution: {integrity: sha512-scheduler}
      """
    }
    let base = LockfileResolution(file: "pnpm-lock.yaml", text: version6("0.23.0"))
    let dom = ResolvedPackage(
      name: "react-dom", version: "18.2.0(react@18.2.0)", source: "sha512-dom")
    #expect(base?.dependencies[LockfileMember(path: "apps/a", name: nil)]?.contains(dom) == true)
    #expect(
      LockfileChange(
        from: base, to: LockfileResolution(file: "pnpm-lock.yaml", text: version6("0.23.2")))
        == .members([LockfileMember(path: "apps/a", name: nil)]))

    func version5(_ a: String) -> String {
      "lockfileVersion: 5.4\nspecifiers:\n  a: ^1\ndependencies:\n  a: \(a)\npackages:\n"
        + "  /a/\(a):\n    resolution: {integrity: sha512-a}\n    dev: false\n"
    }
    let single = LockfileResolution(file: "web/pnpm-lock.yaml", text: version5("1.0.0"))
    #expect(
      single?.dependencies == [
        LockfileMember(path: "web", name: nil): [
          ResolvedPackage(name: "a", version: "1.0.0", source: "sha512-a")
        ]
      ])
    #expect(
      LockfileChange(
        from: single, to: LockfileResolution(file: "web/pnpm-lock.yaml", text: version5("1.1.0")))
        == .members([LockfileMember(path: "web", name: nil)]))
  }

  @Test("package-lock.json: Node's lookup through nested node_modules, and workspace links")
  func npm() throws {
    func lock(nested: String, hoisted: String) -> String {
      """
      {"name": "root", "lockfileVersion": 3, "requires": true, "packages": {
        "": {"name": "root", "workspaces": ["packages/*"], "devDependencies": {"jest": "^29"}},
        "node_modules/a": {"resolved": "packages/a", "link": true},
        "node_modules/b": {"resolved": "packages/b", "link": true},
        "packages/a": {"name": "a", "version": "1.0.0", "dependencies": {"b": "*", "debug": "^4"}},
        "packages/b": {"name": "b", "version": "1.0.0", "dependencies": {"ms": "^2.0"}},
        "node_modules/debug": {"version": "4.3.7", "integrity": "sha512-d", "dependencies": {"ms": "^2.1.3"}},
        "node_modules/ms": {"version": "\(hoisted)", "integrity": "sha512-m"},
        "packages/b/node_modules/ms": {"version": "\(nested)", "integrity": "sha512-n"},
        "node_modules/jest": {"version": "29.7.0", "dev": true}
      }}
      """
    }
    let base = try #require(
      LockfileResolution(file: "package-lock.json", text: lock(nested: "2.0.0", hoisted: "2.1.3")))
    let a = LockfileMember(path: "packages/a", name: "a")
    let b = LockfileMember(path: "packages/b", name: "b")
    #expect(
      base.dependencies[a]?.map(\.description).sorted() == [
        "debug 4.3.7 (sha512-d)", "ms 2.1.3 (sha512-m)",
      ])
    #expect(base.dependencies[b]?.map(\.description) == ["ms 2.0.0 (sha512-n)"])
    #expect(
      LockfileChange(
        from: base,
        to: LockfileResolution(
          file: "package-lock.json", text: lock(nested: "2.0.1", hoisted: "2.1.3")))
        == .members([b]))
    #expect(
      LockfileChange(
        from: base,
        to: LockfileResolution(
          file: "package-lock.json", text: lock(nested: "2.0.0", hoisted: "2.1.4")))
        == .members([a]))
  }

  @Test("Cargo.lock: members known by name map to the projects that declare them")
  func cargo() throws {
    let libc = try Self.affected(
      "cargo-workspace", "Cargo.lock",
      Self.replacing([
        ("name = \"libc\"\nversion = \"0.2.159\"", "name = \"libc\"\nversion = \"0.2.160\"")
      ]))
    #expect(libc.change == .members([LockfileMember(path: nil, name: "worker")]))
    #expect(libc.projects == ["services/worker"])
    let serde = try Self.affected(
      "cargo-workspace", "Cargo.lock", Self.replacing([("1.0.210", "1.0.211")]))
    #expect(serde.projects == ["crates/core"])
  }

  @Test("go.work.sum cannot tell members apart: every member of the go.work workspace")
  func goWorkSum() throws {
    let change = try Self.affected(
      "go-workspace", "go.work.sum", { $0 + "golang.org/x/net v0.29.0/go.mod h1:abc=\n" })
    #expect(
      change.change
        == .allMembers(
          reason:
            "go.work.sum records checksums for the whole workspace, not which module uses them"))
    #expect(change.projects == ["", "libs/kit", "services/api", "services/worker"])
    let same = try Self.affected("go-workspace", "go.work.sum", { $0 })
    #expect(same.change == .members([]))
  }

  @Test("an unparseable, added or removed lockfile affects every member, with the reason")
  func fallbacks() throws {
    let broken = try Self.affected("uv-workspace", "uv.lock", { $0 + "\n[[package]\n" })
    #expect(broken.change == .allMembers(reason: "uv.lock could not be parsed"))
    #expect(broken.projects == ["", "libs/common", "services/api", "services/worker"])
    let resolution = try #require(
      LockfileResolution(file: "uv.lock", text: "version = 1\n[[package]\n"))
    #expect(resolution.diagnostics.map(\.file) == ["uv.lock"])
    #expect(resolution.diagnostics.first?.line == 2)

    let text = try DirectoryFileSource.fixture("pnpm-workspace").text(of: "pnpm-lock.yaml")
    let lock = LockfileResolution(file: "pnpm-lock.yaml", text: text)
    #expect(LockfileChange(from: nil, to: lock) == .allMembers(reason: "pnpm-lock.yaml was added"))
    #expect(
      LockfileChange(from: lock, to: nil) == .allMembers(reason: "pnpm-lock.yaml was removed"))
    let version1 = LockfileResolution(
      file: "package-lock.json", text: #"{"lockfileVersion": 1, "dependencies": {}}"#)
    #expect(version1?.limitation == "package-lock.json could not be parsed")
    #expect(LockfileResolution(file: "README.md", text: "") == nil)
  }
}
