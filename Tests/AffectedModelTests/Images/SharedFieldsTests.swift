import Testing

@testable import AffectedModel

/// Images and definitions keep their properties in one storage that their copies share: they
/// must still behave as values.
@Suite("Properties shared by copies")
struct SharedFieldsTests {
  private static func image(id: String = "dockerfile:app") -> Image {
    Image(
      id: id, kind: .dockerfile, sourceFile: "app/Dockerfile", context: .folder("app"),
      dockerfile: "app/Dockerfile", name: "app", buildArguments: ["A": "1"],
      shortNames: ["app"], uncertainReasons: ["first"])
  }

  @Test("Changing a copy leaves the original as it was")
  func copyOnWrite() {
    let original = Self.image()
    var copy = original
    copy.uncertainReasons.append("second")
    copy.buildArguments["B"] = "2"
    copy.id = "dockerfile:other"
    #expect(original.uncertainReasons == ["first"])
    #expect(original.buildArguments == ["A": "1"])
    #expect(original.id == "dockerfile:app")
    #expect(copy.uncertainReasons == ["first", "second"])
    #expect(copy.buildArguments == ["A": "1", "B": "2"])
    #expect(copy != original)
  }

  @Test("Values built apart are equal and hash alike when their properties are")
  func equalityByProperties() {
    let one = Self.image()
    let other = Self.image()
    #expect(one == other)
    #expect(Set([one, other]).count == 1)
    #expect(one != Self.image(id: "dockerfile:other"))
    var changed = other
    changed.shortNames = []
    #expect(one != changed)
  }

  @Test("A definition's copies are values too")
  func definitionCopies() {
    let source = MemoryFileSource(["app/Dockerfile": "FROM alpine\nCOPY . /app\n"])
    let catalog = ImageCatalog(images: [Self.image()])
    let original = ImageDefinition(of: Self.image(), in: source, catalog: catalog)
    var copy = original
    copy.image.uncertainReasons = []
    copy.definitionFiles.append("extra")
    #expect(original.image == Self.image())
    #expect(!original.definitionFiles.contains("extra"))
    #expect(copy.definitionFiles.last == "extra")
    #expect(original == ImageDefinition(of: Self.image(), in: source, catalog: catalog))
    #expect(copy != original)
  }
}
