/// Reads a pip requirements file (`requirements*.txt`) for local paths: `-e ../x`,
/// `--editable=../x`, `../x`, `./x`, `file:../x` and `name @ file:../x`.
///
/// Other options (`-r`, `-c`, `--index-url`, …), named requirements and remote URLs lead to no
/// project.
enum RequirementsManifest {
  /// The reading of the requirements file at repository path `file`, whose text is `text`.
  static func read(_ text: String, file: String) -> ManifestReading {
    var reading = ManifestReading(file: file, ecosystem: .python)
    for (number, line) in logicalLines(text) {
      if let path = localPath(line) {
        reading.references.append(.path(path, line: number))
      }
    }
    return reading
  }

  /// The lines of `text` with `\` continuations joined and comments removed, each with the
  /// number of its first physical line; blank lines are dropped.
  ///
  /// Lines end at each `\n`, without a `\r` before it.
  private static func logicalLines(_ text: String) -> [(Int, String)] {
    var result: [(Int, String)] = []
    var pending = ""
    var start = 1
    let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    for (index, physical) in lines.enumerated() {
      if pending.isEmpty {
        start = index + 1
      }
      var line = Substring(physical)
      if line.hasSuffix("\r") {
        line = line.dropLast()
      }
      if line.hasSuffix("\\") {
        pending += line.dropLast()
        continue
      }
      let joined = withoutComment(pending + line)
      pending = ""
      if !joined.isEmpty {
        result.append((start, joined))
      }
    }
    return result
  }

  /// `line` without a comment: `#` at its start or after white space (`#egg=` stays).
  private static func withoutComment(_ line: String) -> String {
    var previous: Character = " "
    for index in line.indices {
      if line[index] == "#", previous == " " || previous == "\t" {
        return ManifestText.trimmed(line[..<index])
      }
      previous = line[index]
    }
    return ManifestText.trimmed(line)
  }

  /// The local path a requirement line installs, if any.
  private static func localPath(_ line: String) -> String? {
    var target = line
    if let option = ["--editable", "-e"].first(where: { line.hasPrefix($0) }) {
      target = ManifestText.trimmed(line.dropFirst(option.count))
      if target.hasPrefix("=") {
        target = ManifestText.trimmed(target.dropFirst())
      }
    }
    if target.hasPrefix("-") {
      return nil
    }
    if let path = PythonRequirement.filePath(target) {
      return withoutExtras(path)
    }
    if target.hasPrefix(".") || target.hasPrefix("/") {
      let path = target.prefix { $0 != " " && $0 != ";" && $0 != "#" }
      return withoutExtras(String(path))
    }
    guard target.contains("@"), let requirement = PythonRequirement(target) else {
      return nil
    }
    return requirement.localPath
  }

  /// `path` without a trailing `[extras]`.
  private static func withoutExtras(_ path: String) -> String {
    guard path.hasSuffix("]"), let open = path.lastIndex(of: "[") else {
      return path
    }
    return String(path[..<open])
  }
}
