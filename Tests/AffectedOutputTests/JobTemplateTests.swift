import AffectedOutput
import Testing

@Suite("Job templates")
struct JobTemplateTests {
  @Test(
    "Text that is not a YAML mapping is refused with the file's name",
    arguments: ["- just\n- a list\n", "a: [unclosed\n", "plain words\n", ""])
  func invalid(text: String) throws {
    let error = try #require(throws: JobTemplateError.self) {
      try JobTemplate(yaml: text, file: "ci/job.yml")
    }
    #expect(error.description.hasPrefix("job template 'ci/job.yml': "))
  }

  @Test("Every documented placeholder is filled in")
  func placeholders() throws {
    let body = JobTemplate.placeholders.map { "  - \"{\($0)}\"" }.joined(separator: "\n")
    let template = try JobTemplate(yaml: "script:\n" + body, file: "t.yml")
    let text = GitLabPipeline(plan: PlanFixtures.sample, template: template).yaml()
    #expect(!text.contains("{"))
  }
}
