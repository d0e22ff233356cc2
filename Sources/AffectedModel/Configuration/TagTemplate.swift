/// A Docker tag with placeholders, as `images.*.tags` in `affected.yml` writes it.
///
/// Placeholders are `{hash}` (the image's content digest), `{sha}` (the head commit id) and
/// `{branch}` (the branch being built); `{name:N}` keeps at most the first `N` characters, as
/// `{sha:7}`. Everything else is literal and must be valid in a tag: letters, digits, `_`, `.`
/// and `-`, not starting with `.` or `-`.
///
/// ```swift
/// let template = try TagTemplate("{branch}-{sha:7}")
/// template.render(.init(hash: "0123456789abcdef", sha: "a1b2c3d4e5", branch: "feature/x"))
/// // "feature-x-a1b2c3d"
/// ```
public struct TagTemplate: Hashable, Sendable, CustomStringConvertible {
  /// A value a template can name.
  public enum Placeholder: String, CaseIterable, Hashable, Sendable {
    /// The image's content digest.
    case hash
    /// The head commit id.
    case sha
    /// The branch being built, made into a valid tag.
    case branch
  }

  /// One piece of a template.
  public enum Part: Hashable, Sendable {
    /// Text copied as is.
    case literal(String)
    /// A value, cut to at most `limit` characters when a limit is given.
    case placeholder(Placeholder, limit: Int?)
  }

  /// The longest tag Docker accepts.
  public static let maximumLength = 128

  /// The template as written.
  public let text: String
  /// The pieces, in order.
  public let parts: [Part]

  /// Parses `text`.
  ///
  /// - Throws: `TagTemplateError` for an unknown placeholder, a `{` without its `}`, a bad
  ///   `:N` limit, or a literal character that no Docker tag may hold.
  public init(_ text: String) throws(TagTemplateError) {
    self.text = text
    var parser = TagTemplateParser(text: text)
    parts = try parser.parts()
  }

  /// The template as written.
  public var description: String {
    text
  }

  /// Which placeholders the template uses.
  public var placeholders: Set<Placeholder> {
    Set(
      parts.compactMap { part in
        guard case .placeholder(let placeholder, _) = part else {
          return nil
        }
        return placeholder
      })
  }
}
