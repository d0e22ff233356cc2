import AffectedModel
import Testing

@Suite("Images of the fullstack fixture")
struct FullstackFixtureTests {
  private let source = DirectoryFileSource.fixture("fullstack")

  private func inputs(_ id: String) throws -> ImageInputs {
    let catalog = ImageCatalog(discoveringIn: source)
    let image = try #require(catalog.image(withID: id))
    return ImageInputs(ImageDefinition(of: image, in: source, catalog: catalog), in: source)
  }

  @Test("discovers every built service of compose.yml and dev.compose.yml")
  func discovery() {
    let catalog = ImageCatalog(discoveringIn: source)
    for image in catalog.images {
      print(image.id, image.context, image.dockerfile ?? "-", image.target ?? "-", image.name)
    }
    print(catalog.diagnostics)
  }

  @Test("the production nginx image reads the frontend and its two nginx files")
  func nginx() throws {
    let inputs = try inputs("compose.yml:nginx")
    print(inputs.files.map { "\($0.kind) \($0.path)" }.joined(separator: "\n"))
    print(inputs.definition.fingerprint)
    print(inputs.definition.uncertainReasons)
  }
}
