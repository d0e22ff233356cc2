import AffectedModel
import Testing

@Suite("Compose .env files")
struct ComposeDotEnvTests {
  private func parse(_ text: String, environment: [String: String] = [:]) -> DotEnvFile {
    DotEnvFile(parsing: text, file: ".env", environment: environment)
  }

  @Test("assignments, export, comments, blank lines and YAML-style colons")
  func basics() {
    let file = parse(
      """
      # a comment
      A=1
        export B = two
      C: three

      D=
      E=spaced value   # trailing comment
      F=no#comment
      G=a=b
      """)
    #expect(
      file.values == [
        "A": "1", "B": "two", "C": "three", "D": "", "E": "spaced value", "F": "no#comment",
        "G": "a=b",
      ])
    #expect(file.diagnostics.isEmpty)
  }

  @Test("single quotes are literal; double quotes expand escapes and variables, and may span lines")
  func quotes() {
    let file = parse(
      #"""
      NAME=app
      S='${NAME}\n $$'
      D="${NAME}\n\t\"q\" \\ \$NAME"
      M="line one
      line two"
      Q='it\'s'
      AFTER="x" # comment
      """#)
    #expect(file.values["S"] == #"${NAME}\n $$"#)
    #expect(file.values["D"] == "app\n\t\"q\" \\ $NAME")
    #expect(file.values["M"] == "line one\nline two")
    #expect(file.values["Q"] == "it's")
    #expect(file.values["AFTER"] == "x")
  }

  @Test("${} in values sees earlier keys first, then the environment")
  func interpolation() {
    let file = parse(
      "HOST=db\nURL=postgres://${HOST}:${PORT:-5432}/${DB}\nDB=late\n",
      environment: ["DB": "env", "HOST": "shell"])
    #expect(file.values["URL"] == "postgres://db:5432/env")
  }

  @Test("a bare key takes its value from the environment, if set there")
  func inherited() {
    let file = parse("FROM_SHELL\nNOT_SET\n", environment: ["FROM_SHELL": "yes"])
    #expect(file.values == ["FROM_SHELL": "yes"])
  }

  @Test("CRLF line endings are tolerated")
  func crlf() {
    #expect(parse("A=1\r\nB='2'\r\n").values == ["A": "1", "B": "2"])
  }

  @Test("bad lines are diagnostics with their line; the rest is still read")
  func problems() {
    let file = parse("A=1\nBAD KEY=2\nC$=3\nD=4\nE=\"open\n")
    #expect(file.values == ["A": "1", "D": "4"])
    #expect(file.diagnostics.map(\.line) == [2, 3, 5])
    #expect(file.diagnostics.allSatisfy { $0.file == ".env" })
  }

  @Test("a missing required variable in a value is a diagnostic")
  func required() {
    let file = parse("\nA=${NOPE:?needed}\n")
    #expect(
      file.diagnostics == [
        Diagnostic(
          .warning, "required variable NOPE is missing a value: needed in .env file", file: ".env",
          line: 2)
      ])
  }
}
