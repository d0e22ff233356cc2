import AffectedModel
import Testing

@Suite("RUN mounts")
struct RunMountTests {
  private func run(_ flags: String, arguments: [String: String] = [:]) throws -> RunCommand {
    let stages = try BuildStages(
      Dockerfile(parsing: "FROM a AS deps\nARG T=/cache\nRUN \(flags) make\n"),
      buildArguments: arguments)
    return try #require(stages.stages[0].runCommands.first)
  }

  @Test("a bind mount is the default and is read-only")
  func bindDefault() throws {
    let command = try run("--mount=target=/src,source=app")
    #expect(
      command.mounts == [RunMount(type: .bind, source: "app", target: "/src", isReadOnly: true)])
    #expect(command.mounts[0].readsFiles)
    #expect(command.arguments == ["make"])
    #expect(command.isShellForm)
  }

  @Test("reads every key, with aliases, and expands values")
  func keys() throws {
    let command = try run(
      "--mount=type=cache,id=c,target=$T,sharing=LOCKED,mode=0755,uid=1,gid=2,from=deps,src=/x "
        + "--mount=type=secret,id=tok,dst=/run/t,required=true,env=TOKEN,ro=false "
        + "--mount=type=ssh,required --mount=type=bind,from=deps,destination=/d,rw "
        + "--network=none --security=insecure")
    #expect(command.mounts.count == 4)
    let cache = command.mounts[0]
    #expect(cache.type == .cache)
    #expect(cache.target == "/cache")
    #expect(cache.sharing == .locked)
    #expect(cache.mode == 0o755)
    #expect(cache.uid == 1 && cache.gid == 2)
    #expect(cache.from == "deps" && cache.source == "/x")
    #expect(!cache.isReadOnly)
    #expect(cache.readsFiles)
    let secret = command.mounts[1]
    #expect(secret.isRequired && !secret.isReadOnly)
    #expect(secret.environmentVariable == "TOKEN")
    #expect(!secret.readsFiles)
    #expect(command.mounts[2].isRequired)
    #expect(command.mounts[3].isReadOnly == false)
    #expect(command.network == RunCommand.Network.none)
    #expect(command.security == .insecure)
  }

  @Test("reads quoted CSV fields (quotes escaped, as flag words lose bare quotes)")
  func csv() throws {
    let command = try run("--mount=type=bind,\\\"source=a,b\\\",target=/t")
    #expect(command.mounts[0].source == "a,b")
  }

  @Test(
    "rejects what BuildKit rejects",
    arguments: [
      "--mount=type=nfs,target=/t", "--mount=target", "--mount=type=bind,required",
      "--mount=type=bind,mode=0644,target=/t", "--mount=type=bind,sharing=shared,target=/t",
      "--mount=type=secret", "--mount=type=secret,id=a,source=b", "--mount=type=secret,from=x,id=a",
      "--mount=from=$STAGE,target=/t", "--mount=type=cache,uid=-1,target=/t",
      "--mount=type=cache,mode=9,target=/t", "--mount=bogus=1", "--mount=",
      "--network=bridge", "--security=root", "--privileged",
    ])
  func errors(flags: String) {
    #expect(throws: DockerfileError.self) {
      try run(flags)
    }
  }

  @Test("keeps the JSON form and here-documents")
  func execForm() throws {
    let stages = try BuildStages(
      Dockerfile(parsing: "FROM a\nRUN [\"a\", \"b c\"]\nRUN <<EOF\nx\nEOF\n"))
    let runs = stages.stages[0].runCommands
    #expect(runs[0].arguments == ["a", "b c"])
    #expect(!runs[0].isShellForm)
    #expect(runs[1].heredocs.map(\.content) == ["x\n"])
  }
}
