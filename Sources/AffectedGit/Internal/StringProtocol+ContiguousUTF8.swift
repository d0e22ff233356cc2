extension StringProtocol {
  /// Calls `body` with the string's UTF-8 bytes, copying them only if they are not stored
  /// contiguously (a native Swift string always is).
  func withContiguousUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = utf8.withContiguousStorageIfAvailable(body) {
      return result
    }
    return Array(utf8).withUnsafeBufferPointer(body)
  }

  /// Whether the string sorts before `other` by its UTF-8 bytes, as git sorts paths.
  func precedesInByteOrder(_ other: some StringProtocol) -> Bool {
    withContiguousUTF8 { bytes in
      other.withContiguousUTF8 { otherBytes in
        bytes.lexicographicallyPrecedes(otherBytes)
      }
    }
  }
}
