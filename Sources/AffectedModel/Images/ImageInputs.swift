/// The files an image reads at one revision: the files that define it, and the entries of its
/// build contexts that its reached stages read.
///
/// An image's content changed between two revisions when its `content` differs; its definition
/// changed when its `definition.fingerprint` differs.
public struct ImageInputs: Hashable, Sendable {
  /// The definition the inputs follow from.
  public var definition: ImageDefinition
  /// The entries read, sorted (main context first), each once.
  public var content: [ContentInput]

  /// Lists the inputs of `definition` in `source`.
  ///
  /// They are the files each context sends (after its `.dockerignore`) that a read takes, plus
  /// the targets of links that wildcard sources match. An uncertain image reads every file its
  /// contexts send. Only the folders a read can reach are listed: whether the `.dockerignore`
  /// sends a file depends on its path alone, never on the files beside it.
  public init(_ definition: ImageDefinition, in source: some FileSource) {
    self.definition = definition
    var content: [ContentInput] = []
    // Each context's files come in byte order, unless link targets were added to them.
    var mayBeUnsorted = definition.contexts.count > 1
    for context in definition.contexts {
      let reads = definition.reads.filter { $0.context == context.name }
      let listing = ContextListing(context: context, source: source)
      var taken: [SentFile]
      if definition.readsWholeContext {
        taken = listing.sent(under: "")
      } else if reads.allSatisfy(Self.takesAllBelow) {
        // Each file listed lies below the path of a read, which takes it.
        taken = listing.sent(for: reads)
      } else {
        let sent = listing.sent(for: reads)
        // Read by read, each file until a read takes it: asking every read of each file in
        // turn would copy the read (retaining all it holds) for each file.
        var isTaken = Array(repeating: false, count: sent.count)
        for read in reads {
          for index in sent.indices where !isTaken[index] && read.covers(sent[index].path) {
            isTaken[index] = true
          }
        }
        taken = sent.indices.filter { isTaken[$0] }.map { sent[$0] }
        let targets = Self.linkTargets(of: reads, among: sent, in: listing)
        if !targets.isEmpty {
          let covered = Set(taken.map(\.path))
          taken += targets.filter { !covered.contains($0.path) }
          mayBeUnsorted = true
        }
      }
      // Appended one by one: mapping first would copy every input once more.
      content.reserveCapacity(content.count + taken.count)
      for index in taken.indices {
        content.append(
          ContentInput(
            context: context.name, path: taken[index].path,
            repositoryPath: taken[index].repositoryPath, entry: taken[index].entry))
      }
    }
    // Most listings need no sorting. By position, paths only: zipping, or comparing whole
    // inputs, would copy every input twice.
    let isSorted =
      !mayBeUnsorted
      || !content.indices.dropFirst().contains { index in
        content[index].context != content[index - 1].context
          ? content[index] < content[index - 1]
          : ContextPath.precedes(content[index].path, content[index - 1].path)
      }
    self.content = isSorted ? content : content.sorted()
  }

  /// One file an image reads, as `affected inputs` lists it.
  public struct File: Hashable, Sendable {
    /// Why the image reads the file.
    public enum Kind: String, Hashable, Sendable {
      /// It defines the image (spec, Dockerfile, `.dockerignore`).
      case definition
      /// A reached stage reads it from a build context.
      case content
    }

    /// The repository-relative path.
    public var path: String
    /// Why the image reads it.
    public var kind: Kind
  }

  /// Every file the image reads: the definition files, then the content inputs, each path once.
  public var files: [File] {
    var seen: Set<String> = []
    let definitions = definition.definitionFiles.filter { seen.insert($0).inserted }
    let contents = content.map(\.repositoryPath).filter { seen.insert($0).inserted }
    return definitions.map { File(path: $0, kind: .definition) }
      + contents.map { File(path: $0, kind: .content) }
  }

  /// Whether `read` takes every file below its path: a plain path, reached without links,
  /// without `--exclude` patterns.
  private static func takesAllBelow(_ read: ContextRead) -> Bool {
    guard case .path = read.selection else {
      return false
    }
    return read.links.isEmpty && read.excludeRules.isEmpty
  }

  /// What the links that wildcard sources match point to: BuildKit follows each matched link,
  /// and copies its target (a file, or a folder with everything below it).
  private static func linkTargets<Source: FileSource>(
    of reads: [ContextRead], among sent: [SentFile],
    in listing: ContextListing<Source>
  ) -> [SentFile] {
    var targets: [String: SentFile] = [:]
    let root = listing.context.root
    for read in reads {
      guard case .wildcard = read.selection else {
        continue
      }
      for file in sent
      where file.entry.kind == .symlink && read.copiedRoot(of: file.path) == file.path {
        guard let target = ContextPath.resolve(file.path, root: root, in: listing.source)?.path
        else {
          continue
        }
        for candidate in listing.sent(under: target) {
          guard let inside = ContextPath.relative(candidate.path, to: target) else {
            continue
          }
          if inside.isEmpty || !read.excludeRules.excludes(inside) {
            targets[candidate.path] = candidate
          }
        }
      }
    }
    return Array(targets.values)
  }
}
