#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file mapped read-only into memory, unmapped when the last reference goes.
///
/// Pack files are read this way, as git and libgit2 read them: only the pages touched are loaded,
/// and threads share them without copying.
final class MappedFile: @unchecked Sendable {
  /// The file's bytes; valid as long as this object lives, and never written.
  let bytes: UnsafeRawBufferPointer

  /// Maps the file at `path`; `nil` when it cannot be opened, is empty, or cannot be mapped.
  init?(path: String) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return nil }
    let size = Int(status.st_size)
    guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
      mapped != MAP_FAILED
    else { return nil }
    bytes = UnsafeRawBufferPointer(start: mapped, count: size)
  }

  deinit {
    if let start = bytes.baseAddress {
      munmap(UnsafeMutableRawPointer(mutating: start), bytes.count)
    }
  }
}
