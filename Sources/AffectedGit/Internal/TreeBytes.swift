#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A tree object's bytes, read into the entries libgit2 lists for it.
///
/// Each entry is an octal mode, a space, the name, a NUL and the 20-byte id. Trees of any other
/// shape give `nil`, so that libgit2 reads them and its answer (or error) stands: an unusual mode
/// (git's old `100664`, which libgit2 lists normalised), an empty name or one over 65,535 bytes,
/// a cut entry.
enum TreeBytes {
  /// The entries of the tree whose bytes are `bytes`, in their order.
  static func entries(_ bytes: [UInt8]) -> [Snapshot.Child]? {
    bytes.withUnsafeBytes { raw -> [Snapshot.Child]? in
      var entries: [Snapshot.Child] = []
      // Entries take at least 28 bytes; most names are short.
      entries.reserveCapacity(raw.count / 36 + 1)
      var position = 0
      while position < raw.count {
        var mode: UInt32 = 0
        while position < raw.count, raw[position] != UInt8(ascii: " ") {
          let digit = raw[position] &- UInt8(ascii: "0")
          guard digit < 8, mode < 0o1_000_000 else { return nil }
          mode = mode << 3 | UInt32(digit)
          position += 1
        }
        let nameStart = position + 1
        guard isUsual(mode), nameStart < raw.count,
          let nameEnd = nul(in: raw, from: nameStart),
          nameEnd > nameStart, nameEnd - nameStart <= Int(UInt16.max), nameEnd + 21 <= raw.count
        else { return nil }
        entries.append(
          Snapshot.Child(
            name: String(
              decoding: UnsafeRawBufferPointer(rebasing: raw[nameStart..<nameEnd]), as: UTF8.self),
            mode: FileMode(rawValue: mode),
            id: ObjectID(
              rawBytes: UnsafeRawBufferPointer(rebasing: raw[nameEnd + 1..<nameEnd + 21])),
            origin: .objectDatabase, folder: nil))
        position = nameEnd + 21
      }
      return entries
    }
  }

  /// The position of the first NUL byte in `raw` at or after `start`, which is within it.
  private static func nul(in raw: UnsafeRawBufferPointer, from start: Int) -> Int? {
    guard let base = raw.baseAddress, let found = memchr(base + start, 0, raw.count - start)
    else { return nil }
    return UnsafeRawPointer(found) - base
  }

  /// Whether `mode` is one of the five git writes today, which libgit2 lists unchanged.
  private static func isUsual(_ mode: UInt32) -> Bool {
    switch FileMode(rawValue: mode) {
    case .file, .executable, .symlink, .submodule, .tree: true
    default: false
    }
  }
}
