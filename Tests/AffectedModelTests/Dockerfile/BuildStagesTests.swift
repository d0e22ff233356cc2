import AffectedModel
import Testing

@Suite("Build stages")
struct BuildStagesTests {
  private func stages(
    _ text: String, buildArguments: [String: String] = [:],
    automaticArguments: [String: String] = [:]
  ) throws -> BuildStages {
    try BuildStages(
      Dockerfile(parsing: text), buildArguments: buildArguments,
      automaticArguments: automaticArguments, file: "app/Dockerfile")
  }

  @Test("substitutes global ARGs into FROM, with build arguments overriding defaults")
  func globalArguments() throws {
    let text = """
      ARG REGISTRY=docker.io
      ARG BASE=${REGISTRY}/library/alpine
      ARG TAG=3.20
      FROM --platform=$BUILDPLATFORM $BASE:${TAG} AS Builder
      FROM builder
      """
    let defaults = try stages(text, automaticArguments: ["BUILDPLATFORM": "linux/amd64"])
    #expect(defaults.stages[0].baseName == "docker.io/library/alpine:3.20")
    #expect(defaults.stages[0].name == "builder")
    #expect(defaults.stages[0].platform == "linux/amd64")
    #expect(defaults.stages[1].baseStageIndex == 0)
    #expect(defaults.globalArguments["TAG"] == "3.20")
    let overridden = try stages(text, buildArguments: ["REGISTRY": "ghcr.io", "TAG": "edge"])
    #expect(overridden.stages[0].baseName == "ghcr.io/library/alpine:edge")
    #expect(overridden.stages[0].platform == "")
    #expect(overridden.stages[0].unresolvedVariables == ["BUILDPLATFORM"])
  }

  @Test("a build argument applies only where an ARG declares it")
  func undeclaredBuildArgument() throws {
    let result = try stages("FROM alpine:$TAG\n", buildArguments: ["TAG": "1"])
    #expect(result.stages[0].baseName == "alpine:")
    #expect(result.diagnostics.map(\.line) == [1])
    #expect(result.diagnostics.first?.file == "app/Dockerfile")
  }

  @Test("stage ARGs see build arguments, defaults, and the global value when redeclared")
  func stageArguments() throws {
    let text = """
      ARG VERSION=1
      FROM alpine
      ARG VERSION
      ARG DIR=/src/$VERSION
      COPY $DIR /dst
      FROM alpine
      COPY $VERSION /dst
      """
    let result = try stages(text)
    #expect(result.stages[0].fileCopies.first?.sources == [.path("/src/1")])
    #expect(result.stages[1].fileCopies.first?.sources == [.path("")])
    #expect(result.stages[1].instructions[0].unresolvedVariables == ["VERSION"])
    let built = try stages(text, buildArguments: ["DIR": "/given"])
    #expect(built.stages[0].fileCopies.first?.sources == [.path("/given")])
  }

  @Test("ENV wins over ARG, expands from the scope before it, and both pass to child stages")
  func environment() throws {
    let text = """
      FROM alpine AS base
      ARG X=arg
      ARG Z=z
      ENV X=env Y=$X
      COPY $X $Y /dst
      FROM base
      COPY $X $Z /dst
      FROM alpine
      COPY $Z /dst
      """
    let result = try stages(text)
    #expect(result.stages[0].fileCopies[0].sources == [.path("env"), .path("arg")])
    #expect(result.stages[0].environment == ["X": "env", "Y": "arg"])
    #expect(result.stages[0].arguments == ["X": "arg", "Z": "z"])
    #expect(result.stages[1].fileCopies[0].sources == [.path("env"), .path("z")])
    #expect(result.stages[2].fileCopies[0].sources == [.path("")])
  }

  @Test("FROM names an earlier stage exactly; COPY --from looks up case-insensitively")
  func stageReferences() throws {
    let result = try stages(
      "FROM a AS dup\nFROM b AS dup\nFROM dup\nFROM DUP\nFROM later\nFROM c AS later\n")
    #expect(result.stages.map(\.baseStageIndex) == [nil, nil, 1, nil, nil, nil])
    #expect(result.stageIndex(named: "DUP") == 1)
    #expect(result.stageIndex(named: "later") == 5)
  }

  @Test("reports unresolved variables as diagnostics on their lines")
  func diagnostics() throws {
    let result = try stages("FROM alpine\nCOPY $SRC ${DST:-/d}\nRUN echo $NOT_EXPANDED\n")
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics[0].line == 2)
    #expect(result.diagnostics[0].message.contains("$DST, $SRC"))
    #expect(result.stages[0].instructions[0].unresolvedVariables == ["DST", "SRC"])
  }

  @Test("types ONBUILD triggers without expanding them")
  func onbuild() throws {
    let result = try stages(
      "FROM alpine\nARG A=1\nONBUILD COPY --from=$A $B /dst\nONBUILD ENV X=1\n")
    guard case .onbuild(let trigger) = result.stages[0].instructions[1].kind,
      case .copy(let copy) = trigger.kind
    else {
      Issue.record("expected an ONBUILD COPY trigger")
      return
    }
    #expect(copy.from == "$A")
    #expect(copy.sources == [.path("$B")])
    #expect(trigger.unresolvedVariables == ["A", "B"])
    #expect(result.diagnostics.isEmpty)
    #expect(result.stages[0].environment.isEmpty)
    let unknown = try stages("FROM alpine\nONBUILD FOO bar\n")
    #expect(
      unknown.stages[0].instructions[0].kind
        == .onbuild(
          StageInstruction(
            instruction: try #require(unknown.stages[0].instructions[0].instruction.trigger),
            kind: .other)))
  }

  @Test("looks stages up by name and by index")
  func stageLookup() throws {
    let result = try stages(
      "FROM a AS one\nFROM b AS Two\nCOPY --from=0 x /\nCOPY --from=TWO y /\n")
    #expect(result.stageIndex(named: "two") == 1)
    #expect(result.stageIndex(forCopyFrom: "0") == 0)
    #expect(result.stageIndex(forCopyFrom: "One") == 0)
    #expect(result.stageIndex(forCopyFrom: "nginx:latest") == nil)
  }

  @Test(
    "reads a --from number as Go's Atoi does: an optional sign, then ASCII digits only",
    arguments: [
      ("1", 1), ("+1", 1), ("-0", 0), ("01", 1), ("-1", nil), ("2", nil), ("+", nil), ("", nil),
      ("1\u{301}", nil), ("+\u{301}1", nil), ("\u{661}", nil), ("1 ", nil),
    ] as [(String, Int?)])
  func stageNumbers(reference: String, index: Int?) throws {
    let result = try stages("FROM a AS one\nFROM b AS two\n")
    #expect(result.stageIndex(forCopyFrom: reference) == index)
  }

  @Test(
    "rejects what BuildKit refuses to build",
    arguments: [
      "RUN x\nFROM a\n", "FROM a\nFORM b\n", "FROM a AS 1st\n", "FROM a b\n", "FROM $NONE\n",
      "FROM a\nCOPY x\n", "FROM a\nCOPY --mode=1 x /y\n", "FROM a\nCOPY --from=3 x /y\n",
      "FROM a\nONBUILD FROM b\n", "FROM a\nENV\n", "FROM a\nARG =x\n", "FROM a\nWORKDIR --x /a\n",
      "FROM a\nCOPY 'unterminated /y\n", "FROM a\nCOPY https://example.com/f /y\n",
    ])
  func errors(text: String) throws {
    let dockerfile = try Dockerfile(parsing: text)
    let error = try #require(throws: DockerfileError.self) {
      try BuildStages(dockerfile)
    }
    #expect(error.line != nil)
  }
}
