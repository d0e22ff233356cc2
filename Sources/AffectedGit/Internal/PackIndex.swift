/// A pack's index (`.idx`, version 2): where in its pack each object starts.
///
/// The layout is git's (`gitformat-pack`): a magic number and a version, 256 cumulative counts
/// by first byte, the sorted object ids, their CRCs, 31-bit offsets (the high bit sending larger
/// ones to a table of 64-bit offsets), then the pack's checksum and the index's own.
struct PackIndex: Sendable {
  private let file: MappedFile
  /// The number of objects the pack holds.
  let count: Int
  private static let idsStart = 8 + 256 * 4
  private var offsetsStart: Int { Self.idsStart + count * 24 }
  private var largeOffsetsStart: Int { offsetsStart + count * 4 }

  /// Maps the index at `path`; `nil` when it is missing, is not a version-2 index, or its size
  /// does not fit the objects it counts. (Ids are SHA-1: libgit2 opens no other repository.)
  init?(path: String) {
    guard let file = MappedFile(path: path) else { return nil }
    let bytes = file.bytes
    guard bytes.count >= Self.idsStart + 40,
      bytes.loadBigEndian(UInt32.self, at: 0) == 0xff74_4f63,
      bytes.loadBigEndian(UInt32.self, at: 4) == 2
    else { return nil }
    let count = Int(bytes.loadBigEndian(UInt32.self, at: 8 + 255 * 4))
    // The fixed tables, then 8 bytes for each 64-bit offset.
    let fixedSize = Self.idsStart + count * 28 + 40
    guard bytes.count >= fixedSize, (bytes.count - fixedSize) % 8 == 0 else { return nil }
    self.file = file
    self.count = count
  }

  /// The checksum of the pack this index describes, as the pack's last 20 bytes hold it.
  var packChecksum: UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(rebasing: file.bytes[(file.bytes.count - 40)..<(file.bytes.count - 20)])
  }

  /// Where object `id` starts in the pack, or `nil` when the pack does not hold it.
  ///
  /// Ids are uniformly spread, so one guess from where `id` falls between its first byte's
  /// bounds lands within a few entries of it (nine on average in a pack of 180,000 objects);
  /// the search then steps towards it through neighbouring entries, which share cache lines and
  /// a page, where each probe of a binary search is a cache miss in a large index. Past
  /// ``stepLimit`` steps (an unusual spread) it halves what is left, so it never costs much more
  /// than a binary search.
  func offset(of id: ObjectID) -> Int? {
    let bytes = file.bytes
    let first = Int(id.firstByte)
    var low = first == 0 ? 0 : Int(bytes.loadBigEndian(UInt32.self, at: 8 + (first - 1) * 4))
    var high = Int(bytes.loadBigEndian(UInt32.self, at: 8 + first * 4))
    guard low < high, high <= count else { return nil }
    let bucketStart = UInt64(first) << 56
    let fraction = Double(id.leadingWord - bucketStart) / Double(UInt64(1) << 56)
    var probe = min(high - 1, low + Int(fraction * Double(high - low)))
    let guessed = objectID(at: probe)
    if guessed == id {
      return offset(at: probe)
    }
    // Step towards `id` from the guess; `low..<high` keeps every entry not yet ruled out.
    let step = guessed < id ? 1 : -1
    if step == 1 { low = probe + 1 } else { high = probe }
    for _ in 0..<Self.stepLimit {
      probe += step
      guard low <= probe, probe < high else { return nil }
      let found = objectID(at: probe)
      if found == id {
        return offset(at: probe)
      }
      if (found < id) != (step == 1) {
        return nil
      }
      if step == 1 { low = probe + 1 } else { high = probe }
    }
    while low < high {
      let middle = low + (high - low) / 2
      let found = objectID(at: middle)
      if found == id {
        return offset(at: middle)
      }
      if found < id { low = middle + 1 } else { high = middle }
    }
    return nil
  }

  /// How many neighbouring entries ``offset(of:)`` steps through before halving.
  private static let stepLimit = 32

  /// The id of the object at `position` in id order.
  private func objectID(at position: Int) -> ObjectID {
    let start = Self.idsStart + position * 20
    return ObjectID(rawBytes: UnsafeRawBufferPointer(rebasing: file.bytes[start..<start + 20]))
  }

  /// The pack offset of the object at `position` in id order; `nil` when the index is cut short.
  private func offset(at position: Int) -> Int? {
    let bytes = file.bytes
    let small = bytes.loadBigEndian(UInt32.self, at: offsetsStart + position * 4)
    guard small & 0x8000_0000 != 0 else { return Int(small) }
    let large = largeOffsetsStart + Int(small & 0x7fff_ffff) * 8
    guard large + 8 <= bytes.count - 40 else { return nil }
    return Int(exactly: bytes.loadBigEndian(UInt64.self, at: large))
  }
}

extension UnsafeRawBufferPointer {
  /// The big-endian integer at `offset`, which must leave room for it.
  @inline(__always)
  func loadBigEndian<Integer: FixedWidthInteger>(_ type: Integer.Type, at offset: Int) -> Integer {
    Integer(bigEndian: loadUnaligned(fromByteOffset: offset, as: Integer.self))
  }
}
