/// The running state of 64-bit FNV-1a, the hash of ``ContentDigest``, fed piece by piece so that
/// the digested text is never built as one string.
struct DigestHasher {
  /// The hash of the bytes added so far (FNV-1a's offset basis when none were).
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  /// Adds one byte.
  mutating func add(_ byte: UInt8) {
    value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
  }

  /// Adds the UTF-8 bytes of `text`.
  mutating func add(_ text: some StringProtocol) {
    let done: Void? = text.utf8.withContiguousStorageIfAvailable { add(bytes: $0) }
    if done == nil {
      add(bytes: text.utf8)
    }
  }

  /// Adds `bytes`, in order.
  private mutating func add(bytes: some Sequence<UInt8>) {
    for byte in bytes {
      add(byte)
    }
  }
}
