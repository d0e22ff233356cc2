import Yams

extension ComposeYAMLReader {
  /// How Yams is asked to resolve the tags of untagged plain scalars.
  ///
  /// The reader keeps scalars as their raw text, so it needs a tag only to tell YAML's null, the
  /// merge key and `!reset`/`!override` apart, and all of those it decides from the raw scalar and
  /// its style. Yams still resolves the tag of every mapping key when it checks for duplicates, and
  /// its default resolver runs up to seven regular expressions per key to do so. When the text
  /// holds no tag at all, nothing depends on that resolution: without it, keys only compare by
  /// their text, so Yams finds every duplicate it finds with it (and possibly more, such as `1`
  /// and `"1"`, which is why an invalid text is read again with resolution).
  enum Tags: Equatable {
    /// The text holds no tag: Yams resolves nothing (`Resolver.basic`), every key is a string.
    case absent
    /// The text may hold tags: Yams' default resolver, whose answers the reader was built on.
    case resolved

    /// The resolver Yams is given.
    var resolver: Resolver {
      switch self {
      case .absent:
        return .basic
      case .resolved:
        return .default
      }
    }
  }

  /// Whether `text` may hold a YAML tag: a `!` that does not follow an ASCII letter or digit.
  ///
  /// A tag is a node's property, so it starts the text or follows a space, a line break or an
  /// indicator (`[`, `{`, `,`, `:`, `?`, `-`); a `!` inside `hi!` or `a!=b` cannot start one. A `!`
  /// in `x != y` or in a comment is counted too, which only costs the reading with resolution.
  static func mayHoldTags(_ text: String) -> Bool {
    var previous = UInt8(ascii: "\n")
    for byte in text.utf8 {
      if byte == UInt8(ascii: "!") && !isLetterOrDigit(previous) {
        return true
      }
      previous = byte
    }
    return false
  }

  private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      return true
    default:
      return false
    }
  }
}
