import AffectedOutput
import AffectedPlanner
import Testing

@Suite("The text plan")
struct PlanTextTests {
  @Test("Plain text is a table by wave with reasons, then reused and removed, without escapes")
  func plainTable() {
    let text = PlanText(plan: PlanFixtures.sample).text()
    #expect(
      text == """
        3 of 5 images to build in 2 waves; 2 skipped; 7 changed paths

        WAVE  IMAGE                      WHY
        0     compose.yaml:base          base/main.py changed
        1     compose.yaml:web           builds on compose.yaml:base
                                         after compose.yaml:tools, compose.yaml:base
        1     dockerfile:api/Dockerfile  api/main.py changed
                                         after compose.yaml:base

        REUSED (pull, do not rebuild)
          compose.yaml:tools

        REMOVED
          compose.yaml:old

        """)
    #expect(!text.contains("\u{1B}"))
  }

  @Test("Nothing to build prints the summary line alone")
  func empty() {
    let text = PlanText(plan: PlanFixtures.plan([PlanFixtures.image("a", wave: nil)])).text()
    #expect(text == "0 of 1 images to build in 0 waves; 1 skipped; 7 changed paths\n")
  }

  @Test("Coloured text has the same words and columns once the escapes are removed")
  func colouredMatchesPlain() {
    let plain = PlanText(plan: PlanFixtures.sample).text()
    let coloured = PlanText(plan: PlanFixtures.sample, style: .coloured).text()
    #expect(coloured.contains("\u{1B}[1;36mcompose.yaml:base\u{1B}[0m"))
    #expect(Self.strippingEscapes(coloured) == plain)
  }

  @Test(
    "Colour only on a terminal, with NO_COLOR unset or empty and TERM not dumb",
    arguments: [
      (true, [:], TextStyle.coloured),
      (true, ["TERM": "xterm-256color"], .coloured),
      (true, ["NO_COLOR": ""], .coloured),
      (true, ["NO_COLOR": "1"], .plain),
      (true, ["TERM": "dumb"], .plain),
      (false, [:], .plain),
      (false, ["TERM": "xterm"], .plain),
    ] as [(Bool, [String: String], TextStyle)])
  func decision(isTerminal: Bool, environment: [String: String], expected: TextStyle) {
    #expect(TextStyle.forStream(isTerminal: isTerminal, environment: environment) == expected)
  }

  /// `text` without ANSI SGR sequences (`ESC [ … m`).
  static func strippingEscapes(_ text: String) -> String {
    var result = ""
    var inEscape = false
    for character in text {
      if character == "\u{1B}" {
        inEscape = true
      } else if inEscape {
        inEscape = character != "m"
      } else {
        result.append(character)
      }
    }
    return result
  }
}
