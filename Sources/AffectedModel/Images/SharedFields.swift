/// The stored properties of a large value, held once by all its copies.
///
/// A copy retains one reference rather than every string and array the value holds; the
/// properties are copied only when a copy that shares them is changed.
///
/// Equal when both hold the same storage, or equal properties; hashed by the properties.
struct SharedFields<Fields: Hashable & Sendable>: Hashable, Sendable {
  /// The storage; its properties change only while this value holds the one reference to it.
  private final class Storage: @unchecked Sendable {
    var fields: Fields

    init(_ fields: Fields) {
      self.fields = fields
    }
  }

  private var storage: Storage

  /// Holds `fields`.
  init(_ fields: Fields) {
    storage = Storage(fields)
  }

  /// The properties, read in place, and changed in place when no other copy shares them.
  var fields: Fields {
    _read {
      yield storage.fields
    }
    _modify {
      if !isKnownUniquelyReferenced(&storage) {
        storage = Storage(storage.fields)
      }
      yield &storage.fields
    }
  }

  static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
  }

  func hash(into hasher: inout Hasher) {
    storage.fields.hash(into: &hasher)
  }
}
