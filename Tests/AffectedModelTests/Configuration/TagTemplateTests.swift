import AffectedModel
import Testing

@Suite("Tag templates")
struct TagTemplateTests {
  private let values = TagTemplate.Values(
    hash: "0123456789abcdef", sha: "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
    branch: "feature/Login page")

  @Test(
    "placeholders render their values, cut to their limits",
    arguments: [
      ("{hash}", "0123456789abcdef"),
      ("{hash:12}", "0123456789ab"),
      ("sha-{sha:7}", "sha-a1b2c3d"),
      ("{branch}", "feature-Login-page"),
      ("{branch:7}-{sha:7}", "feature-a1b2c3d"),
      ("v1.2_rc-3", "v1.2_rc-3"),
    ])
  func rendering(template: String, tag: String) throws {
    #expect(try TagTemplate(template).render(values) == tag)
  }

  @Test("parts and placeholders are exposed")
  func parts() throws {
    let template = try TagTemplate("{branch}-{sha:7}")
    #expect(
      template.parts == [
        .placeholder(.branch, limit: nil), .literal("-"), .placeholder(.sha, limit: 7),
      ])
    #expect(template.placeholders == [.branch, .sha])
    #expect(template.description == "{branch}-{sha:7}")
  }

  @Test(
    "branches become valid tags",
    arguments: [
      ("main", "main"),
      ("feature/login", "feature-login"),
      ("-x/.y", "x-.y"),
      ("..hidden", "hidden"),
      ("dependabot/npm_and_yarn/@types/node-22", "dependabot-npm_and_yarn-types-node-22"),
      ("ünïcode", "n-code"),
      ("fix/", "fix"),
      ("///", ""),
    ])
  func sanitising(branch: String, tag: String) {
    #expect(TagTemplate.sanitisedTag(branch) == tag)
  }

  @Test("a tag never starts with '.' or '-', even when the branch leaves nothing")
  func leadingCharacters() throws {
    var values = values
    values.branch = "///"
    #expect(try TagTemplate("{branch}-{sha:7}").render(values) == "a1b2c3d")
    #expect(try TagTemplate("{branch}").render(values) == nil)
  }

  @Test("long branches are shortened so the tag fits in 128 characters")
  func length() throws {
    var values = values
    values.branch = String(repeating: "b", count: 300)
    let tag = try #require(try TagTemplate("{branch}-{sha}").render(values))
    #expect(tag.count == 128)
    #expect(tag.hasSuffix("-" + values.sha))
    #expect(TagTemplate.sanitisedTag(values.branch).count == 128)
    let two = try #require(try TagTemplate("{branch}.{branch}").render(values))
    #expect(two == String(repeating: "b", count: 63) + "." + String(repeating: "b", count: 63))
  }

  @Test(
    "invalid templates are rejected with what to write",
    arguments: [
      ("", "it is empty"),
      ("{tag}", "unknown placeholder '{tag}'; use {hash}, {sha}, {branch}"),
      ("{bracnh}", "did you mean '{branch}'?"),
      ("{}", "unknown placeholder '{}'"),
      ("v{sha", "a '{' has no '}'"),
      ("v}", "'}' closes no placeholder"),
      ("{sha:0}", "needs a number of characters from 1 to 128"),
      ("{sha:x}", "needs a number of characters from 1 to 128"),
      ("release/{sha}", "'/' cannot appear in a Docker tag"),
      ("-{sha}", "cannot start with '-'"),
      (".{sha}", "cannot start with '.'"),
      (String(repeating: "x", count: 129), "longer than the 128 characters"),
    ])
  func invalid(template: String, message: String) throws {
    let error = try #require(throws: TagTemplateError.self) { try TagTemplate(template) }
    #expect(error.template == template)
    #expect(error.message.contains(message), "\(error.message)")
  }
}
