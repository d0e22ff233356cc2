import Testing

@testable import AffectedModel

@Suite("Compose YAML: anchors, merge keys, tags, raw scalars, errors")
struct ComposeYAMLTests {
  private func layer(_ yaml: String) -> (
    value: ComposeMapping, layer: ComposeLayer?, diagnostics: [Diagnostic]
  ) {
    let (layers, diagnostics) = ComposeYAMLReader.layers(of: yaml, file: "compose.yaml")
    return (layers.first?.value ?? ComposeMapping(), layers.first, diagnostics)
  }

  @Test("an alias copies the anchored block")
  func aliases() {
    let (value, _, diagnostics) = layer(
      """
      x-base: &base
        image: app
        ports: ["80"]
      services:
        web: *base
      """)
    #expect(diagnostics.isEmpty)
    #expect(value["services"]?["web"]?["image"] == .string("app"))
    #expect(value["services"]?["web"]?["ports"] == .sequence([.string("80")]))
  }

  @Test("a merge key copies keys the mapping does not set itself")
  func mergeKeyExplicitKeysWin() {
    let (value, _, _) = layer(
      """
      x-common: &common
        image: base
        environment: {A: "1"}
      services:
        web:
          image: mine
          <<: *common
      """)
    let web = value["services"]?["web"]
    #expect(web?["image"] == .string("mine"))
    #expect(web?["environment"]?["A"] == .string("1"))
    #expect(web?.mapping?.keys.contains("<<") == false)
  }

  @Test("in a list of merge sources, earlier sources win")
  func mergeKeyListOrder() {
    let (value, _, _) = layer(
      """
      x-a: &a {image: from-a, user: a}
      x-b: &b {image: from-b, restart: always}
      services:
        web:
          <<: [*a, *b]
      """)
    let web = value["services"]?["web"]
    #expect(web?["image"] == .string("from-a"))
    #expect(web?["user"] == .string("a"))
    #expect(web?["restart"] == .string("always"))
  }

  @Test("merge keys inside anchored blocks are flattened too")
  func nestedMergeKeys() {
    let (value, _, _) = layer(
      """
      x-a: &a {image: a, user: a}
      x-b: &b
        <<: *a
        user: b
      services:
        web:
          <<: *b
      """)
    #expect(
      value["services"]?["web"]
        == .mapping(ComposeMapping([("image", .string("a")), ("user", .string("b"))])))
  }

  @Test("a quoted << is an ordinary key")
  func quotedMergeKey() {
    let (value, _, _) = layer("x: {\"<<\": y}")
    #expect(value["x"]?["<<"] == .string("y"))
  }

  @Test("a merge key naming a scalar is reported and ignored")
  func mergeKeyOnScalar() {
    let (value, _, diagnostics) = layer("x:\n  <<: oops\n  a: 1\n")
    #expect(value["x"] == .mapping(ComposeMapping([("a", .string("1"))])))
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.line == 2)
  }

  @Test("scalars keep their raw text; only YAML nulls become null")
  func rawScalars() {
    let (value, _, _) = layer(
      """
      a: yes
      b: 0777
      c: 1.10
      d: true
      e: ~
      f: null
      g:
      h: "null"
      i: ''
      j: 0x1F
      k: |
        line
      l: end
      """)
    #expect(value["a"] == .string("yes"))
    #expect(value["b"] == .string("0777"))
    #expect(value["c"] == .string("1.10"))
    #expect(value["d"] == .string("true"))
    #expect(value["e"] == .null)
    #expect(value["f"] == .null)
    #expect(value["g"] == .null)
    #expect(value["h"] == .string("null"))
    #expect(value["i"] == .string(""))
    #expect(value["j"] == .string("0x1F"))
    #expect(value["k"] == .string("line\n"))
  }

  @Test("numeric and boolean keys are read as their text")
  func nonStringKeys() {
    let (value, _, _) = layer("services:\n  1: {}\n  true: {}\n")
    #expect(value["services"]?.mapping?.keys == ["1", "true"])
  }

  @Test("!reset drops the key and records its path; !override keeps it and records it")
  func tags() {
    let (value, layer, _) = layer(
      """
      services:
        web:
          ports: !reset []
          command: !override ["run"]
          image: app
      """)
    #expect(value["services"]?["web"]?["ports"] == nil)
    #expect(value["services"]?["web"]?["command"] == .sequence([.string("run")]))
    #expect(
      layer?.clearedPaths == [["services", "web", "ports"], ["services", "web", "command"]])
  }

  @Test("a tag inside a block merged through an alias applies where it is merged")
  func tagThroughMergeKey() {
    let (_, layer, _) = layer(
      """
      x-base: &base
        ports: !reset null
      services:
        web:
          <<: *base
      """)
    #expect(layer?.clearedPaths.contains(["services", "web", "ports"]) == true)
  }

  @Test(
    "invalid YAML is a diagnostic naming file and line",
    arguments: [
      ("services:\n  web:\n    image: a: b\n", 3),
      ("services:\n  web: [a, b\n  other: c\n", 3),
      ("a: 1\na: 2\n", 1),
      ("services:\n\tweb: {}\n", 2),
      ("x: *missing\n", 1),
    ])
  func invalidYAML(yaml: String, line: Int) {
    let (layers, diagnostics) = ComposeYAMLReader.layers(of: yaml, file: "dir/compose.yaml")
    #expect(layers.isEmpty)
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.file == "dir/compose.yaml")
    #expect(diagnostics.first?.line == line)
    #expect(diagnostics.first?.message.hasPrefix("invalid YAML: ") == true)
  }

  @Test("a top level that is not a mapping is reported")
  func topLevelSequence() {
    let (layers, diagnostics) = ComposeYAMLReader.layers(of: "- a\n- b\n", file: "compose.yaml")
    #expect(layers.isEmpty)
    #expect(diagnostics.first?.line == 1)
  }

  @Test("an empty file has no documents and no problems")
  func emptyFile() {
    let (layers, diagnostics) = ComposeYAMLReader.layers(of: "# nothing\n", file: "compose.yaml")
    #expect(layers.isEmpty)
    #expect(diagnostics.isEmpty)
  }

  @Test("each document of a multi-document file is a layer")
  func multipleDocuments() {
    let (layers, _) = ComposeYAMLReader.layers(of: "a: 1\n---\nb: 2\n", file: "compose.yaml")
    #expect(layers.map(\.value.keys) == [["a"], ["b"]])
  }

  @Test("aliases that expand without bound stop at the node budget")
  func aliasBomb() {
    var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1...9 {
      let previous = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
      yaml += "a\(level): &a\(level) [\(previous)]\n"
    }
    let (layers, diagnostics) = ComposeYAMLReader.layers(of: yaml, file: "compose.yaml")
    #expect(layers.isEmpty)
    #expect(diagnostics.first?.message.contains("aliases") == true)
  }

  @Test("blocks nested too deeply through merge keys are reported, not recursed into")
  func deepMergeChain() {
    var yaml = "x0: &x0 {a: 1}\n"
    for level in 1...300 {
      yaml += "x\(level): &x\(level) {<<: *x\(level - 1)}\n"
    }
    let (layers, diagnostics) = ComposeYAMLReader.layers(of: yaml, file: "compose.yaml")
    #expect(layers.isEmpty)
    #expect(diagnostics.first?.message.contains("levels deep") == true)
  }

  @Test("scalars holding $ remember their line for interpolation messages")
  func linesOfVariables() {
    let (_, layer, _) = layer("services:\n  web:\n    image: ${TAG}\n")
    #expect(layer?.lines[["services", "web", "image"]] == 3)
  }
}
