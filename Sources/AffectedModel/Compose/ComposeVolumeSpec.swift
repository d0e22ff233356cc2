/// The short volume syntax `[SOURCE:]TARGET[:MODE]`, split the way compose splits it.
struct ComposeVolumeSpec: Equatable {
  /// The host path or volume name; `nil` for an anonymous volume.
  var source: String?
  /// The path in the container.
  var target: String
  /// The comma-separated options after the target (`ro`, `rw`, `z`, …), if any.
  var mode: String?

  /// Whether the source is a host path (a bind mount) rather than a volume name.
  var isBind: Bool {
    Self.isHostPath(source)
  }

  /// Splits `spec`; `nil` when it has an empty section or too many colons.
  init?(_ spec: String) {
    if spec.isEmpty {
      return nil
    }
    if spec.count <= 2 {
      target = spec
      return
    }
    var parts: [String] = []
    var buffer = ""
    for character in spec {
      if character == ":" {
        // A drive letter (`C:\…`) is part of the path, as compose reads it.
        if buffer.count == 1, buffer.first?.isLetter == true {
          buffer.append(character)
          continue
        }
        parts.append(buffer)
        buffer = ""
      } else {
        buffer.append(character)
      }
    }
    parts.append(buffer)
    guard parts.count <= 3, !parts.contains(where: \.isEmpty) else {
      return nil
    }
    source = parts.count > 1 ? parts[0] : nil
    target = parts.count > 1 ? parts[1] : parts[0]
    mode = parts.count > 2 ? parts[2] : nil
  }

  /// Whether a volume source names a host path: it starts with `.`, `/` or `~`.
  static func isHostPath(_ source: String?) -> Bool {
    guard let first = source?.first else {
      return false
    }
    return first == "." || first == "/" || first == "~"
  }
}
