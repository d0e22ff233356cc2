/// Ids of graph nodes grouped by kind, as `affected list` prints them.
public struct NodeList: Sendable {
  /// Each group's name (`images`, `projects`, `libraries`) and ids, in order.
  public var groups: [(name: String, ids: [String])]

  /// Creates a list.
  public init(groups: [(name: String, ids: [String])]) {
    self.groups = groups
  }

  /// One id per line, each once, ending with a newline (empty when there is none).
  public func text() -> String {
    var seen: Set<String> = []
    return groups.flatMap(\.ids).filter { seen.insert($0).inserted }.map { $0 + "\n" }.joined()
  }

  /// `{"images":[…],…}` with the groups in order, ending with a newline.
  public func json() -> String {
    JSONValue.object(groups.map { ($0.name, .strings($0.ids)) }).rendered() + "\n"
  }
}
