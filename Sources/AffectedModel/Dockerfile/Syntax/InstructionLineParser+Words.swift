extension InstructionLineParser {
  /// Where `words` is in the text.
  private enum WordPhase {
    case betweenWords
    case inWord
    case inQuote(Unicode.Scalar)
  }

  /// The words of `rest`, split at white space outside quotes, with quotes and escape characters
  /// kept (BuildKit's `parseWords`, used for `ARG`, `ENV` and `LABEL`).
  ///
  /// An escape character keeps the character after it in the word (even white space or a quote);
  /// inside single quotes it is an ordinary character; at the very end of the line it is dropped.
  func words(_ rest: Substring) -> [String] {
    let scalars = Array(rest.unicodeScalars)
    var words: [String] = []
    var word = String.UnicodeScalarView()
    var phase = WordPhase.betweenWords
    var keepsBlank = false
    var position = 0
    while position < scalars.count {
      let scalar = scalars[position]
      let isLast = position + 1 == scalars.count
      switch phase {
      case .betweenWords:
        if GoText.isSpace(scalar) {
          position += 1
          continue
        }
        phase = .inWord
        continue
      case .inWord:
        if GoText.isSpace(scalar) {
          if keepsBlank || !word.isEmpty {
            words.append(String(word))
          }
          word = String.UnicodeScalarView()
          keepsBlank = false
          phase = .betweenWords
        } else if scalar == escape {
          if !isLast {
            word.append(scalar)
            position += 1
            word.append(scalars[position])
          }
        } else {
          if scalar == "'" || scalar == "\"" {
            phase = .inQuote(scalar)
            keepsBlank = true
          }
          word.append(scalar)
        }
      case .inQuote(let quote):
        if scalar == quote {
          phase = .inWord
          word.append(scalar)
        } else if scalar == escape && quote != "'" {
          if isLast {
            phase = .inWord
          } else {
            word.append(scalar)
            position += 1
            word.append(scalars[position])
          }
        } else {
          word.append(scalar)
        }
      }
      position += 1
    }
    if case .betweenWords = phase {
      return words
    }
    if keepsBlank || !word.isEmpty {
      words.append(String(word))
    }
    return words
  }
}
