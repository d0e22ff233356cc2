import AffectedModel
import Foundation

/// A `FileSource` over a folder on disk, for tests that read the `Fixtures/` trees.
struct DirectoryFileSource: FileSource {
  /// The folder's absolute path, without a trailing slash.
  let root: String

  /// A source over `Fixtures/<name>` of this package.
  static func fixture(_ name: String) -> DirectoryFileSource {
    let package = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    return DirectoryFileSource(root: package.appendingPathComponent("Fixtures/\(name)").path)
  }

  private func absolute(_ path: String) -> String {
    path.isEmpty ? root : root + "/" + path
  }

  func entry(at path: String) -> FileEntry? {
    guard
      let attributes = try? FileManager.default.attributesOfItem(atPath: absolute(path)),
      let type = attributes[.type] as? FileAttributeType
    else {
      return nil
    }
    switch type {
    case .typeDirectory:
      return FileEntry(kind: .directory, id: "")
    case .typeSymbolicLink:
      return FileEntry(kind: .symlink, id: digest((try? contents(of: path)) ?? []))
    default:
      let permissions = (attributes[.posixPermissions] as? Int) ?? 0
      let kind: FileEntry.Kind = permissions & 0o100 != 0 ? .executable : .file
      return FileEntry(kind: kind, id: digest((try? contents(of: path)) ?? []))
    }
  }

  func contents(of path: String) throws -> [UInt8] {
    let full = absolute(path)
    if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: full) {
      return Array(target.utf8)
    }
    return Array(try Data(contentsOf: URL(fileURLWithPath: full)))
  }

  func files(under folder: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: absolute(folder)) else {
      return []
    }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let path = folder.isEmpty ? relative : folder + "/" + relative
      if entry(at: path)?.kind != .directory {
        files.append(path)
      }
    }
    return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  private func digest(_ bytes: [UInt8]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return String(hash, radix: 16)
  }
}
