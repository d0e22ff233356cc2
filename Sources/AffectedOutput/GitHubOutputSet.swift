import Foundation

/// Step outputs for GitHub Actions' `GITHUB_OUTPUT` file: the build matrix's, the deploy
/// matrix's, the project matrix's.
public protocol GitHubOutputSet {
  /// The outputs, each checked against GitHub's size limit.
  ///
  /// - Throws: ``OutputLimitExceeded`` when an output passes the limit.
  func outputs() throws(OutputLimitExceeded) -> [GitHubOutputs.Output]
}

extension GitHubOutputSet {
  /// The text to append to `GITHUB_OUTPUT` in one write.
  ///
  /// Each output is written as `NAME<<DELIMITER`, the value, then `DELIMITER`. The delimiter is
  /// `delimiter`, with `_1`, `_2`, … appended until no name or value contains it.
  ///
  /// - Throws: ``OutputLimitExceeded`` when an output passes GitHub's size limit.
  public func fileContent(
    delimiter: String = "ghadelimiter_" + UUID().uuidString
  ) throws(OutputLimitExceeded) -> String {
    GitHubOutputs.fileContent(of: try outputs(), delimiter: delimiter)
  }
}
