import CLibGit2

/// A git object id (SHA-1), printed as 40 hexadecimal digits. Wraps `git_oid`.
public struct ObjectID: Hashable, Sendable, Comparable, CustomStringConvertible {
  private var high: UInt64
  private var middle: UInt64
  private var low: UInt32

  /// The all-zero id, which git uses for "no object".
  public static let zero = ObjectID(high: 0, middle: 0, low: 0)

  private init(high: UInt64, middle: UInt64, low: UInt32) {
    self.high = high
    self.middle = middle
    self.low = low
  }

  init(_ oid: git_oid) {
    var copy = oid
    var high: UInt64 = 0
    var middle: UInt64 = 0
    var low: UInt32 = 0
    withUnsafeBytes(of: &copy.id) { bytes in
      for index in 0..<8 { high = high << 8 | UInt64(bytes[index]) }
      for index in 8..<16 { middle = middle << 8 | UInt64(bytes[index]) }
      for index in 16..<20 { low = low << 8 | UInt32(bytes[index]) }
    }
    self.init(high: high, middle: middle, low: low)
  }

  /// The id stored as 20 raw bytes at the start of `bytes`, which holds at least 20: as tree
  /// objects and pack indexes store ids.
  init(rawBytes bytes: UnsafeRawBufferPointer) {
    self.init(
      high: UInt64(bigEndian: bytes.loadUnaligned(as: UInt64.self)),
      middle: UInt64(bigEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self)),
      low: UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: 16, as: UInt32.self)))
  }

  /// The id's first byte, by which a pack index sorts ids into 256 ranges.
  var firstByte: UInt8 { UInt8(truncatingIfNeeded: high >> 56) }

  /// The id's first eight bytes as one big-endian number: ids sort as their leading words do,
  /// ties aside.
  var leadingWord: UInt64 { high }

  /// Parses 40 hexadecimal digits; `nil` for anything else.
  public init?(hex: String) {
    let digits = Array(hex.utf8)
    guard digits.count == 40 else { return nil }
    var values: [UInt8] = []
    values.reserveCapacity(40)
    for digit in digits {
      switch digit {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): values.append(digit - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): values.append(digit - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): values.append(digit - UInt8(ascii: "A") + 10)
      default: return nil
      }
    }
    func number(_ range: Range<Int>) -> UInt64 {
      range.reduce(0) { $0 << 4 | UInt64(values[$1]) }
    }
    self.init(high: number(0..<16), middle: number(16..<32), low: UInt32(number(32..<40)))
  }

  /// Whether this is the all-zero id.
  public var isZero: Bool { self == .zero }

  /// The id as libgit2 expects it.
  var raw: git_oid {
    var oid = git_oid()
    withUnsafeMutableBytes(of: &oid.id) { bytes in
      for index in 0..<8 { bytes[index] = UInt8(truncatingIfNeeded: high >> (56 - 8 * index)) }
      for index in 0..<8 { bytes[8 + index] = UInt8(truncatingIfNeeded: middle >> (56 - 8 * index)) }
      for index in 0..<4 { bytes[16 + index] = UInt8(truncatingIfNeeded: low >> (24 - 8 * index)) }
    }
    return oid
  }

  /// The full 40-digit lowercase hexadecimal form.
  public var description: String {
    // Written digit by digit into one buffer: ids are formatted for every file listed.
    String(unsafeUninitializedCapacity: 40) { buffer in
      Self.write(high, digits: 16, into: buffer, at: 0)
      Self.write(middle, digits: 16, into: buffer, at: 16)
      Self.write(UInt64(low), digits: 8, into: buffer, at: 32)
      return 40
    }
  }

  /// Writes the last `count` hexadecimal digits of `value`, lowercase and the highest first, to
  /// `buffer` from `start`.
  private static func write(
    _ value: UInt64, digits count: Int, into buffer: UnsafeMutableBufferPointer<UInt8>,
    at start: Int
  ) {
    for index in 0..<count {
      let digit = UInt8(truncatingIfNeeded: value &>> UInt64(4 * (count - 1 - index))) & 0xf
      buffer[start + index] =
        digit < 10 ? UInt8(ascii: "0") &+ digit : UInt8(ascii: "a") &+ (digit &- 10)
    }
  }

  /// The first `length` hexadecimal digits (git's default abbreviation is 7).
  public func abbreviated(_ length: Int = 7) -> String {
    String(description.prefix(length))
  }

  /// Hashes the first eight bytes only: an id's bytes are already uniformly spread, and ids are
  /// hashed for every tree listing kept and looked up. Equal ids have equal first bytes.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(high)
  }

  public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool {
    (lhs.high, lhs.middle, lhs.low) < (rhs.high, rhs.middle, rhs.low)
  }
}
