/// The `docker buildx build` command line for one scheduled build, as shell text, and the values of
/// the ``JobTemplate`` placeholders.
struct BuildCommand {
  /// The build it runs.
  var build: ScheduledBuild

  /// The options, each word already quoted: `--file`, `--target`, `--build-arg`, `--build-context`,
  /// `--tag`, `--platform`, `--cache-from`, `--cache-to`.
  var flags: String {
    let image = build.image
    var words: [String] = []
    if image.inlineDockerfile != nil {
      words += ["--file", "-"]
    } else if let dockerfile = image.dockerfile {
      words += ["--file", dockerfile]
    }
    if let target = image.target {
      words += ["--target", target]
    }
    words += argFlags + contextFlags + tagFlags + platformFlags
    words += image.cacheFrom.flatMap { ["--cache-from", $0] }
    words += image.cacheTo.flatMap { ["--cache-to", $0] }
    return ShellWord.joined(words)
  }

  /// The whole command, with an inline Dockerfile piped in through `printf`.
  ///
  /// Further options may be appended (`… --push`).
  var text: String {
    let command = "docker buildx build \(flags) \(ShellWord.quoted(build.image.context))"
    guard let inline = build.image.inlineDockerfile else { return command }
    return "printf '%s\\n' \(ShellWord.quoted(inline)) | \(command)"
  }

  /// The value of each placeholder, by name (see ``JobTemplate/placeholders``).
  var placeholderValues: [String: String] {
    let image = build.image
    return [
      "id": ShellWord.quoted(image.id),
      "name": ShellWord.quoted(image.name),
      "context": ShellWord.quoted(image.context),
      "dockerfile": ShellWord.quoted(image.dockerfile ?? ""),
      "target": ShellWord.quoted(image.target ?? ""),
      "image": ShellWord.quoted(image.image),
      "wave": String(build.wave),
      "args": ShellWord.joined(argFlags),
      "contexts": ShellWord.joined(contextFlags),
      "tags": ShellWord.joined(tagFlags),
      "platforms": ShellWord.joined(platformFlags),
      "flags": flags,
      "command": text,
    ]
  }

  private var argFlags: [String] {
    build.image.args.flatMap { ["--build-arg", "\($0.name)=\($0.value)"] }
  }

  private var contextFlags: [String] {
    build.buildContexts.flatMap { ["--build-context", $0] }
  }

  private var tagFlags: [String] {
    build.image.tags.flatMap { ["--tag", $0] }
  }

  private var platformFlags: [String] {
    build.image.platforms.isEmpty
      ? [] : ["--platform", build.image.platforms.joined(separator: ",")]
  }
}
