/// The `--name=value` flags of one instruction, checked against the flags it accepts, as
/// BuildKit's `BFlags` checks them.
struct InstructionFlags {
  /// What kind of value a flag takes.
  enum Kind {
    /// `--name`, `--name=true` or `--name=false`.
    case boolean
    /// `--name=value`, at most once.
    case string
    /// `--name=value`, any number of times.
    case strings
  }

  private var booleans: [String: Bool] = [:]
  private var strings: [String: String] = [:]
  private var lists: [String: [String]] = [:]

  /// Checks `words` (`--name=value`) against `accepted`.
  ///
  /// - Throws: `DockerfileError` (without a line) for an unknown or repeated flag, a missing
  ///   value, or a boolean flag that is neither `true` nor `false`.
  init(_ words: [String], accepted: [String: Kind], instruction: String) throws {
    for word in words {
      guard word.hasPrefix("--") else {
        throw DockerfileError(line: nil, "\(instruction) flag \(word) should start with --")
      }
      guard word != "--" else {
        return
      }
      let body = word.unicodeScalars.dropFirst(2)
      let equals = body.firstIndex(of: "=")
      // Slices of the word taken as substrings: their bytes are copied at once, where
      // rebuilding them scalar by scalar costs an append per scalar.
      let name = String(Substring(body[..<(equals ?? body.endIndex)]))
      let value = equals.map { String(Substring(body[body.index(after: $0)...])) }
      guard let kind = accepted[name] else {
        let known = accepted.keys.sorted().map { "--\($0)" }.joined(separator: ", ")
        throw DockerfileError(
          line: nil,
          "unknown flag: \(name); \(instruction) accepts "
            + (known.isEmpty ? "no flags" : known))
      }
      guard kind == .strings || (booleans[name] == nil && strings[name] == nil) else {
        throw DockerfileError(line: nil, "duplicate flag specified: \(name); keep one")
      }
      switch kind {
      case .boolean:
        booleans[name] = try Self.boolean(value, flag: name)
      case .string, .strings:
        guard let value else {
          throw DockerfileError(
            line: nil, "missing a value on flag: \(name); write --\(name)=value")
        }
        if kind == .string {
          strings[name] = value
        } else {
          lists[name, default: []].append(value)
        }
      }
    }
  }

  /// Whether boolean flag `name` is on.
  func isSet(_ name: String) -> Bool {
    booleans[name] ?? false
  }

  /// Whether boolean flag `name` was written at all.
  func isWritten(_ name: String) -> Bool {
    booleans[name] != nil
  }

  /// The value of string flag `name`, if written.
  func string(_ name: String) -> String? {
    strings[name]
  }

  /// The values of repeatable flag `name`, in order.
  func list(_ name: String) -> [String] {
    lists[name] ?? []
  }

  private static func boolean(_ value: String?, flag: String) throws -> Bool {
    switch value?.lowercased() {
    case nil: return true
    case "true": return true
    case "false": return false
    case "":
      throw DockerfileError(line: nil, "missing a value on flag: \(flag); write --\(flag)=true")
    case let other?:
      throw DockerfileError(
        line: nil, "expecting boolean value for flag \(flag), not: \(other); use true or false")
    }
  }
}
