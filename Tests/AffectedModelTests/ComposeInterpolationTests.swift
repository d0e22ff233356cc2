import Testing

@testable import AffectedModel

@Suite("Compose interpolation")
struct ComposeInterpolationTests {
  private let interpolator = ComposeInterpolator(
    variables: ["SET": "value", "EMPTY": "", "NAME": "app", "lower_case": "low"])

  @Test(
    "every substitution form",
    arguments: [
      ("$SET", "value"), ("${SET}", "value"), ("x${SET}y", "xvaluey"), ("$SET/$NAME", "value/app"),
      ("$UNSET", ""), ("${UNSET}", ""), ("${lower_case}", "low"), ("$SET-suffix", "value-suffix"),
      ("${UNSET:-default}", "default"), ("${EMPTY:-default}", "default"),
      ("${SET:-default}", "value"),
      ("${UNSET-default}", "default"), ("${EMPTY-default}", ""), ("${SET-default}", "value"),
      ("${UNSET:+alt}", ""), ("${EMPTY:+alt}", ""), ("${SET:+alt}", "alt"),
      ("${UNSET+alt}", ""), ("${EMPTY+alt}", "alt"), ("${SET+alt}", "alt"),
      ("${SET:?needed}", "value"), ("${EMPTY?needed}", ""),
      ("${UNSET:-${NAME}}", "app"), ("${UNSET:-${ALSO_UNSET:-deep}}", "deep"),
      ("${UNSET:-a}-${NAME}", "a-app"), ("${UNSET:-{x}}", "{x}"),
      ("${UNSET:-with space and : colon}", "with space and : colon"),
      ("$$", "$"), ("$$SET", "$SET"), ("$${SET}", "${SET}"), ("cost: 5$", "cost: 5$"), ("$1", "$1"),
      ("a $ b", "a $ b"), ("no variables", "no variables"),
    ])
  func forms(template: String, expected: String) {
    let substitution = interpolator.substitute(template)
    #expect(substitution.text == expected)
    #expect(substitution.problems.isEmpty)
  }

  @Test("the variables a template refers to are recorded, defaults included")
  func variables() {
    #expect(interpolator.substitute("${A:-${B}} $C $$D ${A}").variables == ["A", "B", "C"])
  }

  @Test(
    "a missing required variable is a problem naming it and its message",
    arguments: [
      ("${UNSET:?set UNSET}", "required variable UNSET is missing a value: set UNSET"),
      ("${EMPTY:?set EMPTY}", "required variable EMPTY is missing a value: set EMPTY"),
      ("${UNSET?}", "required variable UNSET is missing a value: "),
      ("${UNSET:?${NAME} needs it}", "required variable UNSET is missing a value: app needs it"),
    ])
  func required(template: String, problem: String) {
    #expect(interpolator.substitute(template).problems == [problem])
  }

  @Test(
    "a malformed ${…} is an invalid template, and the text is kept",
    arguments: ["${}", "${1A}", "${A B}", "${A", "${A:-x"])
  func invalid(template: String) {
    let substitution = interpolator.substitute(template)
    #expect(substitution.text == template)
    #expect(substitution.problems.first?.hasPrefix("invalid interpolation template") == true)
  }

  @Test("the .env file next to the first compose file feeds interpolation; the environment wins")
  func dotEnvAndEnvironment() {
    let project = ComposeFixture.load(
      [
        "app/compose.yaml": "services:\n  web:\n    image: ${IMAGE}:${TAG}\n",
        "app/.env": "IMAGE=registry/web\nTAG=dev\n",
      ], ["app/compose.yaml"], environment: ["TAG": "ci"])
    #expect(ComposeFixture.service("web", of: project).image == "registry/web:ci")
    #expect(project.variableFiles == ["app/.env"])
  }

  @Test("a .env file beside a later file is not read")
  func onlyFirstFolderEnv() {
    let project = ComposeFixture.load(
      [
        "compose.yaml": "services:\n  web:\n    image: ${IMAGE-none}\n",
        "other/compose.override.yaml": "services: {}\n",
        "other/.env": "IMAGE=other\n",
      ], ["compose.yaml", "other/compose.override.yaml"])
    #expect(ComposeFixture.service("web", of: project).image == "none")
  }

  @Test("each service records the variables its block uses; others are project variables")
  func variablesPerService() {
    let project = ComposeFixture.load(
      [
        "compose.yaml": """
        name: ${PROJECT:-demo}
        services:
          web:
            image: app:${TAG}
            environment:
              - MODE=${MODE:-dev}
          db:
            image: postgres:16
        networks:
          front:
            name: ${NETWORK}
        """
      ])
    #expect(ComposeFixture.service("web", of: project).variables == ["MODE", "TAG"])
    #expect(ComposeFixture.service("db", of: project).variables == [])
    #expect(project.variables == ["NETWORK", "PROJECT"])
    #expect(project.name == "demo")
  }

  @Test("keys are not interpolated; values everywhere are")
  func keysStay() {
    let project = ComposeFixture.load(
      ["compose.yaml": "services:\n  web:\n    labels:\n      ${KEY}: ${VALUE-v}\n"])
    #expect(
      ComposeFixture.service("web", of: project).definition["labels"]?["${KEY}"] == .string("v"))
  }

  @Test("missing required variables and invalid templates are diagnostics with file and line")
  func diagnostics() {
    let project = ComposeFixture.load(
      ["compose.yaml": "services:\n  web:\n    image: ${TAG:?set TAG}\n    user: ${}\n"])
    #expect(
      project.diagnostics == [
        Diagnostic(
          .warning, "required variable TAG is missing a value: set TAG", file: "compose.yaml",
          line: 3),
        Diagnostic(
          .warning, "invalid interpolation template \"${}\"; write $$ for a literal $",
          file: "compose.yaml", line: 4),
      ])
  }
}
