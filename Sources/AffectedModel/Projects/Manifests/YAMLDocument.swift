import Yams

/// Composes a YAML text into Yams nodes once, turning Yams' errors into a message and a line.
enum YAMLDocument {
  /// The root node of the first document of `text`, `nil` for an empty text.
  static func root(of text: String) throws(ManifestSyntaxError) -> Node? {
    do {
      return try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw syntaxError(error, in: text)
    } catch {
      throw ManifestSyntaxError(message: "\(error)", line: nil)
    }
  }

  private static func syntaxError(_ error: YamlError, in text: String) -> ManifestSyntaxError {
    switch error {
    case .scanner(_, let message, let mark, _), .parser(_, let message, let mark, _),
      .composer(_, let message, let mark, _):
      return ManifestSyntaxError(message: message, line: mark.line)
    case .reader(let message, let offset, _, _):
      let line = offset.map { 1 + text.utf8.prefix($0).filter { $0 == UInt8(ascii: "\n") }.count }
      return ManifestSyntaxError(message: message, line: line)
    default:
      return ManifestSyntaxError(message: error.description, line: nil)
    }
  }
}
