import Foundation
import Testing

/// A test trait that gives each test case its own empty temporary folder and deletes it afterwards.
///
/// Apply it to a test or to a whole suite, then read the folder with `ScratchDirectory.url`:
///
/// ```swift
/// @Suite(.scratchDirectory)
/// struct HistoryTests {
///   @Test func commits() throws {
///     let repository = try RepositoryBuilder(at: ScratchDirectory.url, fixture: "fullstack")
///   }
/// }
/// ```
///
/// The folder is bound to the running task, so tests that run in parallel never share one.
public struct ScratchDirectory: TestTrait, SuiteTrait, TestScoping {
  @TaskLocal private static var current: URL?

  /// The scratch folder of the running test case.
  ///
  /// - Throws: `TestSupportError.noScratchDirectory` if the test lacks the `.scratchDirectory`
  ///   trait.
  public static var url: URL {
    get throws {
      guard let current else { throw TestSupportError.noScratchDirectory }
      return current
    }
  }

  /// Whether a suite's trait applies to every test case inside it; always `true`.
  public var isRecursive: Bool { true }

  /// Creates a unique folder, runs the test case with it as `ScratchDirectory.url`, deletes it.
  public func provideScope(
    for test: Test,
    testCase: Test.Case?,
    performing function: @Sendable () async throws -> Void
  ) async throws {
    let folder = FileManager.default.temporaryDirectory
      .appending(path: "affected-tests-\(UUID().uuidString)", directoryHint: .isDirectory)
      .resolvingSymlinksInPath()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try await ScratchDirectory.$current.withValue(folder) {
      try await function()
    }
  }
}

extension Trait where Self == ScratchDirectory {
  /// Gives each test case its own temporary folder, readable as `ScratchDirectory.url`.
  public static var scratchDirectory: Self { ScratchDirectory() }
}
