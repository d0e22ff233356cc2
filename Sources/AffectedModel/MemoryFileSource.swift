/// A `FileSource` over files held in memory, for tests and for tools that build a tree themselves.
public struct MemoryFileSource: FileSource, Sendable {
  private var storage: [String: (entry: FileEntry, bytes: [UInt8])] = [:]

  /// Creates a source holding `files` (path to text) as regular files.
  public init(_ files: [String: String] = [:]) {
    for (path, text) in files {
      add(path, text: text)
    }
  }

  /// Adds or replaces a file. Its id is a stable digest of its content.
  public mutating func add(_ path: String, text: String, kind: FileEntry.Kind = .file) {
    let bytes = Array(text.utf8)
    storage[path] = (FileEntry(kind: kind, id: Self.digest(bytes)), bytes)
  }

  public func entry(at path: String) -> FileEntry? {
    if let stored = storage[path] {
      return stored.entry
    }
    let prefix = path.isEmpty ? "" : path + "/"
    return storage.keys.contains { $0.hasPrefix(prefix) } ? FileEntry(kind: .directory, id: "") : nil
  }

  public func contents(of path: String) throws -> [UInt8] {
    guard let stored = storage[path] else {
      throw FileSourceError(path: path, reason: "no such file")
    }
    return stored.bytes
  }

  public func files(under folder: String) -> [String] {
    let prefix = folder.isEmpty ? "" : folder + "/"
    return storage.keys.filter { $0.hasPrefix(prefix) }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  /// FNV-1a, 64 bits, as 16 hex digits: enough to tell contents apart in tests.
  private static func digest(_ bytes: [UInt8]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
