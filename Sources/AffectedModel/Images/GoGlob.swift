/// Go's `path/filepath.Match` on Unix, which BuildKit uses to expand wildcards in `COPY` and
/// `ADD` sources.
///
/// `*` matches any run of characters except `/`, `?` one character except `/`, `[…]` a class
/// (`[^…]` negated, `a-z` ranges, `\` escaping), and `\x` the character `x`. A malformed pattern
/// matches nothing, as BuildKit ignores Go's error.
enum GoGlob {
  private typealias Scalars = ArraySlice<Unicode.Scalar>

  /// Whether the characters `*`, `?` or `[` appear unescaped in `text` (fsutil's
  /// `containsWildcards`).
  static func hasWildcards(_ text: String) -> Bool {
    var escaped = false
    for scalar in text.unicodeScalars {
      if escaped {
        escaped = false
      } else if scalar == "\\" {
        escaped = true
      } else if scalar == "*" || scalar == "?" || scalar == "[" {
        return true
      }
    }
    return false
  }

  /// Whether `name` matches `pattern` as a whole.
  static func matches(_ pattern: String, _ name: String) -> Bool {
    var pattern = Scalars(pattern.unicodeScalars)
    var name = Scalars(name.unicodeScalars)
    outer: while !pattern.isEmpty {
      let (star, chunk) = nextChunk(&pattern)
      if star && chunk.isEmpty {
        // A trailing star matches the rest, unless it holds a separator.
        return !name.contains("/")
      }
      switch matchChunk(chunk, name) {
      case .matched(let rest) where rest.isEmpty || !pattern.isEmpty:
        name = rest
        continue outer
      case .malformed:
        return false
      case .matched, .failed:
        break
      }
      guard star else {
        return false
      }
      // The star may swallow characters up to the next separator.
      var index = name.startIndex
      while index < name.endIndex, name[index] != "/" {
        index += 1
        switch matchChunk(chunk, name[index...]) {
        case .matched(let rest):
          if pattern.isEmpty && !rest.isEmpty {
            continue
          }
          name = rest
          continue outer
        case .malformed:
          return false
        case .failed:
          continue
        }
      }
      return false
    }
    return name.isEmpty
  }

  private enum ChunkMatch {
    case matched(Scalars)
    case failed
    case malformed
  }

  /// Splits off the leading stars of `pattern` and the text up to the next unbracketed star.
  private static func nextChunk(_ pattern: inout Scalars) -> (star: Bool, chunk: Scalars) {
    var star = false
    while pattern.first == "*" {
      pattern = pattern.dropFirst()
      star = true
    }
    var inClass = false
    var index = pattern.startIndex
    scan: while index < pattern.endIndex {
      switch pattern[index] {
      case "\\":
        // Skip the escaped character.
        if index + 1 < pattern.endIndex {
          index += 1
        }
      case "[":
        inClass = true
      case "]":
        inClass = false
      case "*" where !inClass:
        break scan
      default:
        break
      }
      index += 1
    }
    let chunk = pattern[..<index]
    pattern = pattern[index...]
    return (star, chunk)
  }

  /// Matches `chunk` (no stars) against the start of `name`.
  private static func matchChunk(_ chunk: Scalars, _ name: Scalars) -> ChunkMatch {
    var chunk = chunk
    var name = name
    while let first = chunk.first {
      switch first {
      case "[":
        guard let character = name.first else {
          return .failed
        }
        name = name.dropFirst()
        chunk = chunk.dropFirst()
        guard let matched = matchClass(&chunk, character) else {
          return .malformed
        }
        if !matched {
          return .failed
        }
      case "?":
        guard let character = name.first, character != "/" else {
          return .failed
        }
        name = name.dropFirst()
        chunk = chunk.dropFirst()
      default:
        if first == "\\" {
          chunk = chunk.dropFirst()
          if chunk.isEmpty {
            return .malformed
          }
        }
        guard let character = name.first, let expected = chunk.first, character == expected else {
          return .failed
        }
        name = name.dropFirst()
        chunk = chunk.dropFirst()
      }
    }
    return .matched(name)
  }

  /// Reads a class after its `[` and tells whether `character` is in it; `nil` when malformed.
  private static func matchClass(_ chunk: inout Scalars, _ character: Unicode.Scalar) -> Bool? {
    var negated = false
    if chunk.first == "^" {
      negated = true
      chunk = chunk.dropFirst()
    }
    var matched = false
    var ranges = 0
    while true {
      if chunk.first == "]", ranges > 0 {
        chunk = chunk.dropFirst()
        break
      }
      guard let low = classCharacter(&chunk) else {
        return nil
      }
      var high = low
      if chunk.first == "-" {
        chunk = chunk.dropFirst()
        guard let end = classCharacter(&chunk) else {
          return nil
        }
        high = end
      }
      if low <= character && character <= high {
        matched = true
      }
      ranges += 1
    }
    return matched != negated
  }

  /// One possibly escaped character of a class; `nil` where Go reports a bad pattern.
  private static func classCharacter(_ chunk: inout Scalars) -> Unicode.Scalar? {
    guard var character = chunk.first, character != "-", character != "]" else {
      return nil
    }
    chunk = chunk.dropFirst()
    if character == "\\" {
      guard let escaped = chunk.first else {
        return nil
      }
      character = escaped
      chunk = chunk.dropFirst()
    }
    // A class must be closed before the pattern ends.
    return chunk.isEmpty ? nil : character
  }
}
