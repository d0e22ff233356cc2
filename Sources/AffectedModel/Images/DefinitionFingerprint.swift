/// What an image's definition says, in a canonical form: two builds with equal fingerprints run
/// the same instructions with the same settings.
///
/// It holds the reached stages' instructions as parsed (not their lines, comments or spacing),
/// with stage names replaced by the stages they resolve to (numbered in the order the target
/// reaches them), the `syntax` and `escape` directives, and the build spec: the build arguments
/// the reached stages declare and the named contexts they use. Editing a comment or a stage the
/// target does not reach, renaming a stage everywhere, or moving the Dockerfile leaves it equal.
public struct DefinitionFingerprint: Hashable, Sendable, CustomStringConvertible {
  /// The canonical lines, in order.
  public var lines: [String]

  /// Creates a fingerprint from its lines.
  public init(lines: [String]) {
    self.lines = lines
  }

  /// The lines, one per line.
  public var description: String {
    lines.joined(separator: "\n")
  }

  /// `instruction` rendered without its line, comments or spacing between words; `stage`
  /// renders a `--from` or `from=` value that names a stage (`nil` when it names none).
  static func render(
    _ instruction: Instruction, kind: StageInstruction.Kind, stage: (String) -> String?
  ) -> String {
    // Written into one string, word by word, with a space before every word but the first: one
    // instruction of every reached stage of every image is rendered, and an array of words
    // joined afterwards would allocate for each.
    var text = instruction.command
    func append(_ word: String) {
      text.append(" ")
      text.append(word)
    }
    if let subCommand = instruction.subCommand {
      append(subCommand)
    }
    var mounts: ArraySlice<RunMount> = []
    var copyFrom: String?
    switch kind {
    case .run(let run):
      mounts = run.mounts[...]
    case .copy(let copy):
      copyFrom = copy.from
    case .onbuild, .other:
      break
    }
    for flag in instruction.flags {
      if flag.hasPrefix("--mount="), let mount = mounts.popFirst() {
        append("--mount=" + render(mount, stage: stage))
      } else if flag.hasPrefix("--from="), let from = copyFrom {
        append("--from=" + (stage(from) ?? from))
      } else {
        append(flag)
      }
    }
    if instruction.isJSON {
      text.append(" [")
      for (position, argument) in instruction.arguments.enumerated() {
        if position > 0 {
          text.append(",")
        }
        appendQuoted(argument, to: &text)
      }
      text.append("]")
    } else {
      for argument in instruction.arguments {
        append(argument)
      }
    }
    for heredoc in instruction.heredocs {
      text += "\n<<\(heredoc.name)\n\(heredoc.content)"
    }
    return text
  }

  /// A parsed mount as `key=value` pairs, its `from` resolved.
  private static func render(_ mount: RunMount, stage: (String) -> String?) -> String {
    let fields: [(String, String?)] = [
      ("type", mount.type.rawValue), ("from", mount.from.map { stage($0) ?? $0 }),
      ("source", mount.source), ("target", mount.target), ("readonly", "\(mount.isReadOnly)"),
      ("id", mount.id), ("sharing", mount.sharing?.rawValue),
      ("required", mount.isRequired ? "true" : nil), ("mode", mount.mode.map { "\($0)" }),
      ("uid", mount.uid.map { "\($0)" }), ("gid", mount.gid.map { "\($0)" }),
      ("env", mount.environmentVariable),
    ]
    return fields.compactMap { key, value in value.map { "\(key)=\($0)" } }
      .joined(separator: ",")
  }

  /// Appends `text` to `output` as a JSON string.
  private static func appendQuoted(_ text: String, to output: inout String) {
    output.append("\"")
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      default: output.unicodeScalars.append(scalar)
      }
    }
    output.append("\"")
  }
}
