import AffectedGit
import AffectedModel

/// What a run of `affected` decided: every image, which to build in which wave, which to reuse.
///
/// The planner fills it in; the output formats render it (see `Docs/formats.md`).
public struct BuildPlan: Hashable, Sendable {
  /// The version of the plan document this value renders as.
  public static let currentSchemaVersion = 1

  /// The version of the plan document (`schemaVersion` in JSON).
  public var schemaVersion: Int
  /// The base commit; `nil` when there was none and everything counts as changed.
  public var base: ObjectID?
  /// The head commit.
  public var head: ObjectID
  /// The merge base of base and head, when one was used.
  public var mergeBase: ObjectID?
  /// How many paths changed between the two sides.
  public var changedPaths: Int
  /// Every image discovered at head, affected or not.
  public var images: [PlannedImage]
  /// Unaffected images that an affected image builds on: CI pulls them rather than rebuilding them.
  public var reused: [String]
  /// Images present at base and gone at head.
  public var removed: [String]
  /// Every project and library, affected or not, sorted by id.
  public var projects: [PlannedProject]

  /// Creates a plan.
  public init(
    schemaVersion: Int = BuildPlan.currentSchemaVersion, base: ObjectID?, head: ObjectID,
    mergeBase: ObjectID?, changedPaths: Int, images: [PlannedImage], reused: [String] = [],
    removed: [String] = [], projects: [PlannedProject] = []
  ) {
    self.schemaVersion = schemaVersion
    self.base = base
    self.head = head
    self.mergeBase = mergeBase
    self.changedPaths = changedPaths
    self.images = images
    self.reused = reused
    self.removed = removed
    self.projects = projects
  }

  /// Every image in build order: the affected ones by wave then id, then the others by id.
  public var orderedImages: [PlannedImage] {
    buildOrder.map { images[$0] }
  }

  /// The positions in ``images`` in build order (``orderedImages``), for a renderer that reads
  /// each image in place rather than copying all its fields.
  public var buildOrder: [Int] {
    images.indices.sorted { PlannedImage.precedes(images[$0], images[$1]) }
  }

  /// The images to build, by wave then id.
  public var affectedImages: [PlannedImage] {
    orderedImages.filter(\.affected)
  }

  /// How many waves there are: one more than the highest wave, 0 when nothing is affected.
  public var waveCount: Int {
    images.compactMap(\.wave).max().map { $0 + 1 } ?? 0
  }

  /// The images to build, one array per wave (index = wave number), each sorted by id.
  public var waves: [[PlannedImage]] {
    var positions = Array(repeating: [Int](), count: waveCount)
    for (position, image) in images.enumerated() {
      if let wave = image.wave {
        positions[wave].append(position)
      }
    }
    // Within a wave, build order is by id alone.
    return positions.map { wave in
      wave.sorted { PlannedImage.precedes(images[$0], images[$1]) }.map { images[$0] }
    }
  }

  /// The images to build in `wave`, sorted by id; empty for a wave that does not exist.
  public func entries(wave: Int) -> [PlannedImage] {
    affectedImages.filter { $0.wave == wave }
  }

  /// The image with `id`, if the plan has one.
  public func image(id: String) -> PlannedImage? {
    images.first { $0.id == id }
  }
}
