/// A parser directive (`# syntax=…`, `# escape=…`, `# check=…`) at the top of a Dockerfile.
///
/// BuildKit reads directives only from the comment lines that open the file: the first line that
/// is not a directive (a blank line, another comment, an instruction) ends them.
public struct ParserDirective: Hashable, Sendable {
  /// The directive's name, lower-cased: `syntax`, `escape` or `check`.
  public var name: String
  /// The directive's value, without surrounding white space.
  public var value: String
  /// The 1-based line the directive is on.
  public var line: Int

  /// Creates a directive.
  public init(name: String, value: String, line: Int) {
    self.name = name
    self.value = value
    self.line = line
  }
}
