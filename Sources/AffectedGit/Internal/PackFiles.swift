/// A repository's pack files, mapped once and read by any number of ``PackReader``s at a time.
///
/// Only packs git can vouch for are kept: a version-2 index beside a version 2 or 3 pack that
/// counts as many objects and ends with the checksum the index records (as libgit2 checks
/// before reading a pack). Nothing here changes after `init`.
final class PackFiles: @unchecked Sendable {
  /// The object types a pack stores (`gitformat-pack`).
  enum Kind: UInt8 {
    case commit = 1, tree = 2, blob = 3, tag = 4
    case offsetDelta = 6, referenceDelta = 7
  }

  /// A place in the packs: which pack, and the offset of an entry's header in it.
  struct Location: Hashable {
    var pack: Int
    var offset: Int
  }

  /// An object's entry in a pack, before inflating.
  struct Entry {
    var kind: Kind
    /// The inflated size: of the object, or of the delta for a delta.
    var size: Int
    /// The zlib stream, and whatever follows it in the pack.
    var data: UnsafeRawBufferPointer
    /// For a delta, where its base is.
    var base: Location?
  }

  private let packs: [(index: PackIndex, file: MappedFile)]

  /// The packs in `folder` (a repository's `objects/pack/`); `nil` when it has none.
  init?(folder: String) {
    var found: [(PackIndex, MappedFile)] = []
    for name in FileSystem.names(in: folder).sorted() where name.hasSuffix(".idx") {
      let stem = folder + name.dropLast(4)
      guard let index = PackIndex(path: stem + ".idx"),
        let file = MappedFile(path: stem + ".pack"), Self.matches(file.bytes, index)
      else { continue }
      found.append((index, file))
    }
    guard !found.isEmpty else { return nil }
    packs = found
  }

  /// Whether `bytes` are a version 2 or 3 pack of as many objects as `index` counts, ending with
  /// the checksum `index` records for its pack.
  private static func matches(_ bytes: UnsafeRawBufferPointer, _ index: PackIndex) -> Bool {
    guard bytes.count >= 32, bytes.loadBigEndian(UInt32.self, at: 0) == 0x5041_434b,
      (2...3).contains(bytes.loadBigEndian(UInt32.self, at: 4)),
      Int(bytes.loadBigEndian(UInt32.self, at: 8)) == index.count
    else { return false }
    return UnsafeRawBufferPointer(rebasing: bytes[(bytes.count - 20)...])
      .elementsEqual(index.packChecksum)
  }

  /// Where object `id` is, in the first pack that holds it.
  func locate(_ id: ObjectID) -> Location? {
    for (number, pack) in packs.enumerated() {
      if let offset = pack.index.offset(of: id) {
        return Location(pack: number, offset: offset)
      }
    }
    return nil
  }

  /// The entry at `location`; `nil` when its header is malformed or its base cannot be found.
  func entry(at location: Location) -> Entry? {
    let bytes = packs[location.pack].file.bytes
    // The pack ends with a 20-byte checksum, which no entry overlaps.
    let end = bytes.count - 20
    var position = location.offset
    guard position >= 12, position < end else { return nil }
    var byte = bytes[position]
    guard let kind = Kind(rawValue: (byte >> 4) & 0x7) else { return nil }
    var size = Int(byte & 0x0f)
    var shift = 4
    while byte & 0x80 != 0 {
      position += 1
      guard position < end, shift < 57 else { return nil }
      byte = bytes[position]
      size |= Int(byte & 0x7f) << shift
      shift += 7
    }
    position += 1
    var base: Location?
    switch kind {
    case .offsetDelta:
      guard position < end else { return nil }
      byte = bytes[position]
      var distance = Int(byte & 0x7f)
      while byte & 0x80 != 0 {
        position += 1
        guard position < end, distance < Int.max >> 8 else { return nil }
        byte = bytes[position]
        distance = ((distance + 1) << 7) | Int(byte & 0x7f)
      }
      position += 1
      guard distance > 0, distance < location.offset else { return nil }
      base = Location(pack: location.pack, offset: location.offset - distance)
    case .referenceDelta:
      guard position + 20 <= end else { return nil }
      let id = ObjectID(rawBytes: UnsafeRawBufferPointer(rebasing: bytes[position..<position + 20]))
      position += 20
      guard let found = locate(id) else { return nil }
      base = found
    default:
      break
    }
    guard position < end else { return nil }
    return Entry(
      kind: kind, size: size, data: UnsafeRawBufferPointer(rebasing: bytes[position..<end]),
      base: base)
  }
}
