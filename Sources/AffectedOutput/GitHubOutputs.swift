import AffectedPlanner

/// The step outputs for GitHub Actions, written to `GITHUB_OUTPUT` in one write.
///
/// The outputs are `matrix` (every affected image), `wave-0`, `wave-1`, … (one matrix per wave),
/// `waves` (how many waves), `count` (how many images) and `any` (`true` or `false`). GitHub runs
/// at most 256 jobs per matrix, so a matrix with more entries is written as `NAME-part-1`,
/// `NAME-part-2`, … of at most 256 entries each instead of `NAME`; `NAME-parts` always says how
/// many parts there are (1 when `NAME` itself is written). Nothing is ever cut: a value over
/// GitHub's 1 MiB job-output limit throws.
public struct GitHubOutputs: Sendable, GitHubOutputSet {
  /// One named output.
  public struct Output: Hashable, Sendable {
    /// The output's name.
    public var name: String
    /// Its value, on one line.
    public var value: String
  }

  /// GitHub's maximum number of jobs one matrix generates.
  public static let defaultJobsPerMatrix = 256
  /// GitHub's maximum size of a job's outputs, which it approximates as UTF-16 bytes.
  public static let defaultBytesPerOutput = 1_048_576

  /// The plan to render.
  public var plan: BuildPlan
  /// The most entries one matrix output may hold before it is split.
  public var jobsPerMatrix: Int
  /// The largest output value, in UTF-16 bytes.
  public var bytesPerOutput: Int

  /// Creates a renderer with GitHub's limits, or others for tests.
  public init(
    plan: BuildPlan, jobsPerMatrix: Int = defaultJobsPerMatrix,
    bytesPerOutput: Int = defaultBytesPerOutput
  ) {
    self.plan = plan
    self.jobsPerMatrix = max(1, jobsPerMatrix)
    self.bytesPerOutput = bytesPerOutput
  }

  /// The outputs, in order: `matrix`, `matrix-parts`, `wave-N`, `wave-N-parts` for each wave,
  /// `waves`, `count`, `any`.
  ///
  /// - Throws: ``OutputLimitExceeded`` when a value is larger than ``bytesPerOutput``.
  public func outputs() throws(OutputLimitExceeded) -> [Output] {
    let builds = ScheduledBuild.schedule(plan)
    var outputs = Self.split(
      builds.map(GitHubMatrix.entry), named: "matrix", jobsPerMatrix: jobsPerMatrix)
    for wave in 0..<plan.waveCount {
      let entries = builds.filter { $0.wave == wave }.map(GitHubMatrix.entry)
      outputs += Self.split(entries, named: "wave-\(wave)", jobsPerMatrix: jobsPerMatrix)
    }
    let count = builds.count
    outputs += [
      Output(name: "waves", value: String(plan.waveCount)),
      Output(name: "count", value: String(count)),
      Output(name: "any", value: count > 0 ? "true" : "false"),
    ]
    try Self.check(
      outputs, bytesPerOutput: bytesPerOutput,
      remedy: "split the build (fewer images per run, or `--wave N`), or pass the plan as an "
        + "artifact (`--format json --output FILE`) instead of a job output")
    return outputs
  }

  /// Throws when an output's value is larger than `bytesPerOutput`; `remedy` says what to do.
  static func check(
    _ outputs: [Output], bytesPerOutput: Int, remedy: String
  ) throws(OutputLimitExceeded) {
    for output in outputs where output.value.utf16.count * 2 > bytesPerOutput {
      throw OutputLimitExceeded(
        output: "GITHUB_OUTPUT '\(output.name)'", size: output.value.utf16.count * 2,
        limit: "GitHub's limit of \(bytesPerOutput) bytes (1 MiB) per job output", remedy: remedy)
    }
  }

  /// `outputs` as text to append to `GITHUB_OUTPUT`, each as `NAME<<DELIMITER`, the value, then
  /// `DELIMITER`, with `_1`, `_2`, … appended to `delimiter` until no name or value contains it.
  static func fileContent(of outputs: [Output], delimiter: String) -> String {
    var chosen = delimiter
    var attempt = 0
    while outputs.contains(where: { $0.name.contains(chosen) || $0.value.contains(chosen) }) {
      attempt += 1
      chosen = "\(delimiter)_\(attempt)"
    }
    return outputs.map { "\($0.name)<<\(chosen)\n\($0.value)\n\(chosen)\n" }.joined()
  }

  /// `NAME` and `NAME-parts` = 1 when `entries` fit one matrix; `NAME-part-1`, … and `NAME-parts`
  /// otherwise.
  static func split(
    _ entries: [JSONValue], named name: String, jobsPerMatrix: Int
  ) -> [Output] {
    guard entries.count > jobsPerMatrix else {
      return [
        Output(name: name, value: GitHubMatrix.matrix(of: entries).rendered()),
        Output(name: "\(name)-parts", value: "1"),
      ]
    }
    let parts = stride(from: 0, to: entries.count, by: jobsPerMatrix).map {
      Array(entries[$0..<min($0 + jobsPerMatrix, entries.count)])
    }
    var outputs = parts.enumerated().map { index, part in
      Output(name: "\(name)-part-\(index + 1)", value: GitHubMatrix.matrix(of: part).rendered())
    }
    outputs.append(Output(name: "\(name)-parts", value: String(parts.count)))
    return outputs
  }
}
