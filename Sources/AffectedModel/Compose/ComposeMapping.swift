/// A YAML mapping with string keys that remembers the order its keys were written in.
///
/// Equality and hashing ignore that order: `{a: 1, b: 2}` equals `{b: 2, a: 1}`.
public struct ComposeMapping: Hashable, Sendable, Sequence {
  /// One key and its value.
  public struct Entry: Hashable, Sendable {
    /// The key, as its raw text.
    public var key: String
    /// The value.
    public var value: ComposeValue

    /// Creates an entry.
    public init(key: String, value: ComposeValue) {
      self.key = key
      self.value = value
    }
  }

  /// The entries, in the order their keys were first written.
  public private(set) var entries: [Entry] = []
  private var positions: [String: Int] = [:]

  /// Creates a mapping; a key given twice keeps its first position and its last value.
  public init(_ entries: [Entry] = []) {
    for entry in entries {
      self[entry.key] = entry.value
    }
  }

  /// Creates a mapping from key-value pairs, in order.
  public init(_ pairs: [(String, ComposeValue)]) {
    self.init(pairs.map { Entry(key: $0.0, value: $0.1) })
  }

  /// The keys, in order.
  public var keys: [String] {
    entries.map(\.key)
  }

  /// The number of keys.
  public var count: Int {
    entries.count
  }

  /// Whether the mapping has no keys.
  public var isEmpty: Bool {
    entries.isEmpty
  }

  /// The value under `key`; setting `nil` removes the key, setting a new key appends it.
  public subscript(key: String) -> ComposeValue? {
    get {
      positions[key].map { entries[$0].value }
    }
    set {
      if let newValue {
        if let position = positions[key] {
          entries[position].value = newValue
        } else {
          positions[key] = entries.count
          entries.append(Entry(key: key, value: newValue))
        }
      } else if let position = positions.removeValue(forKey: key) {
        entries.remove(at: position)
        for index in position..<entries.count {
          positions[entries[index].key] = index
        }
      }
    }
  }

  /// Whether `key` is present.
  public func contains(_ key: String) -> Bool {
    positions[key] != nil
  }

  /// Iterates over the entries in order.
  /// The mapping with the values `rewrite` replaces, or `nil` when it replaces none; `rewrite`
  /// gets each key and value in order, and returns `nil` to keep the value. Passes that change
  /// few values (interpolation, deduplication) rebuild only the mappings they change this way.
  func rewritten(_ rewrite: (_ key: String, _ value: ComposeValue) -> ComposeValue?)
    -> ComposeMapping?
  {
    var result: ComposeMapping?
    for entry in entries {
      if let value = rewrite(entry.key, entry.value) {
        if result == nil {
          result = self
        }
        result?[entry.key] = value
      }
    }
    return result
  }

  public func makeIterator() -> IndexingIterator<[Entry]> {
    entries.makeIterator()
  }

  // MARK: - Equatable and Hashable, regardless of key order

  /// Whether both mappings hold the same keys with equal values, in any order.
  public static func == (lhs: ComposeMapping, rhs: ComposeMapping) -> Bool {
    lhs.count == rhs.count && lhs.entries.allSatisfy { rhs[$0.key] == $0.value }
  }

  /// Hashes the entries in key order, so that equal mappings hash alike.
  public func hash(into hasher: inout Hasher) {
    for entry in entries.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
      hasher.combine(entry)
    }
  }
}
