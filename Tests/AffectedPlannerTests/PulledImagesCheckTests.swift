import AffectedModel
import Testing

@testable import AffectedPlanner

/// The memoised check of pulled names answers what comparing both catalogs' answers does.
@Suite("Names pulled alike in two catalogs")
struct PulledImagesCheckTests {
  /// An image built from folder `id`, published as `name`.
  private static func image(_ id: String, publishing name: String?) -> Image {
    Image(
      id: "dockerfile:\(id)/Dockerfile", kind: .dockerfile, sourceFile: "\(id)/Dockerfile",
      context: .folder(id), dockerfile: "\(id)/Dockerfile", name: id, publishedName: name)
  }

  private static let head = ImageCatalog(images: [
    image("base", publishing: "example/base:1"), image("tool", publishing: "example/tool"),
  ])
  private static let start = ImageCatalog(images: [
    image("base", publishing: "example/base:2"), image("tool", publishing: "example/tool"),
  ])

  @Test(
    "Each name gets the answer of comparing both catalogs, asked once or again",
    arguments: [
      "example/base:1", "example/base:2", "example/base", "example/tool", "example/tool:latest",
      "docker.io/example/tool", "alpine", "", "UPPER/case",
    ])
  func sameAnswer(name: String) {
    var check = PulledImagesCheck(Self.start, against: Self.head)
    let expected = Self.start.images(pulledBy: name) == Self.head.images(pulledBy: name)
    let first = check.pullsSameImages(name)
    let again = check.pullsSameImages(name)
    #expect(first == expected)
    #expect(again == expected)
  }

  @Test("A name that designates an image on one side only differs; others agree")
  func differences() {
    var check = PulledImagesCheck(Self.start, against: Self.head)
    let answers = ["example/base:1", "example/base:2", "example/tool", "alpine"].map {
      check.pullsSameImages($0)
    }
    #expect(answers == [false, false, true, true])
  }
}
