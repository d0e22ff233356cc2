extension ComposeYAMLReader {
  /// One step of a path: a key, or a position in a sequence (written `[index]`).
  enum Step {
    case key(String)
    case index(Int)
  }

  /// `path` as layers record it.
  static func text(of path: [Step]) -> [String] {
    path.map { step in
      switch step {
      case .key(let key):
        return key
      case .index(let index):
        return "[\(index)]"
      }
    }
  }
}
