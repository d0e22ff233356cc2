import AffectedPlanner
import ArgumentParser

/// `affected gate`: whether any of the named images is affected, or with `--deploy` whether any
/// of the named deploy units must deploy, as an exit status.
struct GateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gate",
    abstract: "Exit 0 when any named image is affected, 1 when none is (2 or more on errors).",
    discussion: """
      An image is named by its id or a short name, which means every image it matches. An \
      image counts as affected exactly when the plan rebuilds it; an uncertain image is affected when \
      anything in its context or definition changed. With --print, print true or false and exit 0 for both, \
      so `set -e` scripts can tell an error from a no. With --deploy, the names are deploy units \
      (ids or short names), and the answer is whether any must be rolled out or restarted.
      """)

  @OptionGroup var planning: PlanningOptions

  @OptionGroup var deployOptions: DeployOptions

  @Flag(help: "Print true or false and exit 0 for both (2 or more on errors).")
  var print = false

  @Flag(help: "Name deploy units instead of images: is any of them rolled out or restarted?")
  var deploy = false

  @Argument(
    help: ArgumentHelp("Image (with --deploy, unit) ids or short names.", valueName: "image"))
  var images: [String]

  func validate() throws {
    if images.isEmpty {
      throw ValidationError(
        deploy
          ? "name at least one deploy unit (an id or a short name)"
          : "name at least one image (an id or a short name)")
    }
    if !deploy, deployOptions.isGiven {
      throw ValidationError(
        "--k8s and --base-per-unit choose deploy units; add --deploy")
    }
    if deployOptions.basePerUnit != nil, planning.revisions.base != nil {
      throw ValidationError("--base-per-unit chooses each unit's base; drop --base")
    }
    _ = try deployOptions.tagPattern()
  }

  func run() throws {
    var answer = false
    if deploy {
      try deployOptions.plan(with: planning) { plan, _ in
        answer = try deploys(in: plan)
        printIfAsked(answer)
      }
    } else {
      try planning.analyse { analysis in
        let matched = try analysis.catalog.images(named: images).map(\.id)
        let hits = matched.filter(analysis.isAffected)
        StandardStreams.note("gate: matched \(matched.joined(separator: ", "))")
        if !hits.isEmpty {
          StandardStreams.note("gate: affected: \(hits.joined(separator: ", "))")
        }
        answer = !hits.isEmpty
        printIfAsked(answer)
      }
    }
    if !answer, !print {
      throw ExitCode(ExitStatus.negative.rawValue)
    }
  }

  /// Prints the answer with `--print`, before the warnings and `--strict`'s exit status.
  private func printIfAsked(_ answer: Bool) {
    if print {
      StandardStreams.writeOutput(answer ? "true\n" : "false\n")
    }
  }

  /// Whether any unit named in `images` deploys in `plan`; notes what matched on standard error.
  private func deploys(in plan: DeployPlan) throws -> Bool {
    let matched = try plan.catalog.units(named: images).map(\.id)
    let hits = matched.compactMap(plan.impact.decision(forUnit:)).filter { $0.action != .none }
    StandardStreams.note("gate: matched \(matched.joined(separator: ", "))")
    if !hits.isEmpty {
      let listed = hits.map { "\($0.id) (\($0.action.rawValue))" }
      StandardStreams.note("gate: deploys: \(listed.joined(separator: ", "))")
    }
    return !hits.isEmpty
  }
}
