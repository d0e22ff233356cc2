/// One instruction of an image's build, named for people: which stage, which line, what it says.
///
/// A change to a file an image reads invalidates the build cache from the first step that reads
/// it; every step after it in that stage runs again, and the steps before it stay cached.
public struct BuildStep: Hashable, Sendable, CustomStringConvertible {
  /// The stage's index in its Dockerfile.
  public var stageIndex: Int
  /// The stage's name, if it has one.
  public var stageName: String?
  /// The Dockerfile that holds the instruction (a base image's for an inherited `ONBUILD`
  /// trigger; the compose file for an inline Dockerfile).
  public var file: String?
  /// The 1-based line of the instruction.
  public var line: Int
  /// The instruction as written, its lines joined.
  public var instruction: String

  /// Creates a step.
  public init(stageIndex: Int, stageName: String?, file: String?, line: Int, instruction: String) {
    self.stageIndex = stageIndex
    self.stageName = stageName
    self.file = file
    self.line = line
    self.instruction = instruction
  }

  /// `stage builder, line 12: COPY pyproject.toml uv.lock* ./`.
  public var description: String {
    let stage = stageName.map { "stage \($0)" } ?? "stage \(stageIndex)"
    return "\(stage), line \(line): \(instruction)"
  }
}
