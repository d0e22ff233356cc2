extension Heredoc {
  /// The here-documents a `RUN`, `COPY` or `ADD` line opens, in order, with empty contents.
  ///
  /// Like BuildKit, this splits the line into shell words (quotes and escapes kept, `\` as the
  /// escape character whatever the file uses) and takes every word of the form
  /// `[fd]<<[-]delimiter`. A line the shell cannot split (an unterminated quote) opens none.
  ///
  /// - Throws: when a delimiter cannot be processed.
  static func markers(in line: Substring) throws -> [Heredoc] {
    var options = ShellLexer.Options()
    options.keepsQuotes = true
    options.keepsEscapes = true
    options.keepsUnsetReferences = true
    guard let output = try? ShellLexer.process(String(line), options: options) else {
      return []
    }
    return try output.words.compactMap { try Heredoc(marker: $0) }
  }

  /// The here-document a word such as `<<EOF`, `<<-'EOF'` or `3<<EOF` opens, or `nil` when the
  /// word has another form (BuildKit's `ParseHeredoc`).
  ///
  /// - Throws: when the delimiter cannot be processed as a shell word.
  init?(marker word: String) throws {
    // Most words are no marker: digits and `<` are ASCII, so their bytes tell them apart.
    let bytes = word.utf8
    guard let afterDigits = bytes.firstIndex(where: { !(0x30...0x39).contains($0) }),
      bytes[afterDigits...].starts(with: [UInt8(ascii: "<"), UInt8(ascii: "<")])
    else {
      return nil
    }
    let scalars = Array(word.unicodeScalars)
    let digits = scalars.prefix { $0.isASCII && ("0"..."9").contains($0) }
    var index = digits.count
    guard scalars[index...].starts(with: ["<", "<"]) else {
      return nil
    }
    index += 2
    let stripsLeadingTabs = index < scalars.count && scalars[index] == "-"
    if stripsLeadingTabs {
      index += 1
    }
    let rest = String(String.UnicodeScalarView(scalars[index...]))
    guard !rest.isEmpty, !rest.unicodeScalars.contains("<") else {
      return nil
    }
    var options = ShellLexer.Options()
    options.keepsUnsetReferences = true
    let words = try ShellLexer.process(rest, options: options).words
    guard words.count == 1 else {
      return nil
    }
    options.keepsQuotes = true
    let rawWords = try ShellLexer.process(rest, options: options).words
    guard rawWords.count == 1 else {
      throw DockerfileError(
        line: nil, "internal lexing of heredoc produced inconsistent results: \(rest)")
    }
    func quoteCount(_ text: String) -> Int {
      text.unicodeScalars.filter { $0 == "'" || $0 == "\"" }.count
    }
    // A delimiter that overflows Go's unsigned parsing becomes the largest value, as in BuildKit.
    let fileDescriptor = digits.isEmpty ? 0 : UInt(String(String.UnicodeScalarView(digits))) ?? .max
    self.init(
      name: words[0], fileDescriptor: fileDescriptor,
      expands: quoteCount(words[0]) == quoteCount(rawWords[0]),
      stripsLeadingTabs: stripsLeadingTabs)
  }
}
