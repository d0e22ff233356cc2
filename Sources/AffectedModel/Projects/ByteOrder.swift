/// Sorting of paths and ids by their UTF-8 bytes, comparing arrays of bytes instead of walking
/// the strings' views at every comparison.
enum ByteOrder {
  /// `strings` in the byte order of their UTF-8 (a prefix first).
  static func sorted(_ strings: [String]) -> [String] {
    strings.map { ($0, Array($0.utf8)) }.sorted { $0.1.lexicographicallyPrecedes($1.1) }.map(\.0)
  }

  /// `strings` in the order of `<`, which is their byte order when they are all ASCII (then
  /// compared as bytes, more cheaply).
  static func sortedAsStrings(_ strings: [String]) -> [String] {
    guard strings.allSatisfy(\.isASCII) else {
      return strings.sorted()
    }
    return sorted(strings)
  }
}
