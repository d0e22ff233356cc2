/// A commit, copied out of the repository.
public struct Commit: Hashable, Sendable {
  /// The commit's id.
  public var id: ObjectID
  /// The id of the commit's root tree.
  public var tree: ObjectID
  /// The parents' ids, first parent first. Empty for a root commit, and for the bottom commit of a shallow
  /// clone (whose parents are not present).
  public var parents: [ObjectID]
  /// The first line of the message.
  public var summary: String

  /// Creates a commit value.
  public init(id: ObjectID, tree: ObjectID, parents: [ObjectID], summary: String) {
    self.id = id
    self.tree = tree
    self.parents = parents
    self.summary = summary
  }
}
