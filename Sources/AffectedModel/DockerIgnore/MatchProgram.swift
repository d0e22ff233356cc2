/// A compiled regular expression, run as a Thompson automaton over a path's UTF-8 bytes.
///
/// The simulation keeps every live state at once (a Pike VM without captures), so it takes time
/// proportional to the path length times the program size whatever the pattern, and it needs no
/// heap memory while matching. A literal prefix and suffix that every match must have are checked
/// first, which rejects most paths without running the automaton at all.
struct MatchProgram: Sendable {
  private enum Instruction: Sendable {
    /// Consume this scalar.
    case scalar(UInt32)
    /// Consume one scalar of `sets[index]`.
    case oneOf(Int)
    /// Continue at both targets.
    case split(Int, Int)
    /// Continue at the target.
    case jump(Int)
    /// Continue at the next instruction if the assertion holds here.
    case assert(RegexNode.Assertion)
    /// The text matches.
    case match
  }

  private var instructions: [Instruction] = []
  private var sets: [RuneSet] = []
  private var requiredPrefix: [UInt8] = []
  private var requiredSuffix: [UInt8] = []

  /// Compiles the expression made of `nodes`.
  ///
  /// The expression must start with `^`: the automaton only tries matches from the start.
  init(_ nodes: [RegexNode]) {
    for node in nodes {
      emit(node)
    }
    instructions.append(.match)
    requiredPrefix = Self.literalBytes(nodes.drop { Self.isBeginText($0) }.prefix { Self.isLiteral($0) })
    let tail = nodes.reversed().drop { Self.isEndText($0) }.prefix { Self.isLiteral($0) }
    requiredSuffix = Self.literalBytes(tail.reversed())
  }

  /// Whether the whole of `text` matches.
  func matches(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard text.count >= requiredPrefix.count, text.count >= requiredSuffix.count,
      text.starts(with: requiredPrefix), text.reversed().starts(with: requiredSuffix.reversed())
    else {
      return false
    }
    let count = instructions.count
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 4 * count) { buffer in
      buffer.initialize(repeating: 0)
      var current = UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
      var next = UnsafeMutableBufferPointer(rebasing: buffer[count..<(2 * count)])
      let scratch = Scratch(
        marks: UnsafeMutableBufferPointer(rebasing: buffer[(2 * count)..<(3 * count)]),
        stack: UnsafeMutableBufferPointer(rebasing: buffer[(3 * count)...])
      )
      var generation = 1
      var live = addThreads(from: 0, at: 0, in: text, to: current, count: 0, scratch, generation)
      var position = 0
      while true {
        for index in 0..<live {
          if case .match = instructions[current[index]] {
            return true
          }
        }
        guard position < text.count, live > 0 else {
          return false
        }
        let (scalar, width) = UTF8Scalar.decode(text, at: position)
        generation += 1
        var nextLive = 0
        for index in 0..<live {
          let pc = current[index]
          if consumes(instructions[pc], scalar) {
            nextLive = addThreads(
              from: pc + 1, at: position + width, in: text, to: next, count: nextLive, scratch,
              generation)
          }
        }
        swap(&current, &next)
        live = nextLive
        position += width
      }
    }
  }

  // MARK: - Simulation

  /// Memory for following the non-consuming instructions.
  private struct Scratch {
    /// The generation in which each instruction was last reached.
    var marks: UnsafeMutableBufferPointer<Int>
    /// Instructions still to follow.
    var stack: UnsafeMutableBufferPointer<Int>
  }

  private func consumes(_ instruction: Instruction, _ scalar: UInt32) -> Bool {
    switch instruction {
    case .scalar(let expected): expected == scalar
    case .oneOf(let set): sets[set].contains(scalar)
    default: false
    }
  }

  /// Adds the consuming instructions reachable from `start` at `position` to `list`.
  ///
  /// Returns the new length of `list`.
  private func addThreads(
    from start: Int, at position: Int, in text: UnsafeBufferPointer<UInt8>,
    to list: UnsafeMutableBufferPointer<Int>, count: Int, _ scratch: Scratch, _ generation: Int
  ) -> Int {
    var count = count
    var depth = 0
    func push(_ pc: Int) {
      if scratch.marks[pc] != generation {
        scratch.marks[pc] = generation
        scratch.stack[depth] = pc
        depth += 1
      }
    }
    push(start)
    while depth > 0 {
      depth -= 1
      let pc = scratch.stack[depth]
      switch instructions[pc] {
      case .jump(let target):
        push(target)
      case .split(let first, let second):
        push(second)
        push(first)
      case .assert(let assertion):
        if holds(assertion, at: position, in: text) {
          push(pc + 1)
        }
      case .scalar, .oneOf, .match:
        list[count] = pc
        count += 1
      }
    }
    return count
  }

  private func holds(
    _ assertion: RegexNode.Assertion, at position: Int, in text: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    switch assertion {
    case .beginText:
      return position == 0
    case .endText:
      return position == text.count
    case .wordBoundary, .notWordBoundary:
      // Word characters are ASCII, so neighbouring bytes tell without decoding.
      let before = position > 0 && Ascii.isWordCharacter(UInt32(text[position - 1]))
      let after = position < text.count && Ascii.isWordCharacter(UInt32(text[position]))
      return (before != after) == (assertion == .wordBoundary)
    }
  }

  // MARK: - Compilation

  private mutating func emit(_ node: RegexNode) {
    switch node {
    case .literal(let scalar):
      instructions.append(.scalar(scalar))
    case .oneOf(let set):
      sets.append(set)
      instructions.append(.oneOf(sets.count - 1))
    case .assertion(let assertion):
      instructions.append(.assert(assertion))
    case .group(let nodes):
      for node in nodes {
        emit(node)
      }
    case .repeated(let node, .zeroOrMore):
      let split = instructions.count
      instructions.append(.jump(split))  // Replaced by the split below.
      emit(node)
      instructions.append(.jump(split))
      instructions[split] = .split(split + 1, instructions.count)
    case .repeated(let node, .zeroOrOne):
      let split = instructions.count
      instructions.append(.jump(split))  // Replaced by the split below.
      emit(node)
      instructions[split] = .split(split + 1, instructions.count)
    case .repeated(let node, .oneOrMore):
      let start = instructions.count
      emit(node)
      instructions.append(.split(start, instructions.count + 1))
    }
  }

  private static func isBeginText(_ node: RegexNode) -> Bool {
    if case .assertion(.beginText) = node { true } else { false }
  }

  private static func isEndText(_ node: RegexNode) -> Bool {
    if case .assertion(.endText) = node { true } else { false }
  }

  /// Whether `node` is a literal that UTF-8 can encode (Go accepts `\x{D800}`, which never matches).
  private static func isLiteral(_ node: RegexNode) -> Bool {
    if case .literal(let scalar) = node { Unicode.Scalar(scalar) != nil } else { false }
  }

  private static func literalBytes<S: Sequence<RegexNode>>(_ nodes: S) -> [UInt8] {
    var bytes: [UInt8] = []
    for case .literal(let scalar) in nodes {
      if let scalar = Unicode.Scalar(scalar) {
        bytes.append(contentsOf: String(Character(scalar)).utf8)
      }
    }
    return bytes
  }
}
