/// Dotted attribute paths with `*` wildcards (`services.*.build`), as compose's rules name them.
enum ComposePattern {
  /// The components of a dotted pattern.
  static func split(_ pattern: String) -> [String] {
    pattern.split(separator: ".").map(String.init)
  }

  /// Whether `path` matches `pattern` component by component, `*` matching any one component.
  static func matches(_ path: [String], _ pattern: [String]) -> Bool {
    path.count == pattern.count && zip(path, pattern).allSatisfy { $1 == "*" || $0 == $1 }
  }
}
