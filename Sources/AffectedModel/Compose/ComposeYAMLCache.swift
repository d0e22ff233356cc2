import Foundation

/// The YAML documents of the compose-style files read in this process, kept by text, file and
/// reading tool, so that a file read again (at the other side of a comparison, by another
/// environment or another discovery) is parsed once.
///
/// Reading YAML into layers depends on nothing else: the text, the path that the layers and
/// diagnostics name, and the tool that messages name. A kept result is therefore the one a fresh
/// read gives, whatever source the text came from. Only that pure result is kept: interpolation,
/// which depends on `.env` files and the environment, runs on every load.
///
/// A class shared by the whole process, so a lock guards it.
final class ComposeYAMLCache: @unchecked Sendable {
  /// The layers of one file and the problems met reading it.
  typealias Reading = (layers: [ComposeLayer], diagnostics: [Diagnostic])

  /// The cache of the process.
  static let shared = ComposeYAMLCache()

  /// How many readings the cache keeps; it starts afresh when full, so that a long-lived process
  /// reading many files stays small.
  let capacity: Int

  private struct Key: Hashable {
    var text: String
    var file: String
    var tool: String
  }

  private let lock = NSLock()
  private var readings: [Key: Reading] = [:]

  /// Creates an empty cache that keeps up to `capacity` readings.
  init(capacity: Int = 4_096) {
    self.capacity = capacity
  }

  /// The reading of `text`, the content of `file` read by `tool`, made by `read` the first time.
  func reading(
    of text: String, file: String, readBy tool: String, read: () -> Reading
  ) -> Reading {
    let key = Key(text: text, file: file, tool: tool)
    if let known = withLock({ readings[key] }) {
      return known
    }
    let reading = read()
    withLock {
      if readings.count >= capacity {
        readings.removeAll()
      }
      readings[key] = reading
    }
    return reading
  }

  private func withLock<Result>(_ body: () -> Result) -> Result {
    lock.lock()
    defer { lock.unlock() }
    return body()
  }
}
