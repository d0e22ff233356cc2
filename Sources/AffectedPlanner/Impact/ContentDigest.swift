import AffectedModel

/// A digest of what an image's build reads, usable as an image tag: equal digests mean the same
/// definition, the same content inputs and the same digests of the in-repository images it
/// builds on.
///
/// The algorithm (version 1) is 64-bit FNV-1a over UTF-8 text, so it is stable across machines
/// and clones and reads no file contents (blob ids stand for them). The text is `affected-digest
/// 1`, then `definition` and the fingerprint's lines, then `content` and one line per content
/// input (`<context or .>\t<context-relative path>\t<kind>\t<blob id>`, in input order), then
/// `base <id> <digest>` for each image built on, by id; each line ends with a newline.
public struct ContentDigest: Hashable, Sendable, CustomStringConvertible {
  /// The algorithm's version, the number on the text's first line.
  public static let version = 1

  /// The digest's 64 bits.
  public var value: UInt64

  /// The digest of what `hasher` was fed.
  init(_ hasher: DigestHasher) {
    value = hasher.value
  }

  /// Sixteen lowercase hexadecimal digits.
  public var description: String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// The first twelve digits, as the default tag uses them.
  public var short: String {
    String(description.prefix(12))
  }

  /// The digests of `ordered` (each after the images it builds on), listing inputs with `inputs`.
  static func digests(
    of ordered: [String], dependencies: ImageDependencies,
    inputs: (String) -> ImageInputs?
  ) -> [String: ContentDigest] {
    digests(of: ordered, dependencies: dependencies) { inputs($0).map(ownLines(of:)) }
  }

  /// The digests of `ordered` (each after the images it builds on), each continuing the hasher
  /// `started` gives for it (``ownLines(of:)``) with the lines of the images it builds on;
  /// images it gives none for are left out.
  static func digests(
    of ordered: [String], dependencies: ImageDependencies,
    started: (String) -> DigestHasher?
  ) -> [String: ContentDigest] {
    var digests: [String: ContentDigest] = [:]
    for id in ordered {
      guard var hasher = started(id) else {
        continue
      }
      for dependency in dependencies.dependencies(of: id) {
        hasher.add("base ")
        hasher.add(dependency)
        hasher.add(UInt8(ascii: " "))
        hasher.add(digests[dependency]?.description ?? "unknown")
        hasher.add(newline)
      }
      digests[id] = ContentDigest(hasher)
    }
    return digests
  }

  /// The hasher fed the text's lines that depend on `listed` alone.
  ///
  /// They are the version, the definition's fingerprint and the content inputs, everything up
  /// to the images built on, so any thread can hash them.
  static func ownLines(of listed: ImageInputs) -> DigestHasher {
    var hasher = DigestHasher()
    hasher.add("affected-digest \(version)\ndefinition\n")
    for line in listed.definition.fingerprint.lines {
      hasher.add(line)
      hasher.add(newline)
    }
    hasher.add("content\n")
    // By position: iterating would copy (retain and release) every input.
    let content = listed.content
    for index in content.indices {
      hasher.add(content[index].context ?? ".")
      hasher.add(tab)
      hasher.add(content[index].path)
      hasher.add(tab)
      hasher.add(name(of: content[index].entry.kind))
      hasher.add(tab)
      hasher.add(content[index].entry.id)
      hasher.add(newline)
    }
    return hasher
  }

  /// The byte ending each line of the text.
  private static let newline = UInt8(ascii: "\n")
  /// The byte between the fields of a content line.
  private static let tab = UInt8(ascii: "\t")

  /// The kind as a content line names it: the case's name, as version 1 printed it.
  private static func name(of kind: FileEntry.Kind) -> String {
    switch kind {
    case .file: "file"
    case .executable: "executable"
    case .symlink: "symlink"
    case .submodule: "submodule"
    case .directory: "directory"
    }
  }
}
