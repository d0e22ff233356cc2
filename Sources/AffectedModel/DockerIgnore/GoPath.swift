/// The two Go string helpers that shape `.dockerignore` patterns, reproduced byte for byte.
///
/// BuildKit reads patterns with Go's `strings.TrimSpace` and `path/filepath.Clean`; matching them
/// exactly needs their exact quirks (Unicode spaces, a leading `..` kept, `!/..` becoming `!`).
enum GoPath {
  private static let slash = UInt8(ascii: "/")
  private static let dot = UInt8(ascii: ".")

  /// `filepath.Clean` on Unix: the shortest path naming the same file by pure lexical processing.
  ///
  /// Repeated slashes collapse, `.` elements go, `..` removes the element before it (kept when
  /// nothing is left to remove in a relative path, dropped right after the root), a trailing
  /// slash goes, and an empty result becomes `.`.
  static func clean(_ path: String) -> String {
    let bytes = Array(path.utf8)
    let count = bytes.count
    if count == 0 {
      return "."
    }
    let rooted = bytes[0] == slash
    var out: [UInt8] = []
    out.reserveCapacity(count)
    var read = 0
    // `out` never shrinks below `floor`: the root slash, or the last `..` that could not go.
    var floor = 0
    if rooted {
      out.append(slash)
      read = 1
      floor = 1
    }
    func endsElement(_ index: Int) -> Bool {
      index == count || bytes[index] == slash
    }
    while read < count {
      if bytes[read] == slash {
        read += 1
      } else if bytes[read] == dot, endsElement(read + 1) {
        read += 1
      } else if bytes[read] == dot, bytes[read + 1] == dot, endsElement(read + 2) {
        read += 2
        if out.count > floor {
          // Remove the last element and the separator before it.
          var removed = out.removeLast()
          while out.count > floor, removed != slash {
            removed = out.removeLast()
          }
        } else if !rooted {
          if !out.isEmpty {
            out.append(slash)
          }
          out.append(contentsOf: [dot, dot])
          floor = out.count
        }
      } else {
        if out.count != (rooted ? 1 : 0) {
          out.append(slash)
        }
        while read < count, bytes[read] != slash {
          out.append(bytes[read])
          read += 1
        }
      }
    }
    return out.isEmpty ? "." : String(decoding: out, as: UTF8.self)
  }

  /// `strings.TrimSpace`: `text` without leading and trailing Unicode white space.
  static func trimSpace(_ text: Substring) -> Substring {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else {
      return text[text.endIndex...]
    }
    return Substring(scalars[first...last])
  }
}
