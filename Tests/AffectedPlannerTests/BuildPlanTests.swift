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

  @Test("A plan with nothing affected has no waves")
  func empty() {
    let plan = BuildPlan(
      base: nil, head: .zero, mergeBase: nil, changedPaths: 3, images: [image("x", wave: nil)])
    #expect(plan.waveCount == 0)
    #expect(plan.waves.isEmpty)
  }
}
