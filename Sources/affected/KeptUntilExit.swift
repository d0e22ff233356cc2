/// Values the process keeps until it exits instead of freeing them.
///
/// Freeing the analysis of a large repository (hundreds of thousands of small allocations: tree
/// listings, definitions, inputs, the plan's rows) takes a noticeable share of a `plan`, and the
/// process ends right after; the operating system takes the memory back at once. Compilers skip
/// this work the same way.
enum KeptUntilExit {
  /// What was kept; only the command's thread touches it, after the analysis.
  nonisolated(unsafe) private static var values: [Any] = []

  /// Keeps `value` until the process exits.
  static func keep(_ value: Any) {
    values.append(value)
  }
}
