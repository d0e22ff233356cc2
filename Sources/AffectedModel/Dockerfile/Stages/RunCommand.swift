/// A `RUN` instruction: its command and the options that decide what it can read.
public struct RunCommand: Hashable, Sendable {
  /// The network modes `--network` accepts.
  public enum Network: String, Hashable, Sendable, CaseIterable {
    /// The default network.
    case `default`
    /// No network access.
    case none
    /// The host's network.
    case host
  }

  /// The security modes `--security` accepts.
  public enum Security: String, Hashable, Sendable, CaseIterable {
    /// The default sandbox.
    case sandbox
    /// Extra privileges (needs the `security.insecure` entitlement).
    case insecure
  }

  /// The `--mount` options, in order.
  public var mounts: [RunMount]
  /// `--network`, when written.
  public var network: Network?
  /// `--security`, when written.
  public var security: Security?
  /// The command: the JSON array's strings, or the shell command as one string (not expanded:
  /// the shell expands it when the build runs).
  public var arguments: [String]
  /// Whether the command is in shell form (run by the stage's shell).
  public var isShellForm: Bool
  /// The here-documents the command reads.
  public var heredocs: [Heredoc]

  /// Creates a `RUN` instruction.
  public init(
    mounts: [RunMount] = [], network: Network? = nil, security: Security? = nil,
    arguments: [String], isShellForm: Bool = true, heredocs: [Heredoc] = []
  ) {
    self.mounts = mounts
    self.network = network
    self.security = security
    self.arguments = arguments
    self.isShellForm = isShellForm
    self.heredocs = heredocs
  }
}
