@testable import AffectedModel
import Testing

@Suite("Compose YAML cache")
struct ComposeYAMLCacheTests {
  /// Reads through `cache`, counting the reads in `reads`.
  private func read(
    _ text: String, file: String = "compose.yml", tool: String = "compose",
    through cache: ComposeYAMLCache, reads: inout Int
  ) -> ComposeYAMLCache.Reading {
    cache.reading(of: text, file: file, readBy: tool) {
      reads += 1
      return ComposeYAMLReader.parse(text, file: file, readBy: tool)
    }
  }

  @Test("A text read again as the same file by the same tool is parsed once, with the same result")
  func readsOnce() {
    let cache = ComposeYAMLCache()
    var reads = 0
    let text = "services:\n  api:\n    build: ./api\n"
    let first = read(text, through: cache, reads: &reads)
    let second = read(text, through: cache, reads: &reads)
    #expect(reads == 1)
    #expect(first.layers.map(\.value) == second.layers.map(\.value))
    #expect(second.layers.first?.value["services"]?["api"]?["build"]?.string == "./api")
  }

  @Test("Another text, file or tool is read afresh, and names its own file")
  func keyedByTextFileAndTool() {
    let cache = ComposeYAMLCache()
    var reads = 0
    let text = "services:\n  api:\n    build: ./api\n"
    _ = read(text, through: cache, reads: &reads)
    _ = read(text + "  web:\n    image: nginx\n", through: cache, reads: &reads)
    let other = read(text, file: "dev/compose.yml", through: cache, reads: &reads)
    _ = read(text, tool: "kubectl", through: cache, reads: &reads)
    #expect(reads == 4)
    #expect(other.layers.map(\.file) == ["dev/compose.yml"])
  }

  @Test("Invalid YAML keeps its diagnostic when read from the cache")
  func keepsDiagnostics() {
    let cache = ComposeYAMLCache()
    var reads = 0
    let text = "services:\n  api: [\n"
    let first = read(text, through: cache, reads: &reads)
    let second = read(text, through: cache, reads: &reads)
    #expect(reads == 1)
    #expect(!second.diagnostics.isEmpty)
    #expect(second.diagnostics == first.diagnostics)
  }

  @Test("A full cache starts afresh")
  func capacity() {
    let cache = ComposeYAMLCache(capacity: 2)
    var reads = 0
    for text in ["a: 1\n", "b: 2\n", "c: 3\n", "a: 1\n", "c: 3\n"] {
      _ = read(text, through: cache, reads: &reads)
    }
    // The third text fills the cache anew, so the first is read again and the third is kept.
    #expect(reads == 4)
  }
}
