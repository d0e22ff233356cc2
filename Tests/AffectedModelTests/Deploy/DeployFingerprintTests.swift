import AffectedModel
import Testing

@Suite("Deploy fingerprints and actions")
struct DeployFingerprintTests {
  private func mapping(_ pairs: [(String, ComposeValue)]) -> ComposeValue {
    .mapping(ComposeMapping(pairs))
  }

  @Test("changes name the parts that differ, the definition first, and where it differs")
  func changes() {
    let base = DeployFingerprint(components: [
      "definition": mapping([
        ("environment", .sequence([.string("A=1")])),
        ("deploy", mapping([("resources", mapping([("limits", .string("1"))]))])),
        ("ports", .sequence([.string("80")])),
      ]),
      "network backend": .null,
      "volume data": .null,
    ])
    var head = base
    head.components["definition"] = mapping([
      ("ports", .sequence([.string("80")])),
      ("environment", .sequence([.string("A=2")])),
      ("deploy", mapping([("resources", mapping([("limits", .string("2"))]))])),
    ])
    head.components["volume data"] = nil
    head.components["network front"] = .null
    #expect(head.changes(since: base) == ["definition", "network front", "volume data"])
    #expect(
      head.changedDefinitionPaths(since: base) == ["deploy.resources.limits", "environment"])
    #expect(head.changedDefinitionPaths(since: base, depth: 1) == ["deploy", "environment"])
    #expect(base.changes(since: base).isEmpty)
  }

  @Test("actions are ordered from none to rollout")
  func actionOrder() {
    #expect(DeployAction.allCases.sorted() == [.none, .restart, .rollout])
    #expect(DeployAction.allCases.max() == .rollout)
  }

  @Test("a read covers itself and what lies below it, not its neighbours")
  func readCoverage() {
    let read = DeployRead(path: "infra/nginx", purpose: "bind mount")
    #expect(read.covers("infra/nginx"))
    #expect(read.covers("infra/nginx/dev.nginx"))
    #expect(!read.covers("infra/nginx2/dev.nginx"))
    #expect(!read.covers("infra"))
  }
}
