/// Small text helpers shared by the manifest readers.
enum ManifestText {
  /// A package name as its ecosystem compares names: Python names are lowercased with runs of
  /// `-`, `_` and `.` made one `-` (PEP 503); other names are compared as written.
  static func normalisedName(_ name: String, _ ecosystem: Project.Ecosystem) -> String {
    guard ecosystem == .python else {
      return name
    }
    if name.isASCII {
      return asciiPythonName(name)
    }
    var result = ""
    var inSeparator = false
    for character in name.lowercased() {
      if character == "-" || character == "_" || character == "." {
        inSeparator = true
        continue
      }
      if inSeparator && !result.isEmpty {
        result.append("-")
      }
      inSeparator = false
      result.append(character)
    }
    return result
  }

  /// ``normalisedName(_:_:)`` of a Python name written in ASCII, whose characters are its bytes
  /// (a `\r\n` pair stays two bytes either way).
  private static func asciiPythonName(_ name: String) -> String {
    var result: [UInt8] = []
    result.reserveCapacity(name.utf8.count)
    var inSeparator = false
    for byte in name.utf8 {
      if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") {
        inSeparator = true
        continue
      }
      if inSeparator && !result.isEmpty {
        result.append(UInt8(ascii: "-"))
      }
      inSeparator = false
      result.append((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 0x20 : byte)
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// `text` without leading and trailing white space.
  ///
  /// A text that starts and ends with an ASCII byte that is not white space is returned whole
  /// without looking at its scalars (such a byte is a whole scalar, and no ASCII white space).
  static func trimmed<S: StringProtocol>(_ text: S) -> String {
    let whole = String(text)
    let isKept = { (byte: UInt8) in byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte) }
    if let first = whole.utf8.first, let last = whole.utf8.last, isKept(first), isKept(last) {
      return whole
    }
    return String(GoPath.trimSpace(Substring(whole)))
  }
}
