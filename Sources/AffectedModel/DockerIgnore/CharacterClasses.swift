/// The named classes of Go's regular expressions, all ASCII-only.
enum CharacterClasses {
  private static let digits: [ClosedRange<UInt32>] = [0x30...0x39]
  private static let upper: [ClosedRange<UInt32>] = [0x41...0x5A]
  private static let lower: [ClosedRange<UInt32>] = [0x61...0x7A]
  private static let word: [ClosedRange<UInt32>] = digits + upper + [0x5F...0x5F] + lower

  /// The ranges of each POSIX class, by the name written between `[:` and `:]`.
  private static let posixRanges: [String: [ClosedRange<UInt32>]] = [
    "alnum": digits + upper + lower,
    "alpha": upper + lower,
    "ascii": [0x00...0x7F],
    "blank": [0x09...0x09, 0x20...0x20],
    "cntrl": [0x00...0x1F, 0x7F...0x7F],
    "digit": digits,
    "graph": [0x21...0x7E],
    "lower": lower,
    "print": [0x20...0x7E],
    "punct": [0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E],
    "space": [0x09...0x0D, 0x20...0x20],
    "upper": upper,
    "word": word,
    "xdigit": digits + [0x41...0x46, 0x61...0x66],
  ]

  /// The class `[:name:]`, or `[:^name:]` for its complement; `nil` for an unknown name.
  static func posix(named name: String) -> RuneSet? {
    let negated = name.hasPrefix("^")
    guard let ranges = posixRanges[negated ? String(name.dropFirst()) : name] else {
      return nil
    }
    let set = RuneSet(ranges)
    return negated ? set.inverted() : set
  }

  /// The class of a Perl escape letter (`d`, `s`, `w` and their upper-case complements), or `nil`.
  static func perl(_ letter: UInt32) -> RuneSet? {
    let ranges: [ClosedRange<UInt32>]
    switch letter {
    case 0x64, 0x44: ranges = digits  // d, D
    case 0x73, 0x53: ranges = [0x09...0x0A, 0x0C...0x0D, 0x20...0x20]  // s, S
    case 0x77, 0x57: ranges = word  // w, W
    default: return nil
    }
    let set = RuneSet(ranges)
    return letter < 0x60 ? set.inverted() : set
  }
}
