import AffectedModel
import Foundation
import Testing

/// Checks the parser against what BuildKit's own parser returns for the files in
/// `Conformance/dockerfile/` (`NAME.Dockerfile` with `NAME.json`).
@Suite("Dockerfile conformance with BuildKit's parser")
struct DockerfileConformanceTests {
  /// The names of the conformance cases, sorted.
  static let caseNames: [String] = {
    guard let folder = conformanceFolder,
      let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else {
      return []
    }
    return files.filter { $0.hasSuffix(".Dockerfile") }
      .map { String($0.dropLast(".Dockerfile".count)) }
      .sorted()
  }()

  private static let conformanceFolder = Bundle.module
    .url(forResource: "Conformance", withExtension: nil)?
    .appendingPathComponent("dockerfile")

  @Test("the conformance cases are present")
  func casesArePresent() {
    #expect(Self.caseNames.count > 250)
  }

  @Test("parses like BuildKit", arguments: caseNames)
  func parsesLikeBuildKit(name: String) throws {
    let folder = try #require(Self.conformanceFolder)
    let source = try Data(contentsOf: folder.appendingPathComponent("\(name).Dockerfile"))
    let expected = try JSONDecoder().decode(
      ExpectedParse.self, from: Data(contentsOf: folder.appendingPathComponent("\(name).json")))
    guard expected.ok else {
      #expect(throws: DockerfileError.self, "BuildKit rejects it: \(expected.error ?? "")") {
        try Dockerfile(parsing: [UInt8](source))
      }
      return
    }
    let dockerfile = try Dockerfile(parsing: [UInt8](source))
    let actual = dockerfile.instructions.map(InstructionSnapshot.init)
    let wanted = (expected.instructions ?? []).map(InstructionSnapshot.init)
    #expect(actual.count == wanted.count)
    for (index, (mine, theirs)) in zip(actual, wanted).enumerated() {
      #expect(mine == theirs, "instruction \(index + 1)")
    }
  }
}

/// What BuildKit's parser returned for one file.
private struct ExpectedParse: Decodable {
  var ok: Bool
  var error: String?
  var instructions: [ExpectedInstruction]?
}

/// One instruction as BuildKit's parser returned it.
private struct ExpectedInstruction: Decodable {
  struct ExpectedHeredoc: Decodable {
    var name: String
    var fileDescriptor: UInt
    var content: String
  }

  var cmd: String
  var subCmd: String?
  var json: Bool
  var original: String
  var startLine: Int
  var endLine: Int
  var flags: [String]
  var value: [String]
  var heredocs: [ExpectedHeredoc]
}

/// The fields compared, with strings compared byte for byte.
private struct InstructionSnapshot: Equatable, CustomStringConvertible {
  var command: String
  var subCommand: String?
  var isJSON: Bool
  var original: String
  var lines: ClosedRange<Int>
  var flags: [String]
  var arguments: [String]
  var heredocs: [String]

  init(_ instruction: Instruction) {
    command = instruction.keyword
    subCommand = instruction.subKeyword
    isJSON = instruction.isJSON
    original = instruction.original
    lines = instruction.startLine...instruction.endLine
    flags = instruction.flags
    arguments = instruction.arguments
    heredocs = instruction.heredocs.map { "\($0.fileDescriptor)<<\($0.name):\($0.content)" }
  }

  init(_ expected: ExpectedInstruction) {
    command = expected.cmd
    subCommand = expected.subCmd
    isJSON = expected.json
    original = expected.original
    lines = expected.startLine...expected.endLine
    flags = expected.flags
    arguments = expected.value
    heredocs = expected.heredocs.map { "\($0.fileDescriptor)<<\($0.name):\($0.content)" }
  }

  var description: String {
    "\(command) sub=\(subCommand ?? "-") json=\(isJSON) lines=\(lines) "
      + "original=\(original.debugDescription) flags=\(flags) arguments=\(arguments) "
      + "heredocs=\(heredocs)"
  }

  static func == (lhs: Self, rhs: Self) -> Bool {
    func same(_ left: [String], _ right: [String]) -> Bool {
      left.map { Array($0.utf8) } == right.map { Array($0.utf8) }
    }
    return same([lhs.command, lhs.original], [rhs.command, rhs.original])
      && same(lhs.subCommand.map { [$0] } ?? [], rhs.subCommand.map { [$0] } ?? [])
      && lhs.isJSON == rhs.isJSON && lhs.lines == rhs.lines
      && same(lhs.flags, rhs.flags) && same(lhs.arguments, rhs.arguments)
      && same(lhs.heredocs, rhs.heredocs)
  }
}
