/// Everything one path reaches (`affected explain --file PATH`): the images a change to it
/// would affect directly, and those that build on them.
public struct FileReach: Hashable, Sendable {
  /// An image the path bears on directly.
  public struct Direct: Hashable, Sendable {
    /// The image's id.
    public var id: String
    /// What the path is to the image (reaching or dropped).
    public var finding: PathFinding
    /// Whether the plan of this comparison builds the image.
    public var affected: Bool

    /// Creates an entry.
    public init(id: String, finding: PathFinding, affected: Bool) {
      self.id = id
      self.finding = finding
      self.affected = affected
    }
  }

  /// An image the path reaches through the images it builds on.
  public struct Linked: Hashable, Sendable {
    /// The image's id.
    public var id: String
    /// The images between: the one the path reaches directly first, the one this image builds
    /// on last.
    public var via: [String]
    /// Whether the plan of this comparison builds the image.
    public var affected: Bool

    /// Creates an entry.
    public init(id: String, via: [String], affected: Bool) {
      self.id = id
      self.via = via
      self.affected = affected
    }
  }

  /// The repository path.
  public var path: String
  /// Whether the path changed in the comparison.
  public var changed: Bool
  /// The images it bears on directly, by id: those it reaches and those that drop it.
  public var direct: [Direct]
  /// The images that build, transitively, on an image it reaches, by id.
  public var linked: [Linked]

  /// Creates a reach.
  public init(path: String, changed: Bool, direct: [Direct], linked: [Linked]) {
    self.path = path
    self.changed = changed
    self.direct = direct
    self.linked = linked
  }
}
