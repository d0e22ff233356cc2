import AffectedModel
import Testing

/// An in-memory repository for the image tests, with helpers that discover its images and list
/// what they read.
struct ImageRepository {
  var source: MemoryFileSource

  /// A repository of `files` (path to text), `links` (path to link target) and `submodules`
  /// (path to commit).
  init(
    _ files: [String: String], links: [String: String] = [:], submodules: [String: String] = [:]
  ) {
    source = MemoryFileSource(files)
    for (path, target) in links {
      source.add(path, text: target, kind: .symlink)
    }
    for (path, commit) in submodules {
      source.add(path, text: commit, kind: .submodule)
    }
  }

  var catalog: ImageCatalog {
    ImageCatalog(discoveringIn: source)
  }

  func image(_ id: String) throws -> Image {
    try #require(catalog.image(withID: id), "no image \(id) in \(catalog.images.map(\.id))")
  }

  func definition(_ id: String) throws -> ImageDefinition {
    ImageDefinition(of: try image(id), in: source, catalog: catalog)
  }

  func inputs(_ id: String) throws -> ImageInputs {
    ImageInputs(try definition(id), in: source)
  }

  /// The repository paths of the content inputs of image `id`.
  func content(_ id: String) throws -> [String] {
    try inputs(id).content.map(\.repositoryPath)
  }

  /// A copy with `path` set to `text`.
  func with(_ path: String, _ text: String) -> ImageRepository {
    var copy = self
    copy.source.add(path, text: text)
    return copy
  }
}
