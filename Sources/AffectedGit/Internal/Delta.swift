/// git's delta format, in which packs store most objects as changes to another.
///
/// A delta starts with the base's size and the result's size (little-endian base-128 numbers),
/// then instructions: a byte with its high bit set copies a range of the base (its low seven bits
/// say which offset and size bytes follow; a size of zero means 65,536), any other non-zero byte
/// inserts that many bytes that follow it.
enum Delta {
  /// `base` with `delta` applied; `nil` when the delta is malformed, not made for `base`, or
  /// makes more than `limit` bytes.
  static func apply(_ delta: [UInt8], to base: [UInt8], limit: Int) -> [UInt8]? {
    delta.withUnsafeBytes { delta in
      base.withUnsafeBytes { base in apply(delta, to: base, limit: limit) }
    }
  }

  private static func apply(
    _ delta: UnsafeRawBufferPointer, to base: UnsafeRawBufferPointer, limit: Int
  ) -> [UInt8]? {
    var position = 0
    guard let baseSize = number(in: delta, at: &position), baseSize == base.count,
      let resultSize = number(in: delta, at: &position), resultSize <= limit
    else { return nil }
    var complete = false
    let result = [UInt8](unsafeUninitializedCapacity: resultSize) { output, initialized in
      let output = UnsafeMutableRawBufferPointer(output)
      var written = 0
      defer { initialized = written }
      while position < delta.count {
        let instruction = delta[position]
        position += 1
        let source: UnsafeRawBufferPointer
        if instruction & 0x80 != 0 {
          var offset = 0
          var size = 0
          for bit in 0..<7 where instruction & (1 << bit) != 0 {
            guard position < delta.count else { return }
            let value = Int(delta[position])
            position += 1
            if bit < 4 {
              offset |= value << (8 * bit)
            } else {
              size |= value << (8 * (bit - 4))
            }
          }
          if size == 0 {
            size = 0x10000
          }
          guard offset + size <= base.count else { return }
          source = UnsafeRawBufferPointer(rebasing: base[offset..<offset + size])
        } else if instruction != 0 {
          let size = Int(instruction)
          guard position + size <= delta.count else { return }
          source = UnsafeRawBufferPointer(rebasing: delta[position..<position + size])
          position += size
        } else {
          return
        }
        guard written + source.count <= resultSize else { return }
        UnsafeMutableRawBufferPointer(rebasing: output[written..<written + source.count])
          .copyMemory(from: source)
        written += source.count
      }
      complete = written == resultSize
    }
    return complete ? result : nil
  }

  /// The little-endian base-128 number at `position`, moving past it.
  private static func number(in bytes: UnsafeRawBufferPointer, at position: inout Int) -> Int? {
    var value = 0
    var shift = 0
    while position < bytes.count, shift < 57 {
      let byte = bytes[position]
      position += 1
      value |= Int(byte & 0x7f) << shift
      shift += 7
      if byte & 0x80 == 0 {
        return value
      }
    }
    return nil
  }
}
