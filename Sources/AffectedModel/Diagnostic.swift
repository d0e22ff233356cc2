/// A problem found in a file of the repository being analysed.
///
/// Such problems never stop the analysis: what they touch is treated as affected, and the diagnostic says
/// why. The command line prints them to standard error as `file:line: warning: message`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  /// How serious the problem is.
  public enum Severity: String, Hashable, Sendable {
    /// The analysis went on, assuming the worst for what the problem touches.
    case warning
    /// Extra information attached to another diagnostic.
    case note
  }

  /// How serious the problem is.
  public var severity: Severity
  /// What is wrong and what to do about it, as one or two sentences.
  public var message: String
  /// The repository-relative path of the file the problem is in, if any.
  public var file: String?
  /// The 1-based line in `file`, if known.
  public var line: Int?

  /// Creates a diagnostic.
  public init(_ severity: Severity = .warning, _ message: String, file: String? = nil, line: Int? = nil) {
    self.severity = severity
    self.message = message
    self.file = file
    self.line = line
  }

  public var description: String {
    var location = ""
    if let file {
      location = file
      if let line {
        location += ":\(line)"
      }
      location += ": "
    }
    return "\(location)\(severity.rawValue): \(message)"
  }
}
