import AffectedGit
import AffectedModel
import AffectedOutput
import AffectedPlanner
import ArgumentParser

/// The exit codes of every `affected` command, decided in this one place (see `Docs/exit-codes.md`).
enum ExitStatus: Int32 {
  /// Success; for `gate`, something is affected.
  case success = 0
  /// A negative answer (`gate`: nothing affected); never an error.
  case negative = 1
  /// Not a repository, unknown revision, empty repository, missing objects.
  case repository = 2
  /// No usable base to compare with.
  case noBase = 3
  /// Invalid configuration (`affected.yml`).
  case configuration = 4
  /// A dependency cycle.
  case cycle = 5
  /// An output limit would be exceeded.
  case outputLimit = 6
  /// libgit2 is older than 1.7.
  case libgit2TooOld = 7
  /// `--strict` and the analysed files produced warnings.
  case strictWarnings = 8
  /// Usage errors (the argument parser's own).
  case usage = 64

  /// The status for an error thrown by a command, or `nil` for the argument parser's own errors (help,
  /// version, usage), which it reports itself.
  init?(for error: any Error) {
    switch error {
    case is GitError:
      self = .repository
    case let error as ComparisonError:
      switch error {
      case .noBase: self = .noBase
      case .unknownRevision: self = .repository
      }
    case is LibGit2TooOld:
      self = .libgit2TooOld
    case is OutputFileError:
      self = .repository
    case is OutputLimitExceeded:
      self = .outputLimit
    case is DependencyCycle<String>:
      self = .cycle
    case is JobTemplateError, is ConfigurationError:
      self = .configuration
    case is UnknownName:
      self = .usage
    case is ConfigurationError:
      self = .configuration
    default:
      return nil
    }
  }
}
