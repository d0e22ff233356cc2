import AffectedModel
import Foundation
import Testing

/// One case of `Conformance/dockerignore/cases.json`: a context, its `.dockerignore`, and what
/// BuildKit sends (or the error it fails with).
struct DockerIgnoreConformanceCase: Decodable, Sendable, CustomTestStringConvertible {
  /// The position in the file, from 0.
  var index = 0
  var dockerignore: String
  var files: [String]
  var included: [String]?
  var error: String?
  var kind: String

  private enum CodingKeys: String, CodingKey {
    case dockerignore, files, included, error, kind
  }

  var testDescription: String { "case \(index) (\(kind))" }

  private struct File: Decodable {
    var cases: [DockerIgnoreConformanceCase]
  }

  /// Every case, or none when the file cannot be read (which `allCasesAreLoaded` reports).
  static let all: [DockerIgnoreConformanceCase] = {
    guard let folder = Bundle.module.url(forResource: "Conformance", withExtension: nil),
      let data = try? Data(contentsOf: folder.appending(path: "dockerignore/cases.json")),
      let file = try? JSONDecoder().decode(File.self, from: data)
    else {
      return []
    }
    return file.cases.enumerated().map { index, item in
      var item = item
      item.index = index
      return item
    }
  }()
}

@Suite("DockerIgnore conformance with BuildKit")
struct DockerIgnoreConformanceTests {
  @Test("every case is loaded")
  func allCasesAreLoaded() {
    #expect(DockerIgnoreConformanceCase.all.count == 629)
  }

  @Test("keeps exactly the files BuildKit keeps", arguments: DockerIgnoreConformanceCase.all)
  func conformance(_ item: DockerIgnoreConformanceCase) throws {
    if let expectedError = item.error {
      let error = #expect(throws: DockerIgnoreError.self) {
        try DockerIgnore(text: item.dockerignore)
      }
      switch error?.reason {
      case .loneExclamationMark?:
        #expect(expectedError == "illegal exclusion pattern: \"!\"")
      case .invalidPattern?:
        #expect(expectedError == "syntax error in pattern")
      case nil:
        break
      }
      return
    }
    let ignore = try DockerIgnore(text: item.dockerignore)
    let included = ignore.includedFiles(item.files)
    #expect(included == item.included)

    // The one-path answers agree with the walk over the whole context.
    let folders = Set(item.files.flatMap(Self.folders))
    for file in item.files where !folders.contains(file) {
      #expect(ignore.excludes(file) == !included.contains(file), "\(file)")
    }
    for folder in folders where !ignore.couldInclude(folder: folder) {
      #expect(!included.contains { $0.hasPrefix(folder + "/") }, "\(folder)")
    }
  }

  /// The folders above `path`.
  private static func folders(of path: String) -> [String] {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    return (1..<max(parts.count, 1)).map { parts[..<$0].joined(separator: "/") }
  }
}
