import AffectedGit
import AffectedPlanner
import Testing

@Suite("Build plan value")
struct BuildPlanTests {
  private func image(_ id: String, wave: Int?) -> PlannedImage {
    PlannedImage(
      id: id, name: id, source: "compose.yaml", context: id, dockerfile: "\(id)/Dockerfile",
      image: id, wave: wave)
  }

  private var plan: BuildPlan {
    BuildPlan(
      base: nil, head: .zero, mergeBase: nil, changedPaths: 0,
      images: [
        image("z", wave: nil), image("c", wave: 1), image("b", wave: 0), image("a", wave: 1),
        image("y", wave: nil),
      ])
  }

  @Test("Images are ordered by wave then id, unaffected ones last")
  func order() {
    #expect(plan.orderedImages.map(\.id) == ["b", "a", "c", "y", "z"])
    #expect(plan.affectedImages.map(\.id) == ["b", "a", "c"])
    #expect(plan.orderedImages.map(\.affected) == [true, true, true, false, false])
  }

  @Test("Waves group the affected images by wave number")
  func waves() {
    #expect(plan.schemaVersion == 1)
    #expect(plan.waveCount == 2)
    #expect(plan.waves.map { $0.map(\.id) } == [["b"], ["a", "c"]])
    #expect(plan.entries(wave: 1).map(\.id) == ["a", "c"])
    #expect(plan.entries(wave: 7).isEmpty)
    #expect(plan.image(id: "y")?.wave == nil)
  }

  @Test("Waves hold each wave's affected images by id, gaps included, whatever the input order")
  func wavesWithGaps() {
    let waves = [3, nil, 0, 3, 1, nil, 0, 3, 1, 0]
    let plan = BuildPlan(
      base: nil, head: .zero, mergeBase: nil, changedPaths: 0,
      images: waves.enumerated().map { image("i\(($0.offset * 7) % 10)", wave: $0.element) })
    #expect(
      plan.waves.map { $0.map(\.id) } == [["i2", "i3", "i4"], ["i6", "i8"], [], ["i0", "i1", "i9"]])
    #expect(plan.orderedImages.map(\.id) == plan.waves.flatMap { $0.map(\.id) } + ["i5", "i7"])
  }

  @Test("A plan with nothing affected has no waves")
  func empty() {
    let plan = BuildPlan(
      base: nil, head: .zero, mergeBase: nil, changedPaths: 3, images: [image("x", wave: nil)])
    #expect(plan.waveCount == 0)
    #expect(plan.waves.isEmpty)
  }
}
