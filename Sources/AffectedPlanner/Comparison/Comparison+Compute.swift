import AffectedGit

extension Comparison {
  /// Chooses the base, resolves base and head, finds where the comparison starts, and lists the changes.
  ///
  /// With `options.deepen`, a shallow clone that lacks the base or the merge base fetches more history
  /// from `origin` (depth 50, then doubling, then the full history) until the comparison can be made.
  /// - Throws: ``ComparisonError`` when no usable base exists (unless `options.missingBase` is `.all`) or
  ///   a revision name is unknown; ``GitError`` for repository failures.
  public static func compute(
    in repository: Repository, options: ComparisonOptions, selector: BaseSelector
  ) throws -> Comparison {
    var repository = repository
    var fetchNotes: [String] = []
    var depth: Int? = 50
    var fetchedEverything = false
    while true {
      do {
        var comparison = try computeOnce(in: repository, options: options, selector: selector)
        comparison.notes = fetchNotes + comparison.notes
        return comparison
      } catch let error as ComparisonError {
        // A clone of a shallow remote stays shallow even after a full fetch: stop there.
        guard case .noBase(let message, fetchMayHelp: true) = error, options.deepen,
          repository.isShallow, !fetchedEverything
        else { throw error }
        fetchNotes.append(message)
        let amount = depth.map { "\($0) commits of history" } ?? "the full history"
        fetchNotes.append("--deepen: fetching \(amount) from origin")
        try repository.fetchHistory(remote: "origin", depth: depth, including: [])
        fetchedEverything = depth == nil
        repository = try Repository(discoveringFrom: repository.gitDirectory)
        depth = depth.flatMap { $0 >= 1600 ? nil : $0 * 2 }
      }
    }
  }

  private static func computeOnce(
    in repository: Repository, options: ComparisonOptions, selector: BaseSelector
  ) throws -> Comparison {
    let head = try repository.commit(options.uncommitted ? "HEAD" : options.head)
    if options.readsHeadAhead, !options.uncommitted {
      repository.startReadingTrees(below: head.tree, gathering: Snapshot.NameFilter.discovery)
    }
    var notes: [String] = []
    let base: ResolvedBase
    let start: Commit
    var mergeBase: ObjectID?
    do {
      base = try resolveBase(selector.candidates(explicit: options.base), in: repository)
      notes.append(
        "base: \(base.candidate.revision ?? "") (\(base.commit.id.abbreviated())) "
          + "from \(base.candidate.source): \(base.candidate.reason)")
      if options.useMergeBase {
        let found = try findMergeBase(of: base.commit, and: head, in: repository, options: options)
        mergeBase = found.mergeBase
        start = found.start
        notes += found.notes
      } else {
        start = base.commit
        notes.append("comparing with base itself (--no-merge-base)")
      }
    } catch let error as ComparisonError {
      guard case .noBase(let message, _) = error, options.missingBase == .all else { throw error }
      notes.append("no usable base: \(message)")
      notes.append("--if-no-base all: every file of head counts as changed")
      let changes =
        options.uncommitted
        ? try repository.changesInWorkingTree(from: nil)
        : try repository.changes(from: nil, to: head.tree)
      return Comparison(
        base: nil, head: head, headIsWorkingTree: options.uncommitted, start: nil, mergeBase: nil,
        changes: changes, allChangedReason: "no usable base: \(message)", notes: notes)
    }
    let changes =
      options.uncommitted
      ? try repository.changesInWorkingTree(from: start.tree)
      : try repository.changes(from: start.tree, to: head.tree)
    notes.append(
      "head: \(options.uncommitted ? "working tree of HEAD" : options.head) (\(head.id.abbreviated())), "
        + "comparing from \(start.id.abbreviated())")
    return Comparison(
      base: base, head: head, headIsWorkingTree: options.uncommitted, start: start.id,
      mergeBase: mergeBase, changes: changes, allChangedReason: nil, notes: notes)
  }

  private static func resolveBase(
    _ candidates: [BaseCandidate], in repository: Repository
  ) throws -> ResolvedBase {
    let fetchAdvice =
      "fetch more history (actions/checkout: fetch-depth: 0; or git fetch --deepen=200; or --deepen), "
      + "or name another base with --base"
    for candidate in candidates {
      guard let revision = candidate.revision else {
        throw ComparisonError.noBase(
          "\(candidate.source): \(candidate.reason); there is no base to compare with: "
            + "pass --base REV, or --if-no-base all to treat every file as changed",
          fetchMayHelp: false)
      }
      do {
        return ResolvedBase(candidate: candidate, commit: try repository.commit(revision))
      } catch {
        guard error.code == .notFound else { throw error }
        if candidates.count > 1 {
          continue
        }
        if candidate.isCommitID {
          throw ComparisonError.noBase(
            "the base commit \(revision) (from \(candidate.source)) is not in this clone; \(fetchAdvice)",
            fetchMayHelp: true)
        }
        if repository.isShallow {
          throw ComparisonError.noBase(
            "the base '\(revision)' (from \(candidate.source)) does not resolve in this shallow clone; "
              + "fetch it (git fetch origin \(revision)) or \(fetchAdvice)",
            fetchMayHelp: true)
        }
        throw ComparisonError.unknownRevision(
          "\(error.message) (from \(candidate.source)); check the spelling, or fetch it first")
      }
    }
    throw ComparisonError.noBase(
      "no base given and no default branch found (tried \(BaseSelector.defaultBranchNames.joined(separator: ", "))); "
        + "pass --base REV, or --if-no-base all to treat every file as changed",
      fetchMayHelp: false)
  }
}
