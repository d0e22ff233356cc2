/// Collects the words of a shell word being processed, as BuildKit's lexer splits them: white
/// space outside quotes separates words, and empty words are dropped.
struct ShellWordSplitter {
  private(set) var words: [String] = []
  private var word = String.UnicodeScalarView()
  private var isInWord = false

  /// Adds a character that was not quoted: white space ends the current word.
  mutating func add(_ scalar: Unicode.Scalar) {
    if GoText.isSpace(scalar) {
      if isInWord && !word.isEmpty {
        words.append(String(word))
        word = String.UnicodeScalarView()
        isInWord = false
      }
    } else {
      addLiterally(scalar)
    }
  }

  /// Adds a character that belongs to the current word whatever it is.
  mutating func addLiterally(_ scalar: Unicode.Scalar) {
    word.append(scalar)
    isInWord = true
  }

  /// Adds text whose white space separates words (the value of a variable).
  mutating func add(_ text: String) {
    for scalar in text.unicodeScalars {
      add(scalar)
    }
  }

  /// Adds text that belongs to the current word whatever it holds (a quoted string).
  mutating func addLiterally(_ text: String) {
    word.append(contentsOf: text.unicodeScalars)
    isInWord = true
  }

  /// The words, the current one included.
  func finished() -> [String] {
    word.isEmpty ? words : words + [String(word)]
  }
}
