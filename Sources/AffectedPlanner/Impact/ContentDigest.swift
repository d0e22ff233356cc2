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

  /// The digest of `text`.
  init(of text: String) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    value = hash
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
    var digests: [String: ContentDigest] = [:]
    for id in ordered {
      guard let listed = inputs(id) else {
        continue
      }
      var text = "affected-digest \(version)\ndefinition\n"
      for line in listed.definition.fingerprint.lines {
        text += line + "\n"
      }
      text += "content\n"
      for input in listed.content {
        text += "\(input.context ?? ".")\t\(input.path)\t\(input.entry.kind)\t\(input.entry.id)\n"
      }
      for dependency in dependencies.dependencies(of: id) {
        text += "base \(dependency) \(digests[dependency]?.description ?? "unknown")\n"
      }
      digests[id] = ContentDigest(of: text)
    }
    return digests
  }
}
