import Foundation
import Testing

@testable import AffectedModel

/// The byte reader of `package.json` against `JSONDecoder` (which judges what it leaves) and
/// `JSONSerialization`, over hand-written documents.
@Suite("package.json fields read from bytes")
struct PackageJSONFieldsTests {
  /// What `JSONDecoder` reads from `text`, or `nil` when it rejects it.
  static func decoded(_ text: String) -> PackageJSONFields? {
    try? JSONDecoder().decode(PackageJSONFields.self, from: Data(text.utf8))
  }

  /// Whether `JSONSerialization` accepts `text`.
  static func serializable(_ text: String) -> Bool {
    (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil
  }

  @Test(
    "valid documents read as JSONDecoder reads them",
    arguments: [
      #"{}"#,
      " \t\r\n{ \r\n\t} \n",
      #"{"name": "a", "version": "1.0.0", "private": true, "main": null}"#,
      #"{"name": 12, "workspaces": "packages/*"}"#,
      #"{"name": null, "workspaces": null, "dependencies": null}"#,
      #"{"na\u006De": "\"q\" \\ \/ \b\f\n\r\t \u00e9 \uD83D\uDE00 \u0000 é 😀"}"#,
      #"{"workspaces": ["a/*", "!a/x"]}"#,
      #"{"workspaces": ["a/*", 1]}"#,
      #"{"workspaces": []}"#,
      #"{"workspaces": {"packages": ["p/*"], "nohoist": ["**/x"]}}"#,
      #"{"workspaces": {"packages": null}}"#,
      #"{"workspaces": {"nohoist": []}}"#,
      #"{"workspaces": {"packages": [true]}}"#,
      #"{"workspaces": {"packages": "p/*"}}"#,
      #"{"workspaces": 3.5e-2}"#,
      #"{"dependencies": {"a": "^1", "b": 2, "c": null, "d": {"x": "y"}, "e": ["f"]}}"#,
      #"{"devDependencies": [], "optionalDependencies": "x", "peerDependencies": {"p": "*"}}"#,
      #"{"x": [0, -0, 1, -12, 0.5, -0.25e10, 1E+2, 1e-2, 123456789012345678901234567890]}"#,
      #"{"x": {"y": {"z": [[[], {}], [{"name": "inner"}]]}}, "name": "outer"}"#,
      #"{"x": {"a": 1, "a": 2}, "dependencies": {"k": "file:../k"}}"#,
      #"{"\u0000": "", "": "", "\ud83d\ude00": "key"}"#,
    ])
  func valid(text: String) throws {
    let fields = try #require(PackageJSONFields.reading(text))
    #expect(fields == Self.decoded(text))
    #expect(Self.serializable(text))
  }

  @Test(
    "texts outside the JSON grammar are refused, as JSONSerialization and JSONDecoder refuse them",
    arguments: [
      "", " ", "{", "}", "{]", #"{"a"}"#, #"{"a" 1}"#, #"{,"a": 1}"#, #"{"a": 1 "b": 2}"#,
      #"{'a': 1}"#, #"{a: 1}"#, #"{"a": .5}"#, #"{"a": +1}"#, #"{"a": 0x10}"#, #"{"a": NaN}"#,
      #"{"a": Infinity}"#, #"{"a": tru}"#, #"{"a": nul}"#, #"{"a": True}"#, #"{"a": "\u12"}"#,
      #"{"a": "open}"#, #"{"a": 1} x"#, #"{"a": 1} {}"#, #"{"a": 1} // note"#,
      #"{/* c */ "a": 1}"#, "{\"a\": 1}\u{0C}", "{\"a\":\u{A0}1}", #"{"name": "a""#,
    ])
  func invalid(text: String) {
    #expect(PackageJSONFields.reading(text) == nil)
    #expect(!Self.serializable(text))
    #expect(Self.decoded(text) == nil)
    #expect(!PackageJSONManifest.read(text, file: "package.json").isReadable)
  }

  /// Foundation's decoder does not check the grammar of values it skips, and takes trailing
  /// commas; the byte reader refuses these, so the manifest keeps `JSONDecoder`'s answer.
  @Test(
    "texts outside the JSON grammar that JSONDecoder tolerates are left to it",
    arguments: [
      #"{"a": 1,}"#, #"{"a": [1,]}"#, #"{"a": 01}"#, #"{"a": 1.}"#, #"{"a": -}"#, #"{"a": 1e}"#,
      #"{"a": 1e+}"#, "{\"a\": \"x\ty\"}", "{\"a\": \"x\ny\"}", #"{"a": "\x"}"#,
      #"{"a": "\u12G4"}"#, #"{"a": "\'"}"#,
    ])
  func tolerated(text: String) throws {
    #expect(PackageJSONFields.reading(text) == nil)
    let fields = try #require(Self.decoded(text))
    let reading = PackageJSONManifest.read(text, file: "package.json")
    #expect(reading.isReadable)
    #expect(reading.name == fields.name)
  }

  @Test(
    "what is left to JSONDecoder: other top-level values, repeated keys, BOM, lone surrogates",
    arguments: [
      #"[]"#, #""name""#, #"null"#, #"1"#,
      #"{"name": "a", "name": "b"}"#,
      #"{"dependencies": {"a": "1", "a": "2"}}"#,
      #"{"dependencies": {"a": 1, "a": "2"}}"#,
      #"{"workspaces": {"packages": ["a"], "packages": ["b"]}}"#,
      "\u{FEFF}{\"name\": \"a\"}",
      #"{"name": "\uD83D"}"#, #"{"name": "\uDE00\uD83D"}"#, #"{"name": "\uD83Dx"}"#,
      #"{"name": "\uD83D\u0041"}"#,
      "{\"x\": " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "}",
    ])
  func leftToJSONDecoder(text: String) {
    #expect(PackageJSONFields.reading(text) == nil)
  }

  @Test("the manifest reads the same whichever reader takes the text")
  func manifestAgrees() {
    let texts = [
      #"{"name": "w", "workspaces": ["p/*"], "dependencies": {"b": "file:../b", "a": "^1"}}"#,
      #"{"name": "w", "name": "v", "dependencies": {"b": "workspace:*"}}"#,
    ]
    for text in texts {
      let reading = PackageJSONManifest.read(text, file: "package.json")
      let fields = Self.decoded(text)
      #expect(reading.name == fields?.name)
      #expect(reading.workspace?.include == fields?.workspaces)
      #expect(reading.references.count == fields?.dependencies.map(\.count).reduce(0, +))
    }
  }
}
