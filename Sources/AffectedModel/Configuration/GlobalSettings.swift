/// The settings of `affected.yml` that apply to every node: `ignore`, `global` and `exclude`.
///
/// When they differ between base and head, every node counts as affected: the rules that
/// decide what a change touches (`ignore`, `global`) or which nodes exist (`exclude`) are not
/// the same on both sides, so no node's result can be trusted to carry over.
public struct GlobalSettings: Hashable, Sendable {
  /// Changes to matching paths never count, for any node.
  public var ignore: GlobSet
  /// A change to a matching path affects every node.
  public var global: GlobSet
  /// Discovery finds nothing at matching paths.
  public var exclude: GlobSet

  /// Creates global settings; each list is empty unless given.
  public init(ignore: GlobSet = .empty, global: GlobSet = .empty, exclude: GlobSet = .empty) {
    self.ignore = ignore
    self.global = global
    self.exclude = exclude
  }
}
