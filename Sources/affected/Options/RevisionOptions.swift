import AffectedGit
import AffectedModel
import AffectedPlanner
import ArgumentParser
import Foundation

/// The flags that choose what to compare, shared by every command that compares two states.
struct RevisionOptions: ParsableArguments {
  @OptionGroup var repository: RepositoryOptions

  @Option(
    help: ArgumentHelp(
      "The base revision. Default: AFFECTED_BASE, then the CI system's base, then the default branch.",
      valueName: "rev"))
  var base: String?

  @Option(help: ArgumentHelp("The head revision.", valueName: "rev"))
  var head: String = "HEAD"

  @Flag(
    help:
      "Compare the working tree (staged, unstaged and untracked files) instead of a head commit.")
  var uncommitted = false

  @Flag(
    name: .customLong("no-merge-base"),
    help: "Compare base and head directly instead of starting at their merge base.")
  var noMergeBase = false

  @Option(
    name: .customLong("if-no-base"),
    help: ArgumentHelp(
      "What to do without a usable base: fail (exit 3) or treat every file as changed (all).",
      valueName: "fail|all"))
  var ifNoBase: ComparisonOptions.MissingBasePolicy = .fail

  @Flag(
    help: "Fetch more history from origin when a shallow clone lacks the base or the merge base.")
  var deepen = false

  func validate() throws {
    if uncommitted, head != "HEAD" {
      throw ValidationError("--uncommitted compares the working tree of HEAD; drop --head")
    }
  }

  /// The comparison these flags ask for.
  var comparisonOptions: ComparisonOptions {
    ComparisonOptions(
      base: base, head: head, uncommitted: uncommitted, useMergeBase: !noMergeBase,
      missingBase: ifNoBase, deepen: deepen)
  }

  /// The comparison these flags ask for in `repository`, with the base chosen from the process
  /// environment's CI variables when `--base` is not given, then from `affected.yml`
  /// `defaults.base` at the head; `readingHeadAhead` when an analysis follows
  /// (``ComparisonOptions/readsHeadAhead``).
  ///
  /// - Throws: `ConfigurationError` when the head's `affected.yml` is invalid, and the
  ///   comparison's errors.
  func compare(in repository: Repository, readingHeadAhead: Bool = false) throws -> Comparison {
    // A head that cannot be read is reported by the comparison, with its fixes.
    var configuredBase: String?
    if let snapshot = try? headSnapshot(in: repository) {
      configuredBase = try Configuration(loadingFrom: SnapshotFileSource(snapshot)).defaults.base
    }
    var options = comparisonOptions
    options.readsHeadAhead = readingHeadAhead
    return try Comparison.compute(
      in: repository, options: options,
      selector: BaseSelector(
        environment: ProcessInfo.processInfo.environment, configuredBase: configuredBase))
  }

  /// The head these flags name: the working tree, or the head revision's tree.
  private func headSnapshot(in repository: Repository) throws -> Snapshot {
    uncommitted
      ? try repository.workingTreeSnapshot() : try repository.snapshot(of: repository.commit(head))
  }
}

extension ComparisonOptions.MissingBasePolicy: ExpressibleByArgument {}
