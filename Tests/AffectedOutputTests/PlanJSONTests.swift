import AffectedOutput
import AffectedPlanner
import Foundation
import Testing

@Suite("The JSON plan document")
struct PlanJSONTests {
  @Test("Top-level fields are the documented ones, with schema version 1")
  func topLevel() throws {
    let document = try PlanFixtures.object(PlanJSON(plan: PlanFixtures.sample).json())
    #expect(document["schemaVersion"] as? Int == 1)
    #expect(document["base"] as? String == String(repeating: "a", count: 40))
    #expect(document["head"] as? String == String(repeating: "b", count: 40))
    #expect(document["mergeBase"] as? String == String(repeating: "a", count: 40))
    #expect(document["changedPaths"] as? Int == 7)
    #expect(document["reused"] as? [String] == ["compose.yaml:tools"])
    #expect(document["removed"] as? [String] == ["compose.yaml:old"])
    #expect(
      document["waves"] as? [[String]] == [
        ["compose.yaml:base"], ["compose.yaml:web", "dockerfile:api/Dockerfile"],
      ])
  }

  @Test(
    "Every image is listed, affected ones by wave then id, then the others; null wave when unaffected"
  )
  func images() throws {
    let document = try PlanFixtures.object(PlanJSON(plan: PlanFixtures.sample).json())
    let images = try #require(document["images"] as? [[String: Any]])
    #expect(
      images.compactMap { $0["id"] as? String } == [
        "compose.yaml:base", "compose.yaml:web", "dockerfile:api/Dockerfile",
        "compose.yaml:tools", "skaffold:docs",
      ])
    #expect(images.map { $0["affected"] as? Bool } == [true, true, true, false, false])
    #expect(images[3]["wave"] is NSNull)
    #expect(images[1]["wave"] as? Int == 1)
    let web = images[1]
    for key in ["id", "name", "source", "context", "dockerfile", "target", "image"] {
      #expect(web[key] is String, "\(key)")
    }
    #expect(web["needs"] as? [String] == ["compose.yaml:base", "compose.yaml:tools"])
    #expect(web["args"] as? [String: String] == ["NODE": "22", "MSG": "it's a \"test\" $HOME"])
    #expect(web["reasons"] as? [String] == ["builds on compose.yaml:base"])
    #expect(web["uncertain"] as? [String] == [])
    #expect(images[0]["target"] is NSNull)
    let contexts = try #require(web["contexts"] as? [[String: String]])
    #expect(contexts.first == ["name": "acme/base", "image": "compose.yaml:base"])
    #expect(contexts.last == ["name": "shared", "location": "shared"])
  }

  @Test("A plan without a base writes null base and merge base")
  func noBase() throws {
    var plan = PlanFixtures.sample
    plan.base = nil
    plan.mergeBase = nil
    let document = try PlanFixtures.object(PlanJSON(plan: plan).json())
    #expect(document["base"] is NSNull)
    #expect(document["mergeBase"] is NSNull)
  }
}
