import CLibDeflate

/// Reads objects straight from a repository's ``PackFiles``, without libgit2, on one thread.
///
/// libgit2 reads a pack under process-wide locks, so threads reading through it take turns; each
/// thread that reads many trees makes its own reader instead, with its own decompressor and its
/// own delta bases, over packs they all share. Entries are inflated whole with libdeflate, which
/// a pack allows: each entry declares the size of what it inflates to.
///
/// Objects are not hashed again, as neither git nor libgit2 (as ``LibGit2`` sets it up) does on
/// reading; each zlib stream carries its own checksum, and every size a pack or a delta declares
/// must match. Whatever does not (a malformed entry, an object over 64 MiB, a delta whose base is
/// elsewhere) is `nil`, and the caller asks libgit2, whose answer or error stands.
final class PackReader {
  /// An object's type and bytes.
  struct Object {
    var kind: PackFiles.Kind
    var bytes: [UInt8]
  }

  private let packs: PackFiles
  /// libdeflate's decompressor; `nil` when it could not be allocated.
  private let decompressor: OpaquePointer?
  /// Objects read on the way to others (delta bases), by place, so a chain is inflated once.
  private var bases: [PackFiles.Location: Object] = [:]
  /// The bytes held in `bases`.
  private var basesSize = 0
  /// How many bytes of delta bases are kept before starting over.
  private static let basesLimit = 16 << 20
  /// The largest object or delta read here; larger ones are left to libgit2.
  private static let objectLimit = 64 << 20
  /// The longest chain of deltas followed; git writes chains of at most 4,095.
  private static let chainLimit = 10_000

  init(_ packs: PackFiles) {
    self.packs = packs
    decompressor = libdeflate_alloc_decompressor()
  }

  deinit {
    libdeflate_free_decompressor(decompressor)
  }

  /// The bytes of object `id`; `nil` when the packs cannot give them or it is not of `kind`.
  func contents(of id: ObjectID, as kind: PackFiles.Kind) -> [UInt8]? {
    guard decompressor != nil, let location = packs.locate(id), let object = object(at: location),
      object.kind == kind
    else { return nil }
    return object.bytes
  }

  /// The object at `location`, its deltas applied.
  private func object(at location: PackFiles.Location) -> Object? {
    // Follow the chain of deltas down to a whole object, or to a base read before, then apply
    // the deltas back up, keeping each result as the base of the next.
    var deltas: [(location: PackFiles.Location, entry: PackFiles.Entry)] = []
    var current = location
    var object: Object
    while true {
      if let known = bases[current] {
        object = known
        break
      }
      guard let entry = packs.entry(at: current) else { return nil }
      if let base = entry.base {
        guard deltas.count < Self.chainLimit else { return nil }
        deltas.append((current, entry))
        current = base
        continue
      }
      guard let bytes = inflate(entry) else { return nil }
      object = Object(kind: entry.kind, bytes: bytes)
      if !deltas.isEmpty {
        keep(object, at: current)
      }
      break
    }
    for (index, delta) in deltas.enumerated().reversed() {
      guard let instructions = inflate(delta.entry),
        let bytes = Delta.apply(instructions, to: object.bytes, limit: Self.objectLimit)
      else { return nil }
      object.bytes = bytes
      if index > 0 {
        keep(object, at: delta.location)
      }
    }
    return object
  }

  /// Keeps `object` as the delta base at `location`.
  private func keep(_ object: Object, at location: PackFiles.Location) {
    if basesSize + object.bytes.count > Self.basesLimit {
      bases.removeAll(keepingCapacity: true)
      basesSize = 0
    }
    if bases.updateValue(object, forKey: location) == nil {
      basesSize += object.bytes.count
    }
  }

  /// The bytes `entry`'s zlib stream inflates to; `nil` unless it ends after exactly the size the
  /// entry declares and its checksum matches.
  private func inflate(_ entry: PackFiles.Entry) -> [UInt8]? {
    let size = entry.size
    guard size <= Self.objectLimit, let start = entry.data.baseAddress else { return nil }
    var result = LIBDEFLATE_BAD_DATA
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { output, initialized in
      var written = 0
      // A stream that inflates to more than `size` bytes runs out of space and fails.
      result = libdeflate_zlib_decompress_ex(
        decompressor, start, entry.data.count, output.baseAddress, size, nil, &written)
      initialized = result == LIBDEFLATE_SUCCESS ? written : 0
    }
    guard result == LIBDEFLATE_SUCCESS, bytes.count == size else { return nil }
    return bytes
  }
}
