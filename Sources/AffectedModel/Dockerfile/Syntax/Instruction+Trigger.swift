extension Instruction {
  /// For `ONBUILD`, the trigger as an instruction of its own (what runs in a build that starts
  /// `FROM` this image); `nil` for other instructions.
  public var trigger: Instruction? {
    guard let subKeyword else {
      return nil
    }
    let afterKeyword = GoText.trimLeadingSpace(Substring(original)).unicodeScalars
      .dropFirst(keyword.unicodeScalars.count)
    return Instruction(
      keyword: subKeyword, isJSON: isJSON,
      original: String(GoText.trimLeadingSpace(Substring(afterKeyword))),
      startLine: startLine, endLine: endLine, flags: flags, arguments: arguments,
      heredocs: heredocs)
  }
}
