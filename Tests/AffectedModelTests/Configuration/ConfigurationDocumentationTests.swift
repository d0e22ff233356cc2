import AffectedModel
import Foundation
import Testing

@Suite("Docs/configuration.md examples")
struct ConfigurationDocumentationTests {
  /// A fenced code block of the page.
  struct Block {
    var language: String
    var text: String
  }

  /// The fenced code blocks of `Docs/configuration.md`, in order.
  static func blocks() throws -> [Block] {
    let package = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let page = try String(
      contentsOf: package.appendingPathComponent("Docs/configuration.md"), encoding: .utf8)
    var blocks: [Block] = []
    var current: Block?
    for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") {
        if let block = current {
          blocks.append(block)
          current = nil
        } else {
          current = Block(language: String(line.dropFirst(3)), text: "")
        }
      } else if current != nil {
        current?.text += line + "\n"
      }
    }
    return blocks
  }

  @Test("every YAML example is valid, except those marked invalid")
  func validExamples() throws {
    let examples = try Self.blocks().filter { $0.language == "yaml" }
    #expect(examples.count >= 10)
    for example in examples where !example.text.hasPrefix("# invalid") {
      #expect(throws: Never.self, "\(example.text)") { try Configuration(text: example.text) }
    }
  }

  @Test("each invalid example fails with exactly the message shown after it")
  func invalidExamples() throws {
    let blocks = try Self.blocks()
    var checked = 0
    for (index, block) in blocks.enumerated() where block.text.hasPrefix("# invalid") {
      let shown = try #require(blocks.dropFirst(index + 1).first)
      #expect(shown.language == "text")
      let error = try #require(throws: ConfigurationError.self) {
        try Configuration(text: block.text)
      }
      #expect(error.description + "\n" == shown.text)
      checked += 1
    }
    #expect(checked == 2)
  }
}
