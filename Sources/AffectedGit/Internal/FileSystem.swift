#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads working-tree files with the C library, reporting failures as ``GitError``s.
enum FileSystem {
  /// The bytes of the file at `path`, called `name` in messages.
  static func readFile(_ path: String, shownAs name: String) throws(GitError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw lastError("open", name) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 {
        return bytes
      }
      if count > 0 {
        bytes.append(contentsOf: buffer[..<count])
      } else if errno != EINTR {
        throw lastError("read", name)
      }
    }
  }

  /// The names in the folder at `path`, without `.` and `..`; none when it cannot be listed.
  static func names(in path: String) -> [String] {
    guard let folder = opendir(path) else { return [] }
    defer { closedir(folder) }
    var names: [String] = []
    while let entry = readdir(folder) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." {
        names.append(name)
      }
    }
    return names
  }

  /// The target text of the symbolic link at `path`, called `name` in messages.
  static func readLink(_ path: String, shownAs name: String) throws(GitError) -> [UInt8] {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = buffer.withUnsafeMutableBufferPointer { characters in
      // Never nil: the buffer is not empty.
      characters.baseAddress.map { readlink(path, $0, characters.count) } ?? 0
    }
    guard count >= 0 else { throw lastError("readlink", name) }
    return buffer[..<count].map { UInt8(bitPattern: $0) }
  }

  /// The error for the C function `operation`, which just failed on `name`, from `errno`.
  private static func lastError(_ operation: String, _ name: String) -> GitError {
    let number = errno
    return GitError(
      code: number == ENOENT ? .notFound : .other(-1),
      message: "cannot read '\(name)' in the working tree: \(String(cString: strerror(number)))",
      operation: operation)
  }
}
