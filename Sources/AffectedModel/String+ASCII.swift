extension String {
  /// Whether every byte of the string is ASCII, checked on its contiguous UTF-8 bytes (iterating
  /// the UTF-8 view costs several times more on the paths analysis checks).
  var isASCII: Bool {
    var text = self
    return text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } }
  }
}
