import CLibGit2

/// A libgit2 call that failed, with libgit2's own message and the operation that failed.
public struct GitError: Error, CustomStringConvertible, Sendable {
  /// The class of failure, from libgit2's return code.
  public enum Code: Hashable, Sendable {
    /// The object, reference or path does not exist (`GIT_ENOTFOUND`).
    case notFound
    /// A short id or name matches several objects (`GIT_EAMBIGUOUS`).
    case ambiguous
    /// `HEAD` names a branch that has no commits yet (`GIT_EUNBORNBRANCH`).
    case unbornBranch
    /// An object has another type than asked for (`GIT_EINVALIDSPEC`, `GIT_EPEEL`).
    case invalid
    /// Any other failure, with libgit2's code.
    case other(Int32)

    init(libgit2 code: Int32) {
      switch code {
      case GIT_ENOTFOUND.rawValue: self = .notFound
      case GIT_EAMBIGUOUS.rawValue: self = .ambiguous
      case GIT_EUNBORNBRANCH.rawValue: self = .unbornBranch
      case GIT_EINVALIDSPEC.rawValue, GIT_EPEEL.rawValue: self = .invalid
      default: self = .other(code)
      }
    }
  }

  /// The class of failure.
  public var code: Code
  /// libgit2's message, or a message written by this layer.
  public var message: String
  /// The libgit2 function or the step that failed, such as `git_merge_base`.
  public var operation: String

  /// Creates an error.
  public init(code: Code, message: String, operation: String) {
    self.code = code
    self.message = message
    self.operation = operation
  }

  public var description: String {
    "\(message) (\(operation))"
  }
}
