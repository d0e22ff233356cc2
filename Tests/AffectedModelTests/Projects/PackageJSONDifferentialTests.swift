import Foundation
import Testing

@testable import AffectedModel

/// The byte reader of `package.json` against `JSONDecoder` and `JSONSerialization` over
/// generated documents, valid ones and their one-byte mutations.
@Suite("package.json fields: generated documents")
struct PackageJSONDifferentialTests {
  /// A deterministic generator (SplitMix64), so that a failure can be reproduced.
  struct Generator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return value ^ (value >> 31)
    }

    /// `bytes` (not empty) with, at a random place, one byte removed, or one of `pieces`
    /// inserted or put in its place.
    mutating func mutation(of bytes: [UInt8], with pieces: [UInt8]) -> [UInt8] {
      var bytes = bytes
      let at = Int.random(in: 0..<bytes.count, using: &self)
      switch Int.random(in: 0..<3, using: &self) {
      case 0:
        bytes.remove(at: at)
      case 1:
        bytes.insert(pieces[Int.random(in: 0..<pieces.count, using: &self)], at: at)
      default:
        bytes[at] = pieces[Int.random(in: 0..<pieces.count, using: &self)]
      }
      return bytes
    }
  }

  /// Writes random valid JSON documents shaped like `package.json`.
  struct Writer {
    var random: Generator

    static let keys = [
      ("name", "name"), ("workspaces", "workspaces"), ("dependencies", "dependencies"),
      ("devDependencies", "devDependencies"), ("optionalDependencies", "optionalDependencies"),
      ("peerDependencies", "peerDependencies"), (#"na\u006de"#, "name"), ("packages", "packages"),
      ("version", "version"), ("scripts", "scripts"), ("é", "é"), (#"\u00e9x"#, "éx"),
    ]
    static let texts = [
      "a", "file:../lib", "workspace:*", "^1.2.0", "", " ", "é", "😀", #"\""#, #"\\"#, #"\/"#,
      #"\n"#, #"\t"#, #"\u0041"#, #"\u00e9"#, #"\uD83D\uDE00"#, #"\u0000"#, #"\b\f\r"#,
    ]
    static let numbers = ["0", "-0", "7", "-12", "3.25", "1e5", "2E-3", "-0.5e+2", "1000000"]
    static let spaces = ["", "", " ", "\n", "\t", "\r\n", "  "]

    mutating func pick<T>(_ items: [T]) -> T {
      items[Int.random(in: 0..<items.count, using: &random)]
    }

    mutating func space() -> String {
      pick(Self.spaces)
    }

    mutating func string() -> String {
      let count = Int.random(in: 0...3, using: &random)
      return "\"" + (0..<count).map { _ in pick(Self.texts) }.joined() + "\""
    }

    mutating func value(depth: Int) -> String {
      switch Int.random(in: 0..<(depth < 4 ? 8 : 5), using: &random) {
      case 0, 1:
        return string()
      case 2:
        return pick(Self.numbers)
      case 3:
        return pick(["true", "false", "null"])
      case 4:
        return string()
      case 5:
        let count = Int.random(in: 0...3, using: &random)
        let elements = (0..<count).map { _ in space() + value(depth: depth + 1) + space() }
        return "[" + elements.joined(separator: ",") + "]"
      default:
        return object(depth: depth)
      }
    }

    mutating func object(depth: Int) -> String {
      var used: Set<String> = []
      var members: [String] = []
      for _ in 0..<Int.random(in: 0...5, using: &random) {
        let (key, decoded) = pick(Self.keys)
        if used.insert(decoded).inserted {
          members.append(space() + "\"\(key)\"" + space() + ":" + space() + value(depth: depth + 1))
        }
      }
      return "{" + members.joined(separator: ",") + space() + "}"
    }
  }

  static let mutations = Array("{}[],:\"\\ 0-.eatfnu\u{1}\u{FEFF}x".utf8)

  @Test("valid documents read as JSONDecoder reads them; mutations never read otherwise")
  func generated() throws {
    var writer = Writer(random: Generator(state: 2026))
    var mutatedAndRead = 0
    for _ in 0..<3_000 {
      let text = writer.space() + writer.object(depth: 0) + writer.space()
      let fields = try #require(PackageJSONFields.reading(text), "\(text)")
      #expect(fields == PackageJSONFieldsTests.decoded(text), "\(text)")
      #expect(PackageJSONFieldsTests.serializable(text), "\(text)")
      for _ in 0..<4 {
        let bytes = writer.random.mutation(of: Array(text.utf8), with: Self.mutations)
        let mutated = String(decoding: bytes, as: UTF8.self)
        if let read = PackageJSONFields.reading(mutated) {
          mutatedAndRead += 1
          #expect(read == PackageJSONFieldsTests.decoded(mutated), "\(mutated)")
          #expect(PackageJSONFieldsTests.serializable(mutated), "\(mutated)")
        }
      }
    }
    #expect(mutatedAndRead > 100)
  }
}
