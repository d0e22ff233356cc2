/// A set of small non-negative integers as a bit array, for unions of package closures.
struct PackageBits: Sendable {
  private var words: [UInt64]

  /// An empty set able to hold `0..<capacity`.
  init(capacity: Int) {
    words = Array(repeating: 0, count: (capacity + 63) / 64)
  }

  /// Adds `element`.
  mutating func insert(_ element: Int) {
    words[element / 64] |= 1 << UInt64(element % 64)
  }

  /// Adds every element of `other`, which has the same capacity.
  mutating func formUnion(_ other: PackageBits) {
    for index in words.indices {
      words[index] |= other.words[index]
    }
  }

  /// The elements, in increasing order.
  var elements: [Int] {
    var result: [Int] = []
    for (index, word) in words.enumerated() {
      var rest = word
      while rest != 0 {
        result.append(index * 64 + rest.trailingZeroBitCount)
        rest &= rest - 1
      }
    }
    return result
  }
}
