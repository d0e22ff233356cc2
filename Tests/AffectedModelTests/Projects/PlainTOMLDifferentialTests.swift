import Testing

@testable import AffectedModel

/// The plain TOML reader against TOMLKit over generated documents, valid and invalid ones, and
/// their one-byte mutations: whatever the plain reader accepts, TOMLKit reads the same way.
@Suite("Plain TOML: generated documents")
struct PlainTOMLDifferentialTests {
  /// Writes random documents from the pieces manifests are made of, and from pieces that
  /// TOML forbids or that the plain reader leaves to TOMLKit. (No bare non-ASCII key: toml++
  /// asserts on one in a debug build.)
  struct Writer {
    var random: PackageJSONDifferentialTests.Generator

    static let keys = [
      "name", "path", "a", "b", "dependencies", "\"a\"", "'b'", "\"x y\"", "'a.b'", "1", "-",
      "a_b", "\"\"", "\"é\"", "\"a\\u0041\"", "a.b", "b.a", "a . b", "true", "\"a\\\"\"",
    ]
    static let strings = [
      "\"x\"", "\"\"", "'x'", "''", "\"a b\"", "\"../libs/x\"", "'C:\\path'", "\"tab\there\"",
      "\"é\"", "\"a\\nb\"", "\"a\\\\b\"", "\"\\u00e9\"", "\"\"\"multi\nline\"\"\"", "'''raw'''",
      "\"unterminated", "'a'b'", "\"a\"b\"", "\"\u{1}\"", "\"x\"#c", "\"\\q\"",
    ]
    static let scalars = [
      "0", "-0", "+0", "7", "-12", "+3", "007", "1_000", "123456789012345678",
      "1234567890123456789", "9223372036854775808", "1.5", "1e3", "inf", "-nan", "0x1F", "0o7",
      "0b1", "1979-05-27", "07:32:00", "1979-05-27T07:32:00Z", "true", "false", "tru", "truex",
      "TRUE", "",
    ]
    static let spaces = [" ", " ", "", "\t", "  "]
    static let ends = ["\n", "\n", "\n", "\r\n", " # note\n", "#é\n", "\r", "\n\n", "# a \u{7F}\n"]

    mutating func pick<T>(_ items: [T]) -> T {
      items[Int.random(in: 0..<items.count, using: &random)]
    }

    /// One of the first `common` items most of the time, else any item.
    mutating func pick<T>(_ items: [T], mostlyAmong common: Int) -> T {
      pick(Array(items.prefix(chance(90) ? common : items.count)))
    }

    mutating func chance(_ percent: Int) -> Bool {
      Int.random(in: 0..<100, using: &random) < percent
    }

    mutating func key() -> String {
      var key = pick(Self.keys, mostlyAmong: 12)
      while chance(25) {
        key += "." + pick(Self.keys, mostlyAmong: 12)
      }
      return key
    }

    mutating func value(depth: Int) -> String {
      switch Int.random(in: 0..<(depth < 3 ? 10 : 6), using: &random) {
      case 0, 1, 2:
        return pick(Self.strings, mostlyAmong: 8)
      case 3, 4, 5:
        return pick(Self.scalars, mostlyAmong: 6)
      case 6, 7:
        let count = Int.random(in: 0...3, using: &random)
        let separator: String = pick([",", ", ", ",\n  ", " ,", ",\r\n", ", # c\n", ",,"])
        var elements: [String] = []
        for _ in 0..<count {
          elements.append(value(depth: depth + 1))
        }
        let open: String = pick(["[", "[ ", "[\n  "])
        let close: String = pick(["]", "]", ",]", "\n]", ", ]", "]]"])
        return open + elements.joined(separator: separator)
          + (count == 0 && close.hasPrefix(",") ? "]" : close)
      default:
        let count = Int.random(in: 0...3, using: &random)
        var entries: [String] = []
        for _ in 0..<count {
          let key: String = pick(Self.keys, mostlyAmong: 10)
          let equals: String = pick([" = ", "=", " =\t"])
          entries.append(key + equals + value(depth: depth + 1))
        }
        let open: String = pick(["{", "{ "])
        let separator: String = pick([", ", ",", ",\n", " , "])
        let close: String = pick([" }", "}", "}", ", }", "\n}"])
        return open + entries.joined(separator: separator) + close
      }
    }

    mutating func line(depth: Int) -> String {
      switch Int.random(in: 0..<10, using: &random) {
      case 0, 1:
        let header: String = pick(["[", "[", "[", "[[", "[ "]) + key()
        let close: String = header.hasPrefix("[[") ? "]]" : pick(["]", "]", " ]"])
        return header + close + pick(Self.ends, mostlyAmong: 5)
      case 2:
        return pick(["", "# comment", "  # x = 1", "\t"]) + pick(Self.ends)
      default:
        let indent: String = pick(Array(Self.spaces.prefix(2)))
        let equals: String = pick([" = ", "=", " =  ", " : "])
        return indent + key() + equals + value(depth: depth) + pick(Self.ends, mostlyAmong: 5)
      }
    }

    mutating func document() -> String {
      var text = chance(3) ? "\u{FEFF}" : ""
      for _ in 0..<Int.random(in: 0...6, using: &random) {
        text += line(depth: 0)
      }
      return text
    }
  }

  /// A node written out with its tables' keys sorted, to compare two readings.
  static func described(_ node: TOMLNode) -> String {
    switch node {
    case .string(let text):
      return "s" + String(reflecting: text)
    case .bool(let value):
      return "\(value)"
    case .array(let elements):
      return "[" + elements.map(described).joined(separator: ",") + "]"
    case .table:
      let entries = node.table ?? [:]
      return "{"
        + entries.keys.sorted().map { key in
          String(reflecting: key) + "=" + (entries[key].map(described) ?? "")
        }.joined(separator: ",") + "}"
    case .other:
      return "other"
    }
  }

  /// The reading of `text` by TOMLKit, else `nil`.
  static func readByTOMLKit(_ text: String) -> String? {
    do {
      return described(try TOMLNode.parseWithTOMLKit(text))
    } catch {
      return nil
    }
  }

  /// Whether the plain reader refuses `text` or reads it as TOMLKit does; counts what it read.
  static func agrees(_ text: String, read: inout Int) -> Bool {
    guard let plain = PlainTOML.parse(text) else {
      return true
    }
    read += 1
    return described(.table(TOMLNode.Table(plain: plain))) == readByTOMLKit(text)
  }

  static let mutations = Array("[]{}=,.\"'#\\ \t\n\r0-+_ae\u{1}".utf8)

  @Test("what the plain reader accepts, TOMLKit reads the same way, mutated or not")
  func generated() {
    var writer = Writer(random: .init(state: 2027))
    var read = 0
    var mutatedAndRead = 0
    var valid = 0
    for _ in 0..<5_000 {
      let text = writer.document()
      valid += Self.readByTOMLKit(text) == nil ? 0 : 1
      #expect(Self.agrees(text, read: &read), "\(text.debugDescription)")
      let bytes = Array(text.utf8)
      guard !bytes.isEmpty else { continue }
      for _ in 0..<3 {
        let mutated = String(
          decoding: writer.random.mutation(of: bytes, with: Self.mutations), as: UTF8.self)
        #expect(Self.agrees(mutated, read: &mutatedAndRead), "\(mutated.debugDescription)")
      }
    }
    // The generator must reach both sides: documents read here, and documents left to TOMLKit.
    #expect(read > 1_000)
    #expect(valid > read)
    #expect(mutatedAndRead > 700)
  }

  @Test(
    "documents of the plain subset are read without TOMLKit, as TOMLKit reads them",
    arguments: [
      "", "# only a comment\n", "a = 1", "[a.b]\n[a]\nc = 1\n", "[a]\nb.c = 1\nb.d = 'x'\n",
      "a = [\n  1, # one\n  'two',\n]\n", "a = { b = { c = true }, d = [] }\r\n",
      "\"a b\" = 1\n'c.d' = 2\n", "[project]\nname = \"x\"\ndependencies = [\"a>=1\"]\n",
    ])
  func acceptedPlain(_ text: String) throws {
    let plain = try #require(PlainTOML.parse(text))
    #expect(Self.described(.table(TOMLNode.Table(plain: plain))) == Self.readByTOMLKit(text))
  }

  @Test(
    "documents outside the plain subset are left to TOMLKit",
    arguments: [
      "a = 1\na = 2", "[a]\n[a]", "a.b = 1\n[a]", "[a]\nb = 1\n[a.b]", "[[a]]\nb = 1",
      "a = \"\"\"x\"\"\"", "a = \"\\n\"", "a = 1.5", "a = 1979-05-27", "a = 1_000", "\u{FEFF}a = 1",
      "a = 'é'", "a = 1\rb = 2", "a = { b = 1, }", "a = {\nb = 1 }", "a = { b.c = 1 }",
      "a . b = 1", "[ a ]", "a = 1 # c\u{7F}", "a = 1#c", "[a]\nb.c = 1\n[a.b.d]",
      "a = 0123", "a = 1234567890123456789",
    ])
  func refused(_ text: String) {
    #expect(PlainTOML.parse(text) == nil)
  }
}
