/// Small text helpers shared by the manifest readers.
enum ManifestText {
  /// The 1-based number of the first line of `text` that contains `needle` written in double
  /// quotes, else written bare; `nil` when no line does.
  static func line(of needle: String, in text: String) -> Int? {
    guard !needle.isEmpty else {
      return nil
    }
    for candidate in ["\"\(needle)\"", "'\(needle)'", needle] {
      var number = 1
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.contains(candidate) {
          return number
        }
        number += 1
      }
    }
    return nil
  }

  /// The 1-based number of the first line of `text` that contains every string of `needles`
  /// written in double quotes, else of the first line that contains the last one (see
  /// ``line(of:in:)``).
  static func line(ofAll needles: [String], in text: String) -> Int? {
    var number = 1
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if needles.allSatisfy({ line.contains("\"\($0)\"") }) {
        return number
      }
      number += 1
    }
    return needles.last.flatMap { self.line(of: $0, in: text) }
  }

  /// The 1-based number of the first line of `text` that assigns the TOML key `key` (bare or
  /// quoted); `nil` when no line does.
  static func line(ofKey key: String, in text: String) -> Int? {
    var number = 1
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let content = trimmed(line)
      for written in [key, "\"\(key)\"", "'\(key)'"] where content.hasPrefix(written) {
        if content.dropFirst(written.count).drop(while: { $0 == " " || $0 == "\t" }).first == "=" {
          return number
        }
      }
      number += 1
    }
    return nil
  }

  /// A package name as its ecosystem compares names: Python names are lowercased with runs of
  /// `-`, `_` and `.` made one `-` (PEP 503); other names are compared as written.
  static func normalisedName(_ name: String, _ ecosystem: Project.Ecosystem) -> String {
    guard ecosystem == .python else {
      return name
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

  /// `text` without leading and trailing white space.
  static func trimmed<S: StringProtocol>(_ text: S) -> String {
    String(GoPath.trimSpace(Substring(text)))
  }
}
