import Testing

@testable import AffectedModel

@Suite("Rendering instructions into fingerprint lines")
struct DefinitionFingerprintTests {
  /// Each instruction after the first `FROM` of `text`, rendered with `deps` naming stage 1.
  static func rendered(_ text: String) throws -> [String] {
    let stages = try BuildStages(try Dockerfile(parsing: text))
    return stages.stages.flatMap(\.instructions).map { item in
      DefinitionFingerprint.render(item.instruction, kind: item.kind) { value in
        value == "deps" ? "stage 1" : nil
      }
    }
  }

  @Test("Words are joined by one space, spacing and keyword case dropped")
  func shellForm() throws {
    let lines = try Self.rendered(
      "FROM alpine AS deps\nonbuild  copy  a.txt   /a\nCOPY --chmod=644  x  y\nRUN  echo  hi\n")
    #expect(lines == ["ONBUILD COPY a.txt /a", "COPY --chmod=644 x y", "RUN echo  hi"])
  }

  @Test("JSON arguments are written back as a JSON array, quotes and backslashes escaped")
  func jsonForm() throws {
    let lines = try Self.rendered(
      #"""
      FROM alpine AS deps
      CMD ["a b", "/q\"x\\y\n"]
      ENTRYPOINT []
      COPY ["a b.txt", "/app/"]
      """#)
    #expect(
      lines == [#"CMD ["a b","/q\"x\\y\n"]"#, "ENTRYPOINT []", #"COPY ["a b.txt","/app/"]"#])
  }

  @Test("--from and mount from= values that name stages are replaced by the stage")
  func stageReferences() throws {
    let lines = try Self.rendered(
      """
      FROM alpine AS deps
      FROM deps
      COPY --from=deps --chmod=644 /out /app
      COPY --from=node:22 /x /y
      RUN --network=none --mount=type=bind,from=deps,target=/d --mount=from=node,target=/n cat
      """)
    #expect(
      lines == [
        "COPY --from=stage 1 --chmod=644 /out /app",
        "COPY --from=node:22 /x /y",
        "RUN --network=none --mount=type=bind,from=stage 1,target=/d,readonly=true "
          + "--mount=type=bind,from=node,target=/n,readonly=true cat",
      ])
  }
}
