/// One PEP 508 requirement (`name[extra] >=1 ; marker`, `name @ file:../x`), as far as projects
/// care: the name, and a local path when its URL is a `file:` one.
struct PythonRequirement: Hashable, Sendable {
  /// The distribution name, as written.
  var name: String
  /// The path of a `file:` URL (relative as written, or absolute), if any.
  var localPath: String?
  /// Whether the requirement names a URL that is not `file:` (git, https, …).
  var isRemote: Bool

  /// Reads `text`; `nil` when it does not start with a distribution name.
  init?(_ text: String) {
    let text = ManifestText.trimmed(text)
    let name = Self.name(startingWith: text)
    guard !name.isEmpty else {
      return nil
    }
    self.name = String(name)
    localPath = nil
    isRemote = false
    var rest = Substring(ManifestText.trimmed(text[name.endIndex...]))
    if rest.first == "[", let close = rest.firstIndex(of: "]") {
      rest = Substring(ManifestText.trimmed(rest[rest.index(after: close)...]))
    }
    guard rest.first == "@" else {
      return
    }
    let url = ManifestText.trimmed(rest.dropFirst()).prefix { $0 != ";" && $0 != " " }
    if let path = Self.filePath(String(url)) {
      localPath = path
    } else {
      isRemote = true
    }
  }

  /// The distribution name that starts `text`: its letters, digits, `-`, `_` and `.`.
  ///
  /// An ASCII name ended by an ASCII byte is found on bytes (each of those characters is one
  /// byte); anything else is read character by character.
  private static func name(startingWith text: String) -> Substring {
    let bytes = text.utf8
    var end = bytes.startIndex
    while end < bytes.endIndex, isASCIINameByte(bytes[end]) {
      bytes.formIndex(after: &end)
    }
    if end == bytes.endIndex || bytes[end] < 0x80 {
      return text[..<end]
    }
    return text.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
  }

  private static func isASCIINameByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
      UInt8(ascii: "."):
      return true
    default:
      return false
    }
  }

  /// The path a `file:` URL names (`file:../x`, `file:///srv/x`, `file://host/srv/x`), or `nil`
  /// for any other text.
  static func filePath(_ url: String) -> String? {
    guard url.hasPrefix("file:") else {
      return nil
    }
    var path = Substring(url.dropFirst("file:".count))
    if path.hasPrefix("//") {
      path = path.dropFirst(2)
      // An authority (host) runs up to the next slash; the path after it is absolute.
      path = path.firstIndex(of: "/").map { path[$0...] } ?? ""
    }
    if let fragment = path.firstIndex(of: "#") {
      path = path[..<fragment]
    }
    return path.isEmpty ? nil : String(path)
  }
}
