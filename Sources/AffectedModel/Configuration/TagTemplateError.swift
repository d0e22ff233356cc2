/// A tag template that cannot render a valid Docker tag, found when it is parsed.
public struct TagTemplateError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The template as written.
  public var template: String
  /// What is wrong and what to write instead.
  public var message: String

  /// Creates an error for `template`.
  public init(template: String, message: String) {
    self.template = template
    self.message = message
  }

  /// The template, the problem and the fix.
  public var description: String {
    "tag template '\(template)': \(message)"
  }
}
