/// The known word nearest a misspelt one, for "did you mean …?" in error messages.
enum KeySuggestion {
  /// The word of `known` closest to `word` by edit distance (letter case ignored), when it is
  /// close enough to be a likely typo: at most a third of the longer word's letters differ.
  static func nearest(to word: String, among known: [String]) -> String? {
    let typed = Array(word.lowercased())
    var best: (word: String, distance: Int)?
    for candidate in known {
      let distance = editDistance(typed, Array(candidate.lowercased()))
      if distance < best?.distance ?? .max {
        best = (candidate, distance)
      }
    }
    guard let best else {
      return nil
    }
    let allowed = max(1, max(typed.count, best.word.count) / 3)
    return best.distance <= allowed ? best.word : nil
  }

  /// The edit distance between `a` and `b`: the fewest insertions, deletions, substitutions
  /// and swaps of two neighbouring letters that turn one into the other (optimal string
  /// alignment).
  private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    guard !a.isEmpty, !b.isEmpty else {
      return max(a.count, b.count)
    }
    // rows[i][j]: the distance between the first i letters of a and the first j letters of b.
    var rows = [Array(0...b.count)]
    for i in 1...a.count {
      var row = [i]
      for j in 1...b.count {
        var distance = min(
          rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          distance = min(distance, rows[i - 2][j - 2] + 1)
        }
        row.append(distance)
      }
      rows.append(row)
    }
    return rows[a.count][b.count]
  }
}
