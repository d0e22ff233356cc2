import AffectedTestSupport
import Foundation
import Testing

@Suite("explain, graph and hash", .scratchDirectory)
struct ExplainGraphHashCommandTests {
  /// The fullstack fixture, committed, then a lock file change committed; the first SHA.
  static func repository() throws -> (RepositoryBuilder, String) {
    let builder = try RepositoryBuilder(
      at: ScratchDirectory.url.appending(path: "repository"), fixture: "fullstack")
    let first = try builder.commit("Before")
    try builder.write("backend/uv.lock", "changed\n")
    _ = try builder.commit("After")
    return (builder, first)
  }

  @Test("explain names the line a lock file change invalidates, for every image a name matches")
  func explainText() throws {
    let (builder, first) = try Self.repository()
    let result = try AffectedExecutable.run(["explain", "backend", "--base", first], in: builder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("compose.yml:backend: affected\n"))
    #expect(
      result.stdout.contains(
        "backend/uv.lock → project backend → content input → compose.yml:backend\n"))
    #expect(
      result.stdout.contains(
        "stage builder, line 11 `COPY pyproject.toml uv.lock ./` — RUN at lines 12, 16 rerun"))
    #expect(result.stdout.contains("dev.compose.yml:backend: affected\n"))
    #expect(
      result.stderr.contains("explain: matched compose.yml:backend, dev.compose.yml:backend"))
  }

  @Test("explain --file --format json lists the images a path reaches")
  func explainFileJSON() throws {
    let (builder, first) = try Self.repository()
    let result = try AffectedExecutable.run(
      ["explain", "--file", "backend/uv.lock", "--format", "json", "--base", first], in: builder)
    #expect(result.status == 0, "\(result.stderr)")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(document["schemaVersion"] as? Int == 1)
    let files = try #require(document["files"] as? [[String: Any]])
    let direct = try #require(files.first?["direct"] as? [[String: Any]])
    let reaching = direct.filter {
      ($0["finding"] as? [String: Any])?["reaches"] as? Bool == true
    }
    #expect(
      reaching.compactMap { $0["id"] as? String } == [
        "compose.yml:backend", "dev.compose.yml:backend",
      ])
    #expect(files.first?["changed"] as? Bool == true)
  }

  @Test("explain of an unknown name exits 64, and with nothing to explain is a usage error")
  func explainUnknown() throws {
    let (builder, first) = try Self.repository()
    let unknown = try AffectedExecutable.run(["explain", "nope", "--base", first], in: builder)
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("no image is named 'nope'"))
    let empty = try AffectedExecutable.run(["explain", "--base", first], in: builder)
    #expect(empty.status == 64)
  }

  @Test("graph --format mermaid draws every image and highlights the affected ones")
  func graphMermaid() throws {
    let (builder, first) = try Self.repository()
    let result = try AffectedExecutable.run(
      ["graph", "--format", "mermaid", "--base", first], in: builder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout == """
        flowchart LR
          n0["compose.yml:backend"]
          n1["dev.compose.yml:backend"]
          n2["nginx"]
          n3["frontend"]
          classDef affected fill:#fde68a,stroke:#b45309,stroke-width:2px
          class n0,n1 affected

        """)
  }

  @Test("hash prints id<TAB>hash per image, equal at a revision whose inputs are the same")
  func hash() throws {
    let (builder, first) = try Self.repository()
    let head = try AffectedExecutable.run(["hash"], in: builder)
    #expect(head.status == 0, "\(head.stderr)")
    let lines = head.stdout.split(separator: "\n").map {
      $0.split(separator: "\t").map(String.init)
    }
    #expect(
      lines.map { $0[0] } == [
        "compose.yml:backend", "compose.yml:nginx", "dev.compose.yml:backend",
        "dev.compose.yml:frontend",
      ])
    #expect(lines.allSatisfy { $0.count == 2 && $0[1].count == 16 })
    let before = try AffectedExecutable.run(
      ["hash", "nginx", "--rev", first, "--format", "json"], in: builder)
    #expect(before.status == 0, "\(before.stderr)")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(before.stdout.utf8)) as? [String: Any])
    let images = try #require(document["images"] as? [[String: Any]])
    #expect(images.count == 1)
    #expect(images.first?["id"] as? String == "compose.yml:nginx")
    #expect(images.first?["hash"] as? String == lines[1][1])
  }
}
