/// Substitutes variables in compose values the way compose's `template` package does.
///
/// Forms: `$VAR`, `${VAR}`, `${VAR:-default}` (unset or empty), `${VAR-default}` (unset),
/// `${VAR:?message}` and `${VAR?message}` (required), `${VAR:+alternative}` (set and not empty),
/// `${VAR+alternative}` (set), and `$$` for a literal `$`. Defaults, alternatives and messages are
/// themselves interpolated, before the variable is looked at (as compose does), so nesting works.
/// A `$` followed by anything else stays as it is; a malformed `${…}` is an invalid template.
struct ComposeInterpolator {
  /// The outcome of substituting one string.
  struct Substitution: Equatable {
    /// The text with every variable replaced (the original text when the template is invalid).
    var text: String
    /// The names of the variables the text refers to, in order of appearance, each once.
    var variables: [String] = []
    /// What went wrong: required variables without a value, invalid templates.
    var problems: [String] = []
  }

  /// The value of a variable, or `nil` when it is not set.
  let lookup: (String) -> String?

  /// Creates an interpolator reading variables from `variables`.
  init(variables: [String: String]) {
    self.lookup = { variables[$0] }
  }

  /// Creates an interpolator reading variables through `lookup`.
  init(lookup: @escaping (String) -> String?) {
    self.lookup = lookup
  }

  /// Substitutes every variable in `template`.
  func substitute(_ template: String) -> Substitution {
    var scanner = Scanner(scalars: Array(template.unicodeScalars), interpolator: self)
    let text = scanner.run()
    if scanner.invalid {
      return Substitution(
        text: template, variables: scanner.variables,
        problems: ["invalid interpolation template \"\(template)\"; write $$ for a literal $"])
    }
    return Substitution(text: text, variables: scanner.variables, problems: scanner.problems)
  }

  /// One pass over a template.
  private struct Scanner {
    let scalars: [Unicode.Scalar]
    let interpolator: ComposeInterpolator
    var variables: [String] = []
    var problems: [String] = []
    var invalid = false

    mutating func run() -> String {
      var output = String.UnicodeScalarView()
      var index = 0
      while index < scalars.count {
        let scalar = scalars[index]
        let next = index + 1 < scalars.count ? scalars[index + 1] : nil
        guard scalar == "$", let next else {
          output.append(scalar)
          index += 1
          continue
        }
        if next == "$" {
          output.append("$")
          index += 2
        } else if Self.startsName(next) {
          let end = nameEnd(from: index + 1)
          output.append(contentsOf: value(of: text(index + 1, end)).unicodeScalars)
          index = end
        } else if next == "{" {
          guard let (replacement, end) = braced(from: index + 2) else {
            invalid = true
            return ""
          }
          output.append(contentsOf: replacement.unicodeScalars)
          index = end
        } else {
          output.append(scalar)
          index += 1
        }
      }
      return String(output)
    }

    /// Substitutes `${…}` whose name starts at `start`; returns the text and the index after `}`.
    private mutating func braced(from start: Int) -> (String, Int)? {
      let nameEnd =
        start < scalars.count && Self.startsName(scalars[start]) ? nameEnd(from: start) : start
      guard nameEnd > start, nameEnd < scalars.count else {
        return nil
      }
      let name = text(start, nameEnd)
      if scalars[nameEnd] == "}" {
        return (value(of: name), nameEnd + 1)
      }
      var operation = String(scalars[nameEnd])
      var argumentStart = nameEnd + 1
      if operation == ":", argumentStart < scalars.count {
        operation.unicodeScalars.append(scalars[argumentStart])
        argumentStart += 1
      }
      guard [":-", "-", ":?", "?", ":+", "+"].contains(operation),
        let close = closingBrace(from: argumentStart)
      else {
        return nil
      }
      var nested = Scanner(
        scalars: Array(scalars[argumentStart..<close]), interpolator: interpolator)
      let argument = nested.run()
      invalid = invalid || nested.invalid
      problems += nested.problems
      record(name)
      for variable in nested.variables {
        record(variable)
      }
      return (apply(operation, to: name, argument: argument), close + 1)
    }

    private mutating func apply(_ operation: String, to name: String, argument: String) -> String {
      let value = interpolator.lookup(name)
      let isEmpty = value?.isEmpty ?? true
      switch operation {
      case ":-":
        return isEmpty ? argument : value ?? ""
      case "-":
        return value ?? argument
      case ":+":
        return isEmpty ? value ?? "" : argument
      case "+":
        return value == nil ? "" : argument
      default:
        if value == nil || (operation == ":?" && isEmpty) {
          problems.append("required variable \(name) is missing a value: \(argument)")
        }
        return value ?? ""
      }
    }

    /// The index of the `}` closing a `${` whose content starts at `start`, counting nested `${`.
    private func closingBrace(from start: Int) -> Int? {
      var depth = 1
      var index = start
      while index < scalars.count {
        if scalars[index] == "$", index + 1 < scalars.count, scalars[index + 1] == "{" {
          depth += 1
          index += 2
          continue
        }
        if scalars[index] == "}" {
          depth -= 1
          if depth == 0 {
            return index
          }
        }
        index += 1
      }
      return nil
    }

    private mutating func value(of name: String) -> String {
      record(name)
      return interpolator.lookup(name) ?? ""
    }

    private mutating func record(_ name: String) {
      if !variables.contains(name) {
        variables.append(name)
      }
    }

    private func nameEnd(from start: Int) -> Int {
      var end = start + 1
      while end < scalars.count, Self.continuesName(scalars[end]) {
        end += 1
      }
      return end
    }

    private func text(_ start: Int, _ end: Int) -> String {
      String(String.UnicodeScalarView(scalars[start..<end]))
    }

    private static func startsName(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "_" || (scalar.isASCII && scalar.properties.isAlphabetic)
    }

    private static func continuesName(_ scalar: Unicode.Scalar) -> Bool {
      startsName(scalar) || ("0"..."9").contains(scalar)
    }
  }
}
