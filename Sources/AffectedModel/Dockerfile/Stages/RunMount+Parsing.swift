extension RunMount {
  /// Parses a `--mount` value (`type=cache,target=/root/.cache,…`), expanding each value with
  /// `resolver`, and checks it as BuildKit's `parseMount` does.
  ///
  /// - Throws: `DockerfileError` (without a line) for malformed CSV, unknown keys or types,
  ///   invalid numbers or booleans, variables in `from`, and options the mount type forbids.
  init(parsing value: String, resolver: inout WordResolver) throws {
    var mount = RunMount()
    var readOnly: Bool?
    for field in try Self.csvFields(value) {
      let scalars = field.unicodeScalars
      let equals = scalars.firstIndex(of: "=")
      let key = String(String.UnicodeScalarView(scalars[..<(equals ?? scalars.endIndex)]))
        .lowercased()
      guard let equals else {
        switch key {
        case "readonly", "ro": readOnly = true
        case "readwrite", "rw": readOnly = false
        case "required":
          try mount.checkRequiredAllowed()
          mount.isRequired = true
        default:
          throw DockerfileError(line: nil, "invalid field '\(field)' must be a key=value pair")
        }
        continue
      }
      let rawValue = Array(scalars[scalars.index(after: equals)...])
      if key == "from"
        && zip(rawValue, rawValue.dropFirst()).contains(where: { $0 == "$" && $1 != "\n" })
      {
        throw DockerfileError(
          line: nil, "'from' doesn't support variable expansion, define alias stage instead")
      }
      let value = try resolver.expand(String(String.UnicodeScalarView(rawValue)))
      try mount.set(key, to: value, field: field, readOnly: &readOnly)
    }
    if let readOnly {
      mount.isReadOnly = readOnly
    } else {
      mount.isReadOnly = mount.type != .cache && mount.type != .tmpfs
    }
    try mount.validate()
    self = mount
  }

  /// Sets option `key` to the expanded `value`.
  private mutating func set(
    _ key: String, to value: String, field: String, readOnly: inout Bool?
  ) throws {
    switch key {
    case "type":
      guard let type = MountType(rawValue: value.lowercased()) else {
        let known = MountType.allCases.map(\.rawValue).joined(separator: ", ")
        throw DockerfileError(line: nil, "unsupported mount type \"\(value)\"; use one of \(known)")
      }
      self.type = type
    case "from": from = value
    case "source", "src": source = value
    case "target", "dst", "destination": target = value
    case "readonly", "ro": readOnly = try Self.boolean(value, key: key)
    case "readwrite", "rw": readOnly = !(try Self.boolean(value, key: key))
    case "required":
      try checkRequiredAllowed()
      isRequired = try Self.boolean(value, key: key)
    case "id": id = value
    case "sharing":
      guard let sharing = Sharing(rawValue: value.lowercased()) else {
        throw DockerfileError(
          line: nil, "unsupported sharing value \"\(value)\"; use shared, private or locked")
      }
      self.sharing = sharing
    case "mode": mode = try Self.number(value, radix: 8, key: key)
    case "uid": uid = try Self.number(value, radix: 10, key: key)
    case "gid": gid = try Self.number(value, radix: 10, key: key)
    case "env": environmentVariable = value
    default:
      throw DockerfileError(
        line: nil,
        "unexpected key '\(key)' in '\(field)'; use type, from, source, target, readonly, id, "
          + "sharing, required, mode, uid, gid or env")
    }
  }

  private func checkRequiredAllowed() throws {
    guard type == .secret || type == .ssh else {
      throw DockerfileError(
        line: nil, "unexpected key 'required' for mount type '\(type.rawValue)'")
    }
  }

  /// Checks the combinations BuildKit forbids.
  private func validate() throws {
    let allowsFileInfo = type == .secret || type == .ssh || type == .cache
    for (name, value) in [("mode", mode), ("uid", uid), ("gid", gid)] where value != nil {
      guard allowsFileInfo else {
        throw DockerfileError(line: nil, "\(name) not allowed for \"\(type.rawValue)\" type mounts")
      }
    }
    if sharing != nil && type != .cache {
      throw DockerfileError(line: nil, "invalid cache sharing set for \(type.rawValue) mount")
    }
    guard type == .secret else {
      return
    }
    if from != nil {
      throw DockerfileError(line: nil, "secret mount should not have a from")
    }
    if source == nil && target == nil && id == nil {
      throw DockerfileError(
        line: nil, "invalid secret mount. one of source, target required; add id= or target=")
    }
    if source != nil && id != nil {
      throw DockerfileError(line: nil, "both source and id can't be set on a secret mount")
    }
  }

  /// A boolean as Go's `strconv.ParseBool` reads it.
  private static func boolean(_ value: String, key: String) throws -> Bool {
    switch value {
    case "1", "t", "T", "TRUE", "true", "True": return true
    case "0", "f", "F", "FALSE", "false", "False": return false
    default:
      throw DockerfileError(line: nil, "invalid value for \(key): \(value); use true or false")
    }
  }

  /// An unsigned 32-bit number as Go's `strconv.ParseUint(value, radix, 32)` reads it.
  private static func number(_ value: String, radix: Int, key: String) throws -> UInt32 {
    guard !value.isEmpty, value.allSatisfy({ $0.isASCII && $0.isHexDigit }),
      let number = UInt32(value, radix: radix)
    else {
      throw DockerfileError(line: nil, "invalid value \(value) for \(key)")
    }
    return number
  }

  /// The fields of one CSV record, as Go's `encoding/csv` reads them: fields are separated by
  /// commas, and a field starting with `"` is quoted (`""` inside stands for `"`).
  static func csvFields(_ record: String) throws -> [String] {
    guard !record.isEmpty else {
      throw DockerfileError(line: nil, "failed to parse csv mounts: the mount is empty")
    }
    var fields: [String] = []
    var scalars = Substring(record).unicodeScalars[...]
    while true {
      var field = String.UnicodeScalarView()
      if scalars.first == "\"" {
        scalars = scalars.dropFirst()
        while true {
          guard let scalar = scalars.popFirst() else {
            throw DockerfileError(
              line: nil, "failed to parse csv mounts: extraneous or missing \" in quoted-field")
          }
          if scalar != "\"" {
            field.append(scalar)
          } else if scalars.first == "\"" {
            field.append(scalars.removeFirst())
          } else {
            break
          }
        }
        guard scalars.isEmpty || scalars.first == "," else {
          throw DockerfileError(
            line: nil, "failed to parse csv mounts: extraneous or missing \" in quoted-field")
        }
      } else {
        let end = scalars.firstIndex(of: ",") ?? scalars.endIndex
        guard !scalars[..<end].contains("\"") else {
          throw DockerfileError(
            line: nil, "failed to parse csv mounts: bare \" in non-quoted-field")
        }
        field.append(contentsOf: scalars[..<end])
        scalars = scalars[end...]
      }
      fields.append(String(field))
      guard scalars.popFirst() == "," else {
        return fields
      }
    }
  }
}
