/// The build stages of a Dockerfile with variables resolved the way BuildKit resolves them:
/// global `ARG`s (before the first `FROM`) feed the `FROM` lines, each stage has its own `ARG`
/// and `ENV` scope, and build arguments override the defaults of the `ARG`s they name.
///
/// This is what an analysis of the files an image reads starts from: the base of each stage, and
/// the sources of its `COPY`, `ADD` and `RUN --mount` instructions.
public struct BuildStages: Hashable, Sendable {
  /// The global `ARG` values visible to `FROM` lines, build arguments applied.
  public var globalArguments: [String: String]
  /// The stages, in order.
  public var stages: [Stage]
  /// Warnings about words that referenced variables without a value.
  public var diagnostics: [Diagnostic]

  /// Resolves the stages of `dockerfile`.
  ///
  /// - Parameters:
  ///   - buildArguments: `--build-arg` values; each applies only where an `ARG` declares its name.
  ///   - automaticArguments: values BuildKit sets itself (`TARGETPLATFORM`, `BUILDARCH`, …): they
  ///     are visible to `FROM` lines without a declaration, and act like build arguments in a stage
  ///     that declares them.
  ///   - file: the Dockerfile's repository-relative path, for the diagnostics.
  /// - Throws: `DockerfileError` when BuildKit would refuse to build the file: an instruction
  ///   other than `ARG` before the first `FROM`, an unknown instruction or flag, a malformed
  ///   `FROM`, `COPY`, `ADD`, `RUN --mount` or `ONBUILD`, or a word that cannot be expanded.
  public init(
    _ dockerfile: Dockerfile, buildArguments: [String: String] = [:],
    automaticArguments: [String: String] = [:], file: String? = nil
  ) throws {
    var builder = StageBuilder(
      expander: WordExpander(for: dockerfile), buildArguments: buildArguments,
      automaticArguments: automaticArguments, file: file)
    for instruction in dockerfile.instructions {
      try builder.add(instruction)
    }
    guard !builder.stages.isEmpty else {
      throw DockerfileError(line: nil, "the Dockerfile has no FROM instruction; add one")
    }
    globalArguments = builder.globalArguments
    stages = builder.stages
    diagnostics = builder.diagnostics
    try checkStageIndices()
  }

  /// The index of the stage called `name` (compared case-insensitively; the last stage so named),
  /// as `COPY --from=` and `RUN --mount=from=` look stages up; `nil` when `name` names an image.
  public func stageIndex(named name: String) -> Int? {
    let lowered = name.lowercased()
    return stages.lastIndex { $0.name == lowered }
  }

  /// The index of the stage `COPY --from=reference` reads: a stage index or a stage name; `nil`
  /// when the reference names an image.
  public func stageIndex(forCopyFrom reference: String) -> Int? {
    if let index = Self.stageNumber(reference) {
      return stages.indices.contains(index) ? index : nil
    }
    return stageIndex(named: reference)
  }

  /// `text` as a number, the way Go's `strconv.Atoi` reads `COPY --from` values.
  private static func stageNumber(_ text: String) -> Int? {
    // By bytes: a sign, then ASCII digits only (a combining mark is never an ASCII byte, so no
    // character boundary differs from a byte's).
    let utf8 = text.utf8
    let signed = utf8.first == UInt8(ascii: "+") || utf8.first == UInt8(ascii: "-")
    let digits = signed ? utf8.dropFirst() : utf8[...]
    guard !digits.isEmpty,
      digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
    else {
      return nil
    }
    return Int(text)
  }

  /// Rejects `COPY --from=N` where no stage has index `N`, as BuildKit does.
  private func checkStageIndices() throws {
    for stage in stages {
      for instruction in stage.instructions {
        guard case .copy(let copy) = instruction.kind, let from = copy.from,
          let index = Self.stageNumber(from), !stages.indices.contains(index)
        else {
          continue
        }
        throw DockerfileError(
          line: instruction.instruction.startLine,
          "invalid stage index \(index) in COPY --from; the file has stages 0 to "
            + "\(stages.count - 1)")
      }
    }
  }
}
