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
  /// Ids are uniformly spread, so the search guesses where `id` falls between the ids bounding
  /// the range left (interpolation: two or three probes where halving takes ten or more, each
  /// probe a cache miss in a large index); after a few guesses it halves, so an unusual spread
  /// costs no more than a binary search.
  func offset(of id: ObjectID) -> Int? {
    let bytes = file.bytes
    let first = Int(id.firstByte)
    var low = first == 0 ? 0 : Int(bytes.loadBigEndian(UInt32.self, at: 8 + (first - 1) * 4))
    var high = Int(bytes.loadBigEndian(UInt32.self, at: 8 + first * 4))
    guard low <= high, high <= count else { return nil }
    // Every id in `low..<high` has its leading word in `lowWord...highWord`, and so has `id`.
    let target = id.leadingWord
    var lowWord = UInt64(first) << 56
    var highWord = lowWord | ((1 << 56) - 1)
    var guesses = 0
    while low < high {
      var probe = low + (high - low) / 2
      if guesses < 4, highWord > lowWord {
        let fraction = Double(target - lowWord) / Double(highWord - lowWord)
        probe = min(high - 1, low + Int(fraction * Double(high - 1 - low)))
        guesses += 1
      }
      let start = Self.idsStart + probe * 20
      let found = ObjectID(rawBytes: UnsafeRawBufferPointer(rebasing: bytes[start..<start + 20]))
      if found == id {
        return offset(at: probe)
      }
      if found < id {
        low = probe + 1
        lowWord = found.leadingWord
      } else {
        high = probe
        highWord = found.leadingWord
      }
    }
    return nil
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
