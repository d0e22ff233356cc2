/// A compiled regular expression, run as a Thompson automaton over a path's UTF-8 bytes.
///
/// The simulation keeps every live state at once (a Pike VM without captures), so it takes time
/// proportional to the path length times the program size whatever the pattern, and it needs no
/// heap memory while matching. Literal text that every match must start with, end with, or
/// contain is checked first, which rejects most paths without running the automaton at all.
///
/// A class, so that matching borrows the program instead of copying its arrays.
final class MatchProgram: Sendable {
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

  private let instructions: [Instruction]
  private let sets: [RuneSet]
  /// Bytes every matching text starts with.
  private let requiredPrefix: [UInt8]
  /// Bytes every matching text ends with.
  private let requiredSuffix: [UInt8]
  /// Bytes every matching text contains: the longest run of literals outside any repetition.
  private let requiredInfix: [UInt8]

  /// Compiles the expression made of `nodes`.
  ///
  /// The expression must start with `^`: the automaton only tries matches from the start.
  init(_ nodes: [RegexNode]) {
    var compiler = Compiler()
    for node in nodes {
      compiler.emit(node)
    }
    compiler.instructions.append(.match)
    instructions = compiler.instructions
    sets = compiler.sets
    requiredPrefix = Self.literalBytes(
      nodes.drop(while: Self.isBeginText).prefix(while: Self.isLiteral))
    let tail = nodes.reversed().drop(while: Self.isEndText).prefix(while: Self.isLiteral)
    requiredSuffix = Self.literalBytes(tail.reversed())
    requiredInfix =
      nodes.split { !Self.isLiteral($0) }.map(Self.literalBytes).max { $0.count < $1.count } ?? []
  }

  /// Whether the whole of `text` matches.
  ///
  /// Always inlined, so that the literal checks reject most texts before any call is made.
  @inline(__always)
  func matches(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    text.starts(with: requiredPrefix) && Self.hasSuffix(text, requiredSuffix)
      && Self.contains(text, requiredInfix) && run(text)
  }

  /// Runs the automaton over `text`.
  private func run(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
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

  /// Builds the instructions of a program.
  private struct Compiler {
    var instructions: [Instruction] = []
    var sets: [RuneSet] = []

    mutating func emit(_ node: RegexNode) {
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
  }

  private static func hasSuffix(_ text: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
    text.count >= suffix.count && text[(text.count - suffix.count)...].elementsEqual(suffix)
  }

  private static func contains(_ text: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
    guard let first = needle.first else {
      return true
    }
    var start = 0
    while start + needle.count <= text.count {
      if text[start] == first, text[start..<(start + needle.count)].elementsEqual(needle) {
        return true
      }
      start += 1
    }
    return false
  }

  private static func isBeginText(_ node: RegexNode) -> Bool {
    if case .assertion(.beginText) = node { true } else { false }
  }

  private static func isEndText(_ node: RegexNode) -> Bool {
    if case .assertion(.endText) = node { true } else { false }
  }

  /// Whether `node` is a literal that UTF-8 can encode (Go accepts `\x{D800}`, which matches
  /// nothing).
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
