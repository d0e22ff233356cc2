/// A shell pattern of a `${VAR#pattern}`, `${VAR%pattern}` or `${VAR/pattern/replacement}` form:
/// `*` matches any run of characters, `?` any one character (neither matches a line feed), and
/// `\*`, `\?`, `\\` match themselves, as BuildKit's `convertShellPatternToRegex` builds it.
///
/// Matches are chosen in the order BuildKit's regular expressions prefer them: the leftmost
/// start, then for each `*` the shortest run (the longest for greedy patterns) that lets the rest
/// match.
struct ShellPattern {
  private enum Token: Equatable {
    case literal(Unicode.Scalar)
    case anyCharacter
    case anyRun
  }

  private let tokens: [Token]
  private let isGreedy: Bool

  /// Compiles `pattern`.
  ///
  /// - Throws: for an escape other than `\*`, `\?`, `\\`, `\}` and `\/`.
  init(_ pattern: String, isGreedy: Bool) throws {
    var tokens: [Token] = []
    var scalars = pattern.unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let scalar = pending {
      pending = scalars.next()
      switch scalar {
      case "*":
        tokens.append(.anyRun)
      case "?":
        tokens.append(.anyCharacter)
      case "\\":
        if pending == "}" || pending == "/" {
          continue
        }
        guard let escaped = pending, escaped == "*" || escaped == "?" || escaped == "\\" else {
          throw DockerfileError(
            line: nil,
            "invalid pattern (\(pattern)) in substitution: invalid escape "
              + "'\\\(pending.map(String.init) ?? "")'")
        }
        tokens.append(.literal(escaped))
        pending = scalars.next()
      default:
        tokens.append(.literal(scalar))
      }
    }
    self.init(tokens: tokens, isGreedy: isGreedy)
  }

  private init(tokens: [Token], isGreedy: Bool) {
    self.tokens = tokens
    self.isGreedy = isGreedy
  }

  /// `value` without the prefix the pattern matches, if it matches one.
  func trimmingPrefix(of value: String) -> String {
    let scalars = Array(value.unicodeScalars)
    guard let end = matchEnd(in: scalars, from: 0) else {
      return value
    }
    return String(String.UnicodeScalarView(scalars[end...]))
  }

  /// `value` without the suffix the pattern matches, if it matches one (BuildKit reverses the
  /// pattern and the value and trims a prefix).
  func trimmingSuffix(of value: String) -> String {
    let reversed = ShellPattern(tokens: tokens.reversed(), isGreedy: isGreedy)
    let scalars = Array(value.unicodeScalars.reversed())
    guard let end = reversed.matchEnd(in: scalars, from: 0) else {
      return value
    }
    return String(String.UnicodeScalarView(scalars[end...].reversed()))
  }

  /// `value` with the first match replaced by `replacement`.
  func replacingFirst(in value: String, with replacement: String) -> String {
    let scalars = Array(value.unicodeScalars)
    guard let match = firstMatch(in: scalars, from: 0) else {
      return value
    }
    var result = String.UnicodeScalarView(scalars[..<match.lowerBound])
    result.append(contentsOf: replacement.unicodeScalars)
    result.append(contentsOf: scalars[match.upperBound...])
    return String(result)
  }

  /// `value` with every match replaced, as Go's `Regexp.ReplaceAllString` does: `$0` in
  /// `replacement` stands for the match, `$$` for `$`, and an empty match right after another
  /// match is not replaced.
  func replacingAll(in value: String, with replacement: String) -> String {
    let scalars = Array(value.unicodeScalars)
    var result = String.UnicodeScalarView()
    var searchStart = 0
    var lastMatchEnd = 0
    while searchStart <= scalars.count, let match = firstMatch(in: scalars, from: searchStart) {
      result.append(contentsOf: scalars[lastMatchEnd..<match.lowerBound])
      if match.upperBound > lastMatchEnd || match.lowerBound == 0 {
        let matched = String(String.UnicodeScalarView(scalars[match]))
        result.append(contentsOf: Self.expand(replacement, match: matched).unicodeScalars)
      }
      lastMatchEnd = match.upperBound
      searchStart = max(searchStart + 1, match.upperBound)
    }
    result.append(contentsOf: scalars[lastMatchEnd...])
    return String(result)
  }

  /// The leftmost match starting at or after `start`.
  private func firstMatch(in scalars: [Unicode.Scalar], from start: Int) -> Range<Int>? {
    search(in: scalars, from: start, isAnchored: false)
  }

  /// Where the preferred match starting exactly at `start` ends, if there is one.
  private func matchEnd(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
    search(in: scalars, from: start, isAnchored: true)?.upperBound
  }

  /// A state of the search waiting to read a character (or, at `tokens.count`, a finished
  /// match), with where its match started.
  private struct Thread {
    var state: Int
    var start: Int
  }

  /// The preferred match, found by running every alternative in step, in preference order (a
  /// Pike virtual machine, as RE2 runs BuildKit's regular expressions): time grows with the
  /// pattern's length times the text's, and nothing recurses.
  private func search(
    in scalars: [Unicode.Scalar], from origin: Int, isAnchored: Bool
  ) -> Range<Int>? {
    var current: [Thread] = []
    var present = Set<Int>()
    var best: Range<Int>?
    var position = origin
    while true {
      if best == nil && (!isAnchored || position == origin) {
        for state in closure(of: 0) where present.insert(state).inserted {
          current.append(Thread(state: state, start: position))
        }
      }
      var next: [Thread] = []
      var nextPresent = Set<Int>()
      for thread in current {
        guard thread.state < tokens.count else {
          // A finished match cuts off every alternative it is preferred to.
          best = thread.start..<position
          break
        }
        guard position < scalars.count, let target = step(thread.state, on: scalars[position])
        else {
          continue
        }
        for state in closure(of: target) where nextPresent.insert(state).inserted {
          next.append(Thread(state: state, start: thread.start))
        }
      }
      if position >= scalars.count || (next.isEmpty && (best != nil || isAnchored)) {
        return best
      }
      current = next
      present = nextPresent
      position += 1
    }
  }

  /// The state after `state` reads `scalar`, or `nil` when it cannot read it.
  private func step(_ state: Int, on scalar: Unicode.Scalar) -> Int? {
    switch tokens[state] {
    case .literal(let expected): scalar == expected ? state + 1 : nil
    case .anyCharacter: scalar != "\n" ? state + 1 : nil
    case .anyRun: scalar != "\n" ? state : nil
    }
  }

  /// The states reachable from `state` without reading, in preference order: a `*` prefers to
  /// read another character when greedy and to stop when not.
  private func closure(of state: Int) -> [Int] {
    var states: [Int] = []
    var deferredRuns: [Int] = []
    var state = state
    while state < tokens.count, tokens[state] == .anyRun {
      if isGreedy {
        states.append(state)
      } else {
        deferredRuns.append(state)
      }
      state += 1
    }
    states.append(state)
    return states + deferredRuns.reversed()
  }

  /// `template` with `$$` replaced by `$`, `$0` and `${0}` by `match`, and other group
  /// references (there are no groups) by nothing, as Go's `Regexp.Expand` does.
  private static func expand(_ template: String, match: String) -> String {
    let scalars = Array(template.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      guard scalars[index] == "$", index + 1 < scalars.count else {
        result.append(scalars[index])
        index += 1
        continue
      }
      if scalars[index + 1] == "$" {
        result.append("$")
        index += 2
        continue
      }
      guard let (name, next) = groupName(in: scalars, at: index + 1) else {
        result.append("$")
        index += 1
        continue
      }
      if name.allSatisfy({ ("0"..."9").contains($0) }), Int(String(name)) == 0 {
        result.append(contentsOf: match.unicodeScalars)
      }
      index = next
    }
    return String(result)
  }

  /// The group name of a `$name` or `${name}` reference whose name starts at `start`, and the
  /// index after the reference.
  private static func groupName(
    in scalars: [Unicode.Scalar], at start: Int
  ) -> (String.UnicodeScalarView, Int)? {
    let isBraced = scalars[start] == "{"
    var index = isBraced ? start + 1 : start
    var name = String.UnicodeScalarView()
    while index < scalars.count,
      GoText.isLetter(scalars[index]) || GoText.isDigit(scalars[index]) || scalars[index] == "_"
    {
      name.append(scalars[index])
      index += 1
    }
    guard !name.isEmpty else {
      return nil
    }
    guard isBraced else {
      return (name, index)
    }
    guard index < scalars.count, scalars[index] == "}" else {
      return nil
    }
    return (name, index + 1)
  }
}
