/// Facts about relative paths written with `/`, shared by the compose and build-context readers.
enum RelativePath {
  /// Whether `path` is its own normal form: none of its elements between `/` is empty, `.` or
  /// `..`, so it has no leading, trailing or doubled `/` (the empty path is the root, and normal).
  ///
  /// Splitting by bytes finds every element that splitting by characters does, so a normal path
  /// splits into elements that join back into it.
  static func isNormal(_ path: String) -> Bool {
    var path = path
    return path.withUTF8 { bytes in
      var length = 0
      var dots = 0
      for byte in bytes {
        if byte == UInt8(ascii: "/") {
          if length == 0 || (length <= 2 && dots == length) {
            return false
          }
          length = 0
          dots = 0
        } else {
          length += 1
          dots += byte == UInt8(ascii: ".") ? 1 : 0
        }
      }
      return bytes.isEmpty || (length > 0 && !(length <= 2 && dots == length))
    }
  }
}
