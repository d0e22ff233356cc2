/// Quoting for POSIX shells, so that build commands survive any path, argument or tag.
enum ShellWord {
  /// `word` as one shell word: bare when every character is one no shell treats specially,
  /// otherwise in single quotes, with each `'` written as `'\''`.
  static func quoted(_ word: String) -> String {
    if !word.isEmpty, word.unicodeScalars.allSatisfy(isPlain) {
      return word
    }
    return "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
  }

  /// `words`, each quoted, separated by spaces.
  static func joined(_ words: [String]) -> String {
    words.map(quoted).joined(separator: " ")
  }

  private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", "_", "@", "%", "+", "=", ":", ",", ".", "/", "-":
      true
    default:
      false
    }
  }
}
