/// The fields of `package.json` that discovery reads; a field of an unexpected type counts as
/// absent, and a dependency whose value is not a string is skipped.
struct PackageJSONFields: Equatable, Decodable {
  /// `name`, when it is a string.
  var name: String?
  /// The globs of `workspaces`: a list of strings, or an object whose `packages` is one (or
  /// absent, or `null`); `nil` when absent or of another shape.
  var workspaces: [String]?
  /// `dependencies`, `devDependencies`, `optionalDependencies` and `peerDependencies`, in this
  /// order, each as names to version specifications.
  var dependencies: [[String: String]] = Array(repeating: [:], count: Self.dependencyKeys.count)

  /// The keys of the dependency objects, in the order of ``dependencies``.
  static let dependencyKeys = [
    "dependencies", "devDependencies", "optionalDependencies", "peerDependencies",
  ]

  /// No fields.
  init() {}

  /// The fields of the document `text`, read from its bytes; `nil` when the text is not JSON or
  /// holds what is left to `JSONDecoder` (see ``JSONBytes``), or when an object read here
  /// repeats a key.
  static func reading(_ text: String) -> PackageJSONFields? {
    var text = text
    return text.withUTF8 { bytes in
      var reader = JSONBytes(bytes)
      guard reader.enterObject() else {
        return nil
      }
      var fields = PackageJSONFields()
      var keys: Set<String> = []
      while let key = reader.nextKey(isFirst: keys.isEmpty) {
        guard keys.insert(key).inserted else {
          return nil
        }
        if key == "name" {
          fields.name = reader.stringValue()
        } else if key == "workspaces" {
          fields.workspaces = workspaces(&reader)
        } else if let slot = dependencyKeys.firstIndex(of: key) {
          fields.dependencies[slot] = stringMap(&reader)
        } else {
          reader.skipValue()
        }
      }
      guard reader.isAtEnd(), !reader.failed else {
        return nil
      }
      return fields
    }
  }

  /// The strings of an array whose elements are all strings; `nil` (the array skipped) else.
  private static func strings(_ reader: inout JSONBytes) -> [String]? {
    guard reader.enterArray() else {
      reader.skipValue()
      return nil
    }
    var strings: [String] = []
    var allStrings = true
    var isFirst = true
    while reader.nextElement(isFirst: isFirst) {
      isFirst = false
      if let string = reader.stringValue() {
        strings.append(string)
      } else {
        allStrings = false
      }
    }
    return allStrings ? strings : nil
  }

  /// The globs of `workspaces` (see ``workspaces``).
  private static func workspaces(_ reader: inout JSONBytes) -> [String]? {
    guard reader.enterObject() else {
      return strings(&reader)
    }
    var patterns: [String]? = []
    var keys: Set<String> = []
    while let key = reader.nextKey(isFirst: keys.isEmpty) {
      guard keys.insert(key).inserted else {
        reader.fail()
        return nil
      }
      if key != "packages" {
        reader.skipValue()
      } else if !reader.skipNull() {
        patterns = strings(&reader)
      }
    }
    return patterns
  }

  /// The entries of an object whose value is a string; empty (the value skipped) when the value
  /// is no object.
  private static func stringMap(_ reader: inout JSONBytes) -> [String: String] {
    guard reader.enterObject() else {
      reader.skipValue()
      return [:]
    }
    var entries: [String: String] = [:]
    var keys: Set<String> = []
    while let key = reader.nextKey(isFirst: keys.isEmpty) {
      guard keys.insert(key).inserted else {
        reader.fail()
        return [:]
      }
      entries[key] = reader.stringValue()
    }
    return entries
  }

  // MARK: - Decodable

  private typealias Key = JSONStringMap.Key

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Key.self)
    name = try? container.decodeIfPresent(String.self, forKey: Key(stringValue: "name"))
    workspaces = try? container.decodeIfPresent(
      Workspaces.self, forKey: Key(stringValue: "workspaces"))?.patterns
    for (slot, key) in Self.dependencyKeys.enumerated() {
      dependencies[slot] =
        (try? container.decodeIfPresent(JSONStringMap.self, forKey: Key(stringValue: key)))?
        .entries ?? [:]
    }
  }

  /// `workspaces`: a list of globs, or an object whose `packages` is one.
  private struct Workspaces: Decodable {
    var patterns: [String]

    private enum CodingKeys: String, CodingKey {
      case packages
    }

    init(from decoder: any Decoder) throws {
      if let list = try? decoder.singleValueContainer().decode([String].self) {
        patterns = list
      } else {
        patterns =
          try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(
            [String].self, forKey: .packages) ?? []
      }
    }
  }
}
