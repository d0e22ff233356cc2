import Foundation

/// Compose-like YAML texts made from a seed: rich ones (services with nested blocks, flow
/// collections, scalars of every style, anchors, aliases and merge keys, tags, several documents),
/// plain ones (block mappings and sequences of plain scalars, with the constructs that end or
/// break them), and now and then a mistake (a duplicate key, a tab, an unclosed bracket, an
/// undefined alias, a continuation line, a misplaced indentation).
struct ComposeTextGenerator {
  private var state: UInt64
  /// The anchors defined so far in the document, and whether each names a mapping.
  private var anchors: [(name: String, isMapping: Bool)] = []
  private var lines: [String] = []

  /// Creates a generator whose texts depend only on `seed`.
  init(seed: UInt64) {
    state = seed
  }

  private static let keys = [
    "image", "build", "context", "dockerfile", "environment", "command", "ports", "volumes",
    "labels", "depends_on", "x-extra", "1", "\"1\"", "true", "'yes'", "null", "~", "\"<<\"",
    "a b", "'quoted key'", "\"dq\"", "01", "=", "key.with.dots", "${X}",
  ]
  private static let scalars = [
    "a", "web", "1", "01", "0x1F", "1.5", "1e3", "true", "yes", "on", "null", "Null", "NULL", "~",
    "=", "<<", "x!", "$V", "${TAG:-latest}", "$$escaped", "2001-12-14", "\"1\"", "'true'",
    "\"null\"", "'~'", "\"<<\"", "''", "\"\"", "\"a\\tb\"", "'it''s'", "./app", "8080:80",
    "echo hi", "\"${A}/b\"", "é", "a: b", "- x",
  ]
  private static let tags = ["!reset ", "!override ", "!!str ", "!!int ", "!!null ", "! ", "!x "]

  private mutating func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }

  private mutating func pick(_ choices: [String]) -> String {
    choices[next(choices.count)]
  }

  /// A new text of one to three documents.
  mutating func text() -> String {
    lines = []
    let documents = next(5) == 0 ? 2 + next(2) : 1
    for index in 0..<documents {
      anchors = []
      if index > 0 || next(8) == 0 {
        lines.append("---")
      }
      document()
    }
    if next(6) == 0 {
      injectMistake()
    }
    return lines.joined(separator: "\n") + (next(10) == 0 ? "" : "\n")
  }

  private mutating func document() {
    switch next(20) {
    case 0:
      lines.append(pick(Self.scalars))
    case 1:
      lines.append("- a\n- b")
    case 2:
      lines.append("# only a comment")
    default:
      lines.append("x-base: &base")
      mapping(indent: 2, depth: 1)
      anchors.append(("base", true))
      lines.append("x-name: &name \(scalar())")
      anchors.append(("name", false))
      lines.append("services:")
      for service in 0..<(1 + next(4)) {
        lines.append("  s\(service):")
        mapping(indent: 4, depth: 2)
      }
      if next(3) == 0 {
        lines.append("volumes: {data: {}, other: ~}")
      }
    }
  }

  private mutating func scalar(inFlow: Bool = false) -> String {
    var text = pick(Self.scalars)
    if inFlow && (text == "a: b" || text == "- x") {
      text = "b"
    }
    if next(14) == 0 {
      text = pick(Self.tags) + text
    }
    return text
  }

  private mutating func alias(mappingOnly: Bool) -> String {
    let names = anchors.filter { $0.isMapping || !mappingOnly }.map(\.name)
    guard !names.isEmpty, next(30) != 0 else {
      return "*missing"
    }
    return "*" + pick(names)
  }

  private mutating func mapping(indent: Int, depth: Int) {
    let pad = String(repeating: " ", count: indent)
    var used: [String] = []
    for _ in 0..<(1 + next(5)) {
      var key = pick(Self.keys)
      if used.contains(key) && next(4) != 0 {
        continue
      }
      used.append(key)
      if next(16) == 0 {
        key = pick(Self.tags) + key
      }
      entry(key: key, pad: pad, indent: indent, depth: depth)
    }
  }

  private mutating func entry(key: String, pad: String, indent: Int, depth: Int) {
    switch next(depth > 3 ? 7 : 12) {
    case 0:
      lines.append("\(pad)\(key):")
    case 1:
      lines.append("\(pad)\(key): \(alias(mappingOnly: false))")
    case 2:
      let sources = ["*base", "[*base]", alias(mappingOnly: true), "oops", "{m: 1}"]
      lines.append("\(pad)<<: \(pick(sources))")
    case 3:
      lines.append("\(pad)\(key): [\(scalar(inFlow: true)), {k: \(scalar(inFlow: true))}, []]")
    case 4:
      lines.append("\(pad)\(key): {\(scalar(inFlow: true)): \(scalar(inFlow: true)), n: }")
    case 5:
      lines.append("\(pad)\(key): \(pick(["|", ">", "|-", ">+"]))")
      lines.append("\(pad)  line one $HOME")
      lines.append("\(pad)  line two")
    case 6:
      lines.append("\(pad)\(key): \(scalar())")
    case 7, 8:
      let anchor = next(4) == 0 ? "a\(lines.count)" : nil
      lines.append("\(pad)\(key):" + (anchor.map { " &\($0)" } ?? ""))
      mapping(indent: indent + 2, depth: depth + 1)
      if let anchor {
        anchors.append((anchor, true))
      }
    case 9:
      lines.append("\(pad)\(key):")
      for _ in 0..<(1 + next(3)) {
        lines.append("\(pad)  - \(next(3) == 0 ? "k: \(scalar(inFlow: true))" : scalar())")
      }
    case 10:
      lines.append("\(pad)\(pick(["!reset", "!override", "!!map", "!x"])) \(key):")
      mapping(indent: indent + 2, depth: depth + 1)
    default:
      lines.append("\(pad)\(key): \(pick(["!reset []", "!override [x]", "!reset", "!!null ''"]))")
    }
  }

  private mutating func injectMistake() {
    guard !lines.isEmpty else {
      return
    }
    let index = next(lines.count)
    switch next(4) {
    case 0:
      lines.insert(lines[index], at: index)
    case 1:
      lines[index] = "\t" + lines[index]
    case 2:
      lines[index] += " ["
    default:
      lines[index] += " *nowhere"
    }
  }

  // MARK: - Plain texts

  private static let plainKeys = [
    "services", "image", "build", "context", "dockerfile", "env_file", "depends_on", "a-b",
    "x.y", "a/b", "_x", "1", "01", "null", "true", "K", "k9",
  ]
  /// Scalars the subset read without Yams holds, some of which look like what it leaves out.
  private static let plainScalars = [
    "web", "registry.example.com/a/b", "../..", "services/x/Dockerfile", ".env", "~", "null",
    "Null", "NULL", "nulls", "~/x", "$HOME", "${TAG:-latest}", "${A}", "a$b", "$$x", "8080:80",
    "a:b", "x,y", "a{b}", "echo  hi", "a=b", "1.5", "0x1F", "yes", "a@b", "/abs", "_u", "a :b",
    "...", "a,", "a}", "x-", "1:2:3", "a b:c", ".", "a~",
  ]
  /// Keys and scalars that end a plain scalar, start another construct or break the text.
  private static let oddTexts = [
    "a: b", "a:", "{a}", "+1", "@x", "=x", "-x", "- x", "? x", "a ?b", "a #b", "a#b", "'q'",
    "\"q\"", "*x", "&y z", "!t x", "|", ">", "%x", "`x`", "[a]", "\u{E9}", "---", "~", "a b",
  ]

  private mutating func plainScalar() -> String {
    next(15) == 0 ? pick(Self.oddTexts) : pick(Self.plainScalars)
  }

  /// A new text of block mappings and sequences of plain scalars, sometimes broken.
  mutating func plainText() -> String {
    lines = next(10) == 0 ? ["# header"] : []
    plainMapping(indent: 0, depth: 0)
    for _ in 0..<[0, 0, 0, 1, 2][next(5)] {
      mutatePlain()
    }
    return lines.joined(separator: "\n") + (next(10) == 0 ? "" : "\n")
  }

  private mutating func plainMapping(indent: Int, depth: Int) {
    let pad = String(repeating: " ", count: indent)
    for _ in 0..<(1 + next(5)) {
      let key = next(20) == 0 ? pick(Self.oddTexts) : pick(Self.plainKeys)
      switch next(depth > 3 ? 3 : 6) {
      case 0, 1:
        lines.append("\(pad)\(key): \(plainScalar())")
      case 2:
        lines.append("\(pad)\(key):")
      case 3:
        lines.append("\(pad)\(key):")
        plainMapping(indent: indent + [2, 2, 2, 4, 1][next(5)], depth: depth + 1)
      default:
        lines.append("\(pad)\(key):")
        let itemPad = String(repeating: " ", count: indent + [2, 2, 4, 0][next(4)])
        for _ in 0..<(1 + next(3)) {
          let item =
            next(12) == 0 ? pick(["-", "- a: b", "-x", "- - x"]) : "- " + plainScalar()
          lines.append(itemPad + item)
        }
      }
    }
  }

  private mutating func mutatePlain() {
    let index = next(lines.count)
    let indent = lines[index].prefix { $0 == " " }.count
    switch next(10) {
    case 0:
      lines.insert(lines[index], at: index)
    case 1:
      lines[index] += " "
    case 2:
      lines.insert(String(repeating: " ", count: indent + 1 + next(4)) + "more", at: index + 1)
    case 3:
      lines.insert(String(repeating: " ", count: next(6)) + "# note", at: index + 1)
    case 4:
      lines.insert(String(repeating: " ", count: next(3)), at: index + 1)
    case 5:
      lines[index] = (next(2) == 0 ? " " : "") + lines[index].dropFirst(next(2))
    case 6:
      lines.insert(String(repeating: " ", count: indent) + "- item", at: index + 1)
    case 7:
      lines[index] += pick([":", " # c", ": x", "\t", "\r"])
    case 8:
      lines.insert(lines[index].replacingOccurrences(of: ": ", with: ":  "), at: index)
    default:
      lines[index] = pick(["\t", "\u{FEFF}", "--- ", "%YAML 1.2\n---\n", "? "]) + lines[index]
    }
  }
}
