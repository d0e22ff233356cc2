/// One `KEY=VALUE` entry of a compose attribute given as a list or a mapping (`build.args`, `ssh`,
/// …).
public struct ComposeKeyValue: Hashable, Sendable {
  /// The key.
  public var key: String
  /// The value; `nil` when only the key is given (`- KEY`, or `KEY:` with no value).
  public var value: String?

  /// Creates an entry.
  public init(key: String, value: String?) {
    self.key = key
    self.value = value
  }

  /// Splits list syntax: `KEY=VALUE` at the first `=`, or a bare `KEY`.
  init(listItem: String) {
    if let equals = listItem.firstIndex(of: "=") {
      self.init(
        key: String(listItem[..<equals]), value: String(listItem[listItem.index(after: equals)...]))
    } else {
      self.init(key: listItem, value: nil)
    }
  }
}
