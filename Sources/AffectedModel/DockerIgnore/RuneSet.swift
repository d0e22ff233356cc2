/// A set of Unicode scalar values, as Go's regular expressions build character classes.
struct RuneSet: Sendable {
  /// The highest Unicode scalar value.
  static let maxValue: UInt32 = 0x10_FFFF

  /// Sorted, disjoint, non-adjacent ranges.
  private var ranges: [ClosedRange<UInt32>] = []
  /// Membership of the ASCII values, for speed: bit `v` of word `v / 64`.
  private var ascii: (UInt64, UInt64) = (0, 0)

  /// The empty set.
  init() {}

  /// The set holding `ranges`.
  init(_ ranges: [ClosedRange<UInt32>]) {
    for range in ranges {
      insert(range)
    }
  }

  /// The set holding one value.
  init(_ value: UInt32) {
    self.init([value...value])
  }

  /// Whether `value` is in the set.
  func contains(_ value: UInt32) -> Bool {
    if value < 64 {
      return ascii.0 & (1 << value) != 0
    }
    if value < 128 {
      return ascii.1 & (1 << (value - 64)) != 0
    }
    var low = 0
    var high = ranges.count
    while low < high {
      let middle = (low + high) / 2
      if ranges[middle].upperBound < value {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low < ranges.count && ranges[low].contains(value)
  }

  /// Adds every value of `range`.
  mutating func insert(_ range: ClosedRange<UInt32>) {
    var lower = range.lowerBound
    var upper = range.upperBound
    var kept: [ClosedRange<UInt32>] = []
    kept.reserveCapacity(ranges.count + 1)
    for existing in ranges {
      if existing.upperBound &+ 1 < lower || upper &+ 1 < existing.lowerBound {
        kept.append(existing)
      } else {
        lower = min(lower, existing.lowerBound)
        upper = max(upper, existing.upperBound)
      }
    }
    kept.append(lower...upper)
    kept.sort { $0.lowerBound < $1.lowerBound }
    ranges = kept
    guard range.lowerBound < 128 else {
      return
    }
    for value in range.lowerBound...min(range.upperBound, 127) {
      if value < 64 {
        ascii.0 |= 1 << value
      } else {
        ascii.1 |= 1 << (value - 64)
      }
    }
  }

  /// Adds every value of `other`.
  mutating func formUnion(_ other: RuneSet) {
    for range in other.ranges {
      insert(range)
    }
  }

  /// Every scalar value not in this set.
  func inverted() -> RuneSet {
    var result = RuneSet()
    var next: UInt32 = 0
    for range in ranges {
      if range.lowerBound > next {
        result.insert(next...(range.lowerBound - 1))
      }
      next = range.upperBound + 1
    }
    if next <= Self.maxValue {
      result.insert(next...Self.maxValue)
    }
    return result
  }
}
