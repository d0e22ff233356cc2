import Testing

@testable import AffectedPlanner

/// What an analysis keeps lives exactly as long as the analysis's copy of it.
@Suite("What an analysis keeps")
struct AnalysisWorkingsTests {
  private final class Marker {}

  @Test("Values kept are freed with the workings, not before")
  func keptUntilFreed() {
    weak var watched: Marker?
    var workings: AnalysisWorkings?
    do {
      let marker = Marker()
      watched = marker
      workings = AnalysisWorkings(marker, [marker], "text")
    }
    #expect(watched != nil)
    withExtendedLifetime(workings) {}
    workings = nil
    #expect(watched == nil)
  }
}
