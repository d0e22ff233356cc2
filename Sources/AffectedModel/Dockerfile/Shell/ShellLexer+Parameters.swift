extension ShellLexer {
  /// Expands the `$NAME` or `${NAME…}` form at the current position.
  mutating func expandParameter() throws -> String {
    _ = next()
    guard peek() == "{" else {
      let name = readName()
      guard !name.isEmpty else {
        return "$"
      }
      guard let value = value(of: name) else {
        return options.keepsUnsetReferences ? "$" + name : ""
      }
      return value
    }
    _ = next()
    guard nesting < Self.maximumNesting else {
      throw DockerfileError(
        line: nil, "variable expansions are nested more than \(Self.maximumNesting) deep")
    }
    nesting += 1
    defer { nesting -= 1 }
    switch peek() {
    case nil:
      throw DockerfileError(line: nil, "syntax error: missing '}'")
    case "{", "}", ":":
      throw DockerfileError(line: nil, "syntax error: bad substitution")
    default:
      break
    }
    let name = readName()
    let modifier = next()
    switch modifier {
    case "}":
      guard let value = value(of: name) else {
        return options.keepsUnsetReferences ? "${\(name)}" : ""
      }
      return value
    case "/":
      return try substitute(name)
    case let first? where ":+-?#%".unicodeScalars.contains(first):
      return try expandWithOperator(name, first: first)
    case nil:
      throw DockerfileError(line: nil, "syntax error: missing '}'")
    case let other?:
      throw DockerfileError(line: nil, "unsupported modifier (\(other)) in substitution")
    }
  }

  /// Expands `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`, `${NAME+word}`, `${NAME:?word}`,
  /// `${NAME?word}`, `${NAME#pattern}`, `${NAME##pattern}`, `${NAME%pattern}` and
  /// `${NAME%%pattern}`; the operator's first character has been read.
  private mutating func expandWithOperator(
    _ name: String, first: Unicode.Scalar
  ) throws -> String {
    var modifier = String(first)
    var operation: Unicode.Scalar? = first
    let treatsEmptyAsUnset = first == ":"
    if treatsEmptyAsUnset {
      operation = next()
      modifier += operation.map { String($0) } ?? ""
    }
    let word = try processArgument(
      until: "}", keepingEscapes: operation == "#" || operation == "%", missing: "'}'")
    let value = value(of: name)
    guard value != nil || !options.keepsUnsetReferences else {
      return "${\(name)\(modifier)\(word)}"
    }
    let isUnset = value == nil || (treatsEmptyAsUnset && value == "")
    switch operation {
    case "-":
      return isUnset ? word : value ?? ""
    case "+":
      return isUnset ? "" : word
    case "?":
      guard let value else {
        throw DockerfileError(
          line: nil, "\(name): \(word.isEmpty ? "is not allowed to be unset" : word)")
      }
      if treatsEmptyAsUnset && value.isEmpty {
        throw DockerfileError(
          line: nil, "\(name): \(word.isEmpty ? "is not allowed to be empty" : word)")
      }
      return value
    case "#", "%":
      let isSuffix = operation == "%"
      var pattern = Substring(word)
      let isGreedy = pattern.unicodeScalars.first == operation
      if isGreedy {
        pattern = Substring(pattern.unicodeScalars.dropFirst())
      }
      let compiled = try ShellPattern(String(pattern), isGreedy: isGreedy)
      return isSuffix
        ? compiled.trimmingSuffix(of: value ?? "") : compiled.trimmingPrefix(of: value ?? "")
    default:
      throw DockerfileError(line: nil, "unsupported modifier (\(modifier)) in substitution")
    }
  }

  /// Expands `${NAME/pattern/replacement}` and `${NAME//pattern/replacement}`; the first `/` has
  /// been read.
  private mutating func substitute(_ name: String) throws -> String {
    let replacesAll = peek() == "/"
    if replacesAll {
      _ = next()
    }
    let pattern = try processArgument(until: "/", keepingEscapes: true, missing: "'/' in ${}")
    let replacement = try processArgument(until: "}", keepingEscapes: true, missing: "'}'")
    let value = value(of: name)
    guard value != nil || !options.keepsUnsetReferences else {
      return "${\(name)/\(pattern)/\(replacement)}"
    }
    let compiled = try ShellPattern(pattern, isGreedy: true)
    return replacesAll
      ? compiled.replacingAll(in: value ?? "", with: replacement)
      : compiled.replacingFirst(in: value ?? "", with: replacement)
  }

  /// Processes the argument of a `${…}` form up to `stop`.
  private mutating func processArgument(
    until stop: Unicode.Scalar, keepingEscapes: Bool, missing: String
  ) throws -> String {
    do {
      return try process(until: stop, keepingEscapes: keepingEscapes).0
    } catch let error as DockerfileError {
      guard peek() == nil else {
        throw error
      }
      throw DockerfileError(line: nil, "syntax error: missing \(missing)")
    }
  }

  /// Reads a variable name: a run of digits, one special parameter character (`@*#?-$!0`), or
  /// letters, digits and underscores.
  private mutating func readName() -> String {
    var name = String.UnicodeScalarView()
    while let scalar = peek() {
      if name.isEmpty && GoText.isDigit(scalar) {
        while let digit = peek(), GoText.isDigit(digit) {
          name.append(digit)
          _ = next()
        }
        return String(name)
      }
      if name.isEmpty && "@*#?-$!0".unicodeScalars.contains(scalar) {
        _ = next()
        return String(scalar)
      }
      guard GoText.isLetter(scalar) || GoText.isDigit(scalar) || scalar == "_" else {
        break
      }
      name.append(scalar)
      _ = next()
    }
    return String(name)
  }
}
