import Testing

@testable import AffectedPlanner

/// Work shared with a second thread gives what one thread gives, in order.
@Suite("Sharing work with the second core")
struct SharedWorkTests {
  private struct Refused: Error {}

  @Test(
    "Items are mapped once each, in order, whichever thread takes them",
    arguments: [0, 1, 2, 500])
  func inOrder(count: Int) {
    let items = Array(0..<count)
    let mapped = SharedWork.map(items) { "here \($0 * 2)" } elsewhere: {
      { "there \($0 * 2)" }
    }
    #expect(mapped.count == count)
    #expect(mapped.map { Int($0.split(separator: " ")[1]) } == items.map { $0 * 2 })
  }

  @Test("When the other thread cannot start, this one maps everything")
  func otherFails() {
    let mapped = SharedWork.map(Array(0..<100)) { $0 + 1 } elsewhere: { throw Refused() }
    #expect(mapped == Array(1...100))
  }

  @Test("Background work hands back what it returned, or what it threw, as often as asked")
  func background() throws {
    let work = BackgroundWork { 42 }
    #expect(try work.result() == 42)
    #expect(try work.result() == 42)
    let failing = BackgroundWork { () throws -> Int in throw Refused() }
    #expect(throws: Refused.self) { try failing.result() }
  }
}
