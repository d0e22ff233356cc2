/// A JSON object read as names to strings, such as the dependencies of `package.json`; entries
/// whose value is not a string are skipped.
struct JSONStringMap: Decodable, Sendable {
  /// The entries whose value is a string.
  var entries: [String: String] = [:]

  /// An empty map.
  init() {}

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Key.self)
    for key in container.allKeys {
      entries[key.stringValue] = try? container.decode(String.self, forKey: key)
    }
  }

  /// Any key of a JSON object.
  struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) {
      self.stringValue = stringValue
    }

    init?(intValue: Int) {
      nil
    }
  }
}
