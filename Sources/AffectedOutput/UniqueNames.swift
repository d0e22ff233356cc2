/// Hands out names that are unique within one output (bake targets, Buildkite keys, GitLab jobs).
struct UniqueNames {
  private var taken: Set<String>
  private let maximumLength: Int

  /// Starts with `reserved` names taken and names no longer than `maximumLength` characters.
  init(reserved: Set<String> = [], maximumLength: Int = Int.max) {
    taken = reserved
    self.maximumLength = maximumLength
  }

  /// `candidate`, cut to the maximum length, or, when that is taken, the first free
  /// `candidate-2`, `candidate-3`, … (cut so the suffix fits).
  mutating func claim(_ candidate: String) -> String {
    var name = String(candidate.prefix(maximumLength))
    var counter = 1
    while taken.contains(name) {
      counter += 1
      let suffix = "-\(counter)"
      name = String(candidate.prefix(max(0, maximumLength - suffix.count))) + suffix
    }
    taken.insert(name)
    return name
  }

  /// `id` with every character outside `[A-Za-z0-9_-]` replaced by `_`; `image` when nothing is
  /// left.
  static func identifier(from id: String) -> String {
    let scalars = id.unicodeScalars.map { scalar -> Character in
      switch scalar {
      case "a"..."z", "A"..."Z", "0"..."9", "_", "-": Character(scalar)
      default: "_"
      }
    }
    return scalars.isEmpty ? "image" : String(scalars)
  }
}
