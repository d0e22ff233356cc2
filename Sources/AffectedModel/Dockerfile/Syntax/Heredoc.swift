/// A here-document attached to a `RUN`, `COPY` or `ADD` instruction (`<<EOF` … `EOF`).
public struct Heredoc: Hashable, Sendable {
  /// The delimiter word with quotes removed (`EOF` for `<<'EOF'`).
  public var name: String
  /// The file descriptor written before `<<` (`3` for `3<<EOF`); 0 when none is written.
  public var fileDescriptor: UInt
  /// Whether BuildKit expands variables in the body: false when any part of the delimiter is
  /// quoted.
  public var expands: Bool
  /// Whether the delimiter was written `<<-`: leading tabs are stripped from the body's lines
  /// (see `strippedContent`) and the closing delimiter may be indented with tabs.
  public var stripsLeadingTabs: Bool
  /// The body as written in the file: every line up to the closing delimiter, each with its line
  /// ending.
  public var content: String

  /// Creates a here-document.
  public init(
    name: String, fileDescriptor: UInt = 0, expands: Bool = true,
    stripsLeadingTabs: Bool = false, content: String = ""
  ) {
    self.name = name
    self.fileDescriptor = fileDescriptor
    self.expands = expands
    self.stripsLeadingTabs = stripsLeadingTabs
    self.content = content
  }

  /// The body BuildKit uses: `content`, with the leading tabs of each line removed for `<<-`.
  public var strippedContent: String {
    guard stripsLeadingTabs else {
      return content
    }
    var result = ""
    var atLineStart = true
    for scalar in content.unicodeScalars {
      if atLineStart && scalar == "\t" {
        continue
      }
      result.unicodeScalars.append(scalar)
      atLineStart = scalar == "\n"
    }
    return result
  }
}
