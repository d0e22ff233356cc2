/// One instruction of a Dockerfile, as BuildKit's parser splits it, before variable expansion and
/// quote removal.
public struct Instruction: Hashable, Sendable {
  /// The instruction's name as written (`from`, `From`, `FROM`).
  public var keyword: String
  /// The instruction's name upper-cased (`FROM`, `RUN`, …).
  ///
  /// Names BuildKit does not know are kept; BuildKit rejects them only when it builds.
  public var command: String
  /// For `ONBUILD`, the trigger instruction's name as written; `nil` otherwise.
  public var subKeyword: String?
  /// For `ONBUILD`, the trigger instruction's name upper-cased; `nil` otherwise.
  public var subCommand: String?
  /// Whether the arguments were written as a JSON array (exec form).
  public var isJSON: Bool
  /// The instruction's text, its lines joined.
  ///
  /// Continuation characters and the comment lines inside continuations are dropped. For
  /// here-documents, each body and its delimiter follow on lines of their own.
  public var original: String
  /// The 1-based line the instruction starts on.
  public var startLine: Int
  /// The 1-based line the instruction ends on, here-documents included.
  public var endLine: Int
  /// The `--name=value` words before the arguments (for `ONBUILD`, those of the trigger).
  public var flags: [String]
  /// The argument words, as BuildKit splits them (for `ONBUILD`, those of the trigger).
  ///
  /// - JSON form: the array's strings;
  /// - `RUN`, `CMD`, `ENTRYPOINT`, `SHELL`, `MAINTAINER`, `USER`, `WORKDIR`, `STOPSIGNAL` in shell
  ///   form: the whole rest of the line as one word;
  /// - `ENV` and `LABEL`: keys and values alternately;
  /// - `ARG`: the `name` or `name=value` words;
  /// - `HEALTHCHECK`: the type (`CMD`, `NONE`) and then the command;
  /// - `COPY`, `ADD`, `VOLUME`, `FROM`, `EXPOSE`: the whitespace-separated words (quotes kept);
  /// - an instruction BuildKit does not know: one empty word.
  public var arguments: [String]
  /// The here-documents the instruction reads, in order.
  public var heredocs: [Heredoc]

  /// Creates an instruction.
  public init(
    keyword: String, subKeyword: String? = nil, isJSON: Bool = false, original: String,
    startLine: Int, endLine: Int, flags: [String] = [], arguments: [String] = [],
    heredocs: [Heredoc] = []
  ) {
    self.keyword = keyword
    self.command = keyword.uppercased()
    self.subKeyword = subKeyword
    self.subCommand = subKeyword?.uppercased()
    self.isJSON = isJSON
    self.original = original
    self.startLine = startLine
    self.endLine = endLine
    self.flags = flags
    self.arguments = arguments
    self.heredocs = heredocs
  }
}
