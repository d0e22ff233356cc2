/// A parsed Dockerfile: its parser directives and its instructions, as BuildKit's parser
/// (`moby/buildkit` `frontend/dockerfile/parser`) reads them.
///
/// Parsing follows BuildKit's rules for byte-order marks, CRLF line endings, line continuations
/// (with comment and blank lines inside them), the escape directive, JSON and shell forms,
/// `--flag` words and here-documents. Variables are not expanded here; see `WordExpander` and
/// `BuildStages` for that.
public struct Dockerfile: Hashable, Sendable {
  /// The parser directives at the top of the file, in order.
  public var directives: [ParserDirective]
  /// The instructions, in order.
  public var instructions: [Instruction]
  /// The escape character: `\` unless an `# escape=` directive chose `` ` ``.
  public var escapeToken: Character

  /// Creates a Dockerfile from parts.
  public init(
    directives: [ParserDirective] = [], instructions: [Instruction], escapeToken: Character = "\\"
  ) {
    self.directives = directives
    self.instructions = instructions
    self.escapeToken = escapeToken
  }

  /// Parses a Dockerfile's text.
  ///
  /// - Throws: `DockerfileError` when BuildKit's parser would reject the file.
  public init(parsing text: String) throws {
    try self.init(parsing: Array(text.utf8))
  }

  /// Parses a Dockerfile's bytes (UTF-8, optionally with a byte-order mark).
  ///
  /// - Throws: `DockerfileError` when BuildKit's parser would reject the file.
  public init(parsing bytes: [UInt8]) throws {
    var parser = DockerfileParser(bytes)
    self = try parser.parse()
  }

  /// The value of the directive called `name` (`syntax`, `escape`, `check`), if the file has it.
  public func directive(_ name: String) -> String? {
    directives.first { $0.name == name.lowercased() }?.value
  }
}
