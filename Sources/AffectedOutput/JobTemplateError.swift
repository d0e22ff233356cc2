/// A job template that cannot be used.
public struct JobTemplateError: Error, CustomStringConvertible, Sendable {
  /// The template file, as given.
  public var file: String
  /// What is wrong with it.
  public var problem: String

  /// Creates the error for `file`, unusable because of `problem`.
  public init(file: String, problem: String) {
    self.file = file
    self.problem = problem
  }

  public var description: String {
    "job template '\(file)': \(problem); write a YAML mapping such as "
      + "'script: [\"{command} --push\"]' (see Docs/formats.md)"
  }
}
