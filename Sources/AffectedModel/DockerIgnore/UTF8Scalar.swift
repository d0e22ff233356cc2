/// Reading Unicode scalars straight from well-formed UTF-8, as the matchers step through a path.
///
/// Paths and patterns come from Swift strings, so their UTF-8 is always well formed.
enum UTF8Scalar {
  /// The number of bytes in the encoding that starts with `lead`.
  static func width(ofLead lead: UInt8) -> Int {
    switch lead {
    case ..<0x80: 1
    case ..<0xE0: 2
    case ..<0xF0: 3
    default: 4
    }
  }

  /// The scalar whose encoding starts at `index`, with the number of bytes it takes.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    value: UInt32, width: Int
  ) {
    let lead = UInt32(bytes[index])
    let width = width(ofLead: bytes[index])
    guard width > 1 else {
      return (lead, 1)
    }
    var value = lead & (0xFF >> (width + 1))
    for offset in 1..<width {
      value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
    }
    return (value, width)
  }
}
