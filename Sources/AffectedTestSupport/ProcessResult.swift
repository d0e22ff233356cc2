import Foundation

/// What a finished process printed and how it exited.
public struct ProcessResult: Equatable, Sendable {
  /// The exit status, or the signal number if the process was killed by a signal.
  public var status: Int32
  /// Everything the process wrote to standard output, decoded as UTF-8.
  public var stdout: String
  /// Everything the process wrote to standard error, decoded as UTF-8.
  public var stderr: String

  /// Creates a result.
  public init(status: Int32, stdout: String, stderr: String) {
    self.status = status
    self.stdout = stdout
    self.stderr = stderr
  }
}

/// Runs an executable to completion and captures its output and exit status.
///
/// Standard input is empty. Both output pipes are drained at the same time, so a process that
/// writes a lot to one of them never blocks. A non-zero exit status is returned, not thrown.
///
/// - Parameters:
///   - executable: The file to run, for example a product in the build folder.
///   - arguments: The arguments, not including the executable itself.
///   - directory: The working directory of the process.
///   - environment: The complete environment of the process; nothing is inherited.
/// - Throws: An error from Foundation if the executable cannot be started.
public func runProcess(
  _ executable: URL,
  _ arguments: [String],
  in directory: URL,
  environment: [String: String]
) throws -> ProcessResult {
  let process = Process()
  process.executableURL = executable
  process.arguments = arguments
  process.currentDirectoryURL = directory
  process.environment = environment
  let output = Pipe()
  let errors = Pipe()
  process.standardOutput = output
  process.standardError = errors
  process.standardInput = FileHandle.nullDevice
  try process.run()

  let errorReader = PipeReader(errors.fileHandleForReading)
  let stdout = output.fileHandleForReading.readDataToEndOfFile()
  let stderr = errorReader.wait()
  process.waitUntilExit()
  return ProcessResult(
    status: process.terminationStatus,
    stdout: String(decoding: stdout, as: UTF8.self),
    stderr: String(decoding: stderr, as: UTF8.self)
  )
}

/// Reads a file handle to its end on a thread of its own, so blocking reads use no shared pool.
private final class PipeReader: @unchecked Sendable {
  // Safe to share: `data` is written once by the reading thread before `done` is signalled,
  // and only read after waiting for `done`.
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread {
      self.data = handle.readDataToEndOfFile()
      self.done.signal()
    }.start()
  }

  /// Blocks until the handle reaches its end, then returns everything read.
  func wait() -> Data {
    done.wait()
    return data
  }
}
