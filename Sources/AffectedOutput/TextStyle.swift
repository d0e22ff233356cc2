/// How text meant for a person is decorated: plain, or with ANSI colours for a terminal.
public enum TextStyle: Sendable, Equatable {
  /// No escape sequences: for pipes, files, `NO_COLOR` and dumb terminals.
  case plain
  /// ANSI SGR colours and weights.
  case coloured

  /// The style for an output stream: coloured only when it is a terminal, `NO_COLOR` is unset or
  /// empty (as no-color.org defines it) and `TERM` is not `dumb`.
  ///
  /// - Parameters:
  ///   - isTerminal: whether the stream is a terminal (`isatty`).
  ///   - environment: the process environment.
  public static func forStream(isTerminal: Bool, environment: [String: String]) -> TextStyle {
    guard isTerminal else {
      return .plain
    }
    if let noColour = environment["NO_COLOR"], !noColour.isEmpty {
      return .plain
    }
    if environment["TERM"] == "dumb" {
      return .plain
    }
    return .coloured
  }

  /// What a piece of text means, which picks its colour.
  public enum Role: Sendable {
    /// A column heading.
    case heading
    /// An image id to build.
    case image
    /// A wave number.
    case wave
    /// A secondary note (build order, reused images).
    case note
    /// An uncertainty.
    case warning
    /// A removed image.
    case removed
  }

  /// `text` decorated for `role`; unchanged when plain.
  public func apply(_ role: Role, to text: String) -> String {
    guard self == .coloured, !text.isEmpty else {
      return text
    }
    let code: String
    switch role {
    case .heading: code = "1"
    case .image: code = "1;36"
    case .wave: code = "1;35"
    case .note: code = "2"
    case .warning: code = "33"
    case .removed: code = "31"
    }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }
}
