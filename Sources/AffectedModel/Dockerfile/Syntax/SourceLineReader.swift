/// Reads a Dockerfile's bytes line by line as BuildKit's scanner does: each line keeps its `\n`,
/// and a line longer than Go's `bufio.Scanner` accepts is an error.
struct SourceLineReader {
  /// The longest line (without its `\n`) BuildKit's scanner reads.
  static let maximumLineLength = 65_535

  private let bytes: [UInt8]
  private var position = 0
  /// How many lines have been read so far; also the 1-based number of the last line read.
  private(set) var lineNumber = 0

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// The next line with its line ending, or `nil` at the end of the file.
  mutating func next() throws -> ArraySlice<UInt8>? {
    guard position < bytes.count else {
      return nil
    }
    let newline = bytes[position...].firstIndex(of: 0x0A)
    let end = newline.map { $0 + 1 } ?? bytes.count
    let length = (newline ?? bytes.count) - position
    guard length <= Self.maximumLineLength else {
      throw DockerfileError(
        line: lineNumber + 1,
        "the line is longer than \(Self.maximumLineLength) bytes, the most BuildKit reads; "
          + "split it with line continuations")
    }
    let line = bytes[position..<end]
    position = end
    lineNumber += 1
    return line
  }
}
