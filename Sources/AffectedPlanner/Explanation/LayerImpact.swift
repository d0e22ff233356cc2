import AffectedModel

/// What a change to one file does to an image's build cache: the first step that reads it reruns,
/// and so does every later step of its stage; the earlier `RUN` steps stay cached.
///
/// For the fullstack backend, a change to `uv.lock` invalidates line 11 (`COPY pyproject.toml
/// uv.lock ./`), so the dependency install on line 12 reruns; a change to `src/main.py`
/// invalidates line 15 (`COPY . .`), and the install on line 12 stays cached.
public struct LayerImpact: Hashable, Sendable {
  /// The first step of the stage whose cache the change invalidates.
  public var step: BuildStep
  /// The `RUN` steps of the same stage after it, which rerun too (by line).
  public var rerunCommands: [Int]
  /// How many steps of the stage come after it (all of them rerun).
  public var laterSteps: Int
  /// The `RUN` steps of the same stage before it, which stay cached (by line).
  public var cachedCommands: [Int]

  /// Creates an impact.
  public init(step: BuildStep, rerunCommands: [Int], laterSteps: Int, cachedCommands: [Int]) {
    self.step = step
    self.rerunCommands = rerunCommands
    self.laterSteps = laterSteps
    self.cachedCommands = cachedCommands
  }

  /// The impact of invalidating `step`, one of the steps of `stages` (reached stages of the
  /// image); the steps of an inherited `ONBUILD` trigger count from the stage's start.
  init(step: BuildStep, stages: [Stage]) {
    let instructions = stages.first { $0.index == step.stageIndex }?.instructions ?? []
    // A `FROM` step or an inherited trigger is no instruction of the stage: all of them follow.
    let inherited = !instructions.contains {
      $0.instruction.startLine == step.line && $0.instruction.original == step.instruction
    }
    var rerun: [Int] = []
    var later = 0
    var cached: [Int] = []
    for item in instructions {
      let line = item.instruction.startLine
      let isRun: Bool
      if case .run = item.kind {
        isRun = true
      } else {
        isRun = false
      }
      if inherited || line > step.line {
        later += 1
        if isRun {
          rerun.append(line)
        }
      } else if line < step.line, isRun {
        cached.append(line)
      }
    }
    self.init(step: step, rerunCommands: rerun, laterSteps: later, cachedCommands: cached)
  }

  /// The impacts of a change to the repository path `path` on the image `definition` defines.
  static func impacts(of path: String, in definition: ImageDefinition) -> [LayerImpact] {
    definition.layerImpacts(of: path).map {
      LayerImpact(step: $0, stages: definition.reachedStages)
    }
  }

  /// `RUN at lines 12, 16 rerun; RUN at line 12 stays cached`: what the change costs.
  public var consequence: String {
    var parts: [String] = []
    if rerunCommands.isEmpty {
      parts.append(laterSteps == 0 ? "no later step" : "\(laterSteps) later steps rerun, no RUN")
    } else {
      let verb = rerunCommands.count == 1 ? "reruns" : "rerun"
      parts.append("RUN at \(Self.lines(rerunCommands)) \(verb)")
    }
    if !cachedCommands.isEmpty {
      let verb = cachedCommands.count == 1 ? "stays" : "stay"
      parts.append("RUN at \(Self.lines(cachedCommands)) \(verb) cached")
    }
    return parts.joined(separator: "; ")
  }

  /// `line 12` or `lines 12, 16`.
  private static func lines(_ numbers: [Int]) -> String {
    (numbers.count == 1 ? "line " : "lines ") + numbers.map(String.init).joined(separator: ", ")
  }
}
