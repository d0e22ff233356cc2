extension TagTemplate {
  /// What the placeholders stand for in one build.
  public struct Values: Hashable, Sendable {
    /// The image's content digest, for `{hash}`.
    public var hash: String
    /// The head commit id, for `{sha}`.
    public var sha: String
    /// The branch being built as git names it (`feature/login`), for `{branch}`.
    public var branch: String

    /// Creates the values of one build.
    public init(hash: String, sha: String, branch: String) {
      self.hash = hash
      self.sha = sha
      self.branch = branch
    }

    /// The value `placeholder` stands for.
    func value(of placeholder: Placeholder) -> String {
      switch placeholder {
      case .hash: hash
      case .sha: sha
      case .branch: branch
      }
    }
  }

  /// The tag for `values`, or `nil` when nothing valid is left (a template of only `{branch}`
  /// with a branch such as `///`): leave that tag out, as docker/metadata-action does.
  ///
  /// Each value is made into a valid tag first (see `sanitisedTag(_:)`), then cut to its `:N`
  /// limit. When the result is longer than 128 characters, the `{branch}` values are shortened
  /// evenly, then the end is cut.
  public func render(_ values: Values) -> String? {
    var pieces = parts.map { part -> (text: String, isBranch: Bool) in
      switch part {
      case .literal(let text):
        return (text, false)
      case .placeholder(let placeholder, let limit):
        let value = Self.sanitisedTag(values.value(of: placeholder))
        return (String(value.prefix(limit ?? Self.maximumLength)), placeholder == .branch)
      }
    }
    let excess = pieces.reduce(0) { $0 + $1.text.count } - Self.maximumLength
    let branches = pieces.indices.filter { pieces[$0].isBranch }
    if excess > 0, !branches.isEmpty {
      let branchLength = branches.reduce(0) { $0 + pieces[$1].text.count }
      let share = max(0, branchLength - excess) / branches.count
      for index in branches {
        pieces[index].text = String(pieces[index].text.prefix(share))
      }
    }
    let tag = Self.sanitisedTag(pieces.map(\.text).joined())
    return tag.isEmpty ? nil : tag
  }

  /// `text` made into a valid Docker tag, possibly empty.
  ///
  /// Each run of characters other than ASCII letters, digits, `_`, `.` and `-` becomes one `-`
  /// (a run at the end is dropped), leading `.` and `-` are dropped, and the result is cut to
  /// 128 characters.
  ///
  /// ```swift
  /// TagTemplate.sanitisedTag("feature/Login page!")  // "feature-Login-page"
  /// ```
  public static func sanitisedTag(_ text: String) -> String {
    var result = ""
    var replacing = false
    for character in text {
      if TagTemplateParser.isTagCharacter(character) {
        if replacing {
          result.append("-")
          replacing = false
        }
        result.append(character)
      } else {
        replacing = true
      }
    }
    let trimmed = result.drop { $0 == "." || $0 == "-" }
    return String(trimmed.prefix(maximumLength))
  }
}
