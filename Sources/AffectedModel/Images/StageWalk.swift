/// Walks the stages an image's target reaches, as BuildKit resolves them, and records what they
/// read from build contexts, which images they use, and their canonical definition.
///
/// A stage is reached from the target through `FROM <stage>`, `COPY --from=<stage or index>`
/// and `RUN --mount=…,from=<stage>`. A `--from` value is a stage first, then a named context,
/// then an image, as in BuildKit. `ONBUILD` triggers of a stage's base (an earlier stage, or an
/// image this repository builds) run at the start of the stage, in its context.
struct StageWalk {
  /// What a `--from`, `from=` or `FROM` value names.
  private enum Source {
    case stage(Int)
    /// A build context: `nil` for the main one, else a named context.
    case context(String?)
    case image(String)

    var isContext: Bool {
      if case .context = self {
        return true
      }
      return false
    }
  }

  /// An image's use of another image, before it is matched with the images of the repository.
  struct Reference: Hashable {
    var name: String
    var kind: ImageLink.Kind
    var line: Int?
  }

  let stages: BuildStages
  let expander: WordExpander
  /// The Dockerfile (or compose file, for an inline one), for build steps.
  let file: String?
  /// The named contexts of the build.
  let namedContexts: [String: ImageContext]
  /// The `ONBUILD` triggers of the images this repository builds under a name.
  let imageTriggers: (String) -> [InheritedTriggers]

  /// The reached stages, in the order the walk met them (their canonical numbering).
  private(set) var order: [Int] = []
  private var canonical: [Int: Int] = [:]
  /// The reads from build contexts.
  private(set) var requests: [ReadRequest] = []
  /// The images used.
  private(set) var references: [Reference] = []
  /// The named contexts used, in the order met.
  private(set) var usedContexts: [String] = []
  /// The canonical definition of the reached stages.
  private(set) var lines: [String] = []
  /// Why some read cannot be told exactly.
  private(set) var uncertainReasons: [String] = []
  /// The names the reached stages declare with `ARG`.
  private(set) var declaredArguments: Set<String> = []

  init(
    stages: BuildStages, expander: WordExpander, file: String?,
    namedContexts: [String: ImageContext],
    imageTriggers: @escaping (String) -> [InheritedTriggers]
  ) {
    self.stages = stages
    self.expander = expander
    self.file = file
    self.namedContexts = namedContexts
    self.imageTriggers = imageTriggers
  }

  /// Walks from the stage at `index`.
  mutating func visit(_ index: Int) {
    guard canonical[index] == nil else {
      return
    }
    let number = order.count
    canonical[index] = number
    order.append(index)
    let stage = stages.stages[index]
    let step = BuildStep(
      stageIndex: index, stageName: stage.name, file: file, line: stage.line,
      instruction: "FROM \(stage.baseName)")
    if let name = stage.name, namedContexts[name] != nil {
      // A named context of the stage's name replaces the whole stage.
      lines.append("stage \(number) = context \(name)")
      read(name, source: "", step: step)
      return
    }
    var inherited: [InheritedTriggers] = []
    if let base = stage.baseStageIndex {
      visit(base)
      lines.append("stage \(number) from stage \(canonical[base] ?? base)")
      inherited = [InheritedTriggers(stage: stages.stages[base], expander: expander, file: file)]
    } else if namedContexts[stage.baseName] != nil {
      lines.append("stage \(number) from context \(stage.baseName)")
      read(stage.baseName, source: "", step: step)
    } else if stage.baseName.lowercased() == "scratch" {
      lines.append("stage \(number) from scratch")
    } else {
      lines.append("stage \(number) from \(stage.baseName)")
      use(.image(stage.baseName), kind: .base, step: step)
      inherited = imageTriggers(stage.baseName)
    }
    if let platform = stage.platform {
      lines.append("platform \(platform)")
    }
    for base in inherited {
      for trigger in base.triggers {
        run(trigger: trigger, of: base, in: index)
      }
    }
    for item in stage.instructions {
      process(item, in: index, file: file, prefix: "")
    }
  }

  /// Runs an inherited `ONBUILD` trigger at the start of stage `index`, typed in its base's scope.
  private mutating func run(trigger: StageInstruction, of base: InheritedTriggers, in index: Int) {
    do {
      let typed = try base.typed(trigger)
      process(typed, in: index, file: base.file, prefix: "trigger ")
    } catch {
      let location = base.file.map { "\($0):\(trigger.instruction.startLine)" } ?? "line ?"
      uncertainReasons.append(
        "the ONBUILD trigger at \(location) cannot run here: \(error)")
      lines.append("trigger (invalid) " + trigger.instruction.original)
    }
  }

  /// Records one instruction of stage `index` (from `file`) and what it reads.
  private mutating func process(
    _ item: StageInstruction, in index: Int, file: String?, prefix: String
  ) {
    let instruction = item.instruction
    let step = BuildStep(
      stageIndex: index, stageName: stages.stages[index].name, file: file,
      line: instruction.startLine, instruction: instruction.original)
    if instruction.command == "ARG" {
      declaredArguments.formUnion(Self.argumentNames(instruction))
    }
    switch item.kind {
    case .copy(let copy):
      let source = copy.from.map(resolve) ?? .context(nil)
      use(source, kind: .copy, step: step)
      checkUnresolved(item, step: step, readsContext: source.isContext)
      if case .context(let name) = source {
        for case .path(let path) in copy.sources {
          read(name, source: path, step: step, parents: copy.parents, excludes: copy.excludes)
        }
      }
    case .run(let run):
      for mount in run.mounts where mount.readsFiles {
        let source = mount.from.map(resolve) ?? .context(nil)
        use(source, kind: .mount, step: step)
        checkUnresolved(item, step: step, readsContext: source.isContext)
        if case .context(let name) = source {
          read(name, source: mount.source ?? "", step: step)
        }
      }
    case .onbuild, .other:
      break
    }
    lines.append(
      prefix
        + DefinitionFingerprint.render(instruction, kind: item.kind) { [canonical, stages] value in
          stages.stageIndex(forCopyFrom: value).flatMap { canonical[$0] }.map { "stage \($0)" }
        })
  }

  /// What `value` names: a stage, else a named context, else an image.
  private func resolve(_ value: String) -> Source {
    if let stage = stages.stageIndex(forCopyFrom: value) {
      return .stage(stage)
    }
    if namedContexts[value] != nil {
      return .context(value)
    }
    return .image(value)
  }

  /// Follows `source` when it is a stage, and records it when it is an image.
  private mutating func use(_ source: Source, kind: ImageLink.Kind, step: BuildStep) {
    switch source {
    case .stage(let stage):
      visit(stage)
    case .image(let name):
      references.append(Reference(name: name, kind: kind, line: step.line))
    case .context:
      break
    }
  }

  /// Records a read of `source` from the context `name` (`nil` for the main one).
  private mutating func read(
    _ name: String?, source: String, step: BuildStep, parents: Bool = false,
    excludes: [String] = []
  ) {
    if let name, !usedContexts.contains(name) {
      usedContexts.append(name)
    }
    requests.append(
      ReadRequest(
        context: name, source: source, parents: parents, excludes: excludes, step: step))
  }

  /// Marks the image uncertain when a word that decides what `item` reads refers to a variable
  /// without a value: its `--from`, and its sources when it reads a context.
  private mutating func checkUnresolved(
    _ item: StageInstruction, step: BuildStep, readsContext: Bool
  ) {
    guard !item.unresolvedVariables.isEmpty else {
      return
    }
    let instruction = item.instruction
    var words = instruction.flags.filter { $0.hasPrefix("--from=") }
    if readsContext {
      words += instruction.flags.filter { $0.hasPrefix("--exclude=") || $0.hasPrefix("--mount=") }
      if instruction.command != "RUN" {
        words += instruction.arguments.dropLast()
      }
    }
    let names = item.unresolvedVariables.filter { name in
      words.contains { $0.contains("$" + name) || $0.contains("${" + name) }
    }
    guard !names.isEmpty else {
      return
    }
    let list = names.map { "$" + $0 }.joined(separator: ", ")
    uncertainReasons.append(
      "\(step.file ?? "Dockerfile"):\(step.line): what \(instruction.command) reads depends on "
        + "\(list), which has no value here")
  }

  /// The names an `ARG` instruction declares.
  private static func argumentNames(_ instruction: Instruction) -> [String] {
    instruction.arguments.map { word in
      String(word.unicodeScalars.prefix { $0 != "=" })
    }
  }
}
