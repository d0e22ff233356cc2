/// One element of the regular expression BuildKit builds from a wildcard pattern.
indirect enum RegexNode: Sendable {
  /// A zero-width test on the position in the text.
  enum Assertion: Sendable {
    /// `^` or `\A`: the start of the text.
    case beginText
    /// `$` or `\z`: the end of the text.
    case endText
    /// `\b`: between an ASCII word character and something else.
    case wordBoundary
    /// `\B`: not at a `\b` position.
    case notWordBoundary
  }

  /// How often a repeated element may occur.
  enum Repetition: Sendable {
    /// `*`
    case zeroOrMore
    /// `?`
    case zeroOrOne
    /// `+`
    case oneOrMore
  }

  /// One given scalar.
  case literal(UInt32)
  /// Any one scalar of a set: a class, `.`, or a Perl class like `\d`.
  case oneOf(RuneSet)
  /// A zero-width test.
  case assertion(Assertion)
  /// A parenthesised sequence.
  case group([RegexNode])
  /// An element under `*`, `?` or `+`.
  case repeated(RegexNode, Repetition)
}
