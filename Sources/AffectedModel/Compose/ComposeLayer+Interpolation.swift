extension ComposeLayer {
  /// Which variables the blocks of a compose document refer to.
  struct VariableUse {
    /// By service name: the variables in that service's block.
    var services: [String: Set<String>] = [:]
    /// The variables outside `services` (project name, includes, networks, …).
    var project: Set<String> = []
  }

  /// Substitutes variables in every scalar of the document (keys stay as written), as compose does
  /// before it merges files, and reports invalid templates and missing required variables.
  mutating func interpolate(
    with interpolator: ComposeInterpolator, diagnostics: inout [Diagnostic]
  ) -> VariableUse {
    var use = VariableUse()
    var context = Context(interpolator: interpolator, layer: self)
    value = context.interpolate(value, at: [], use: &use)
    diagnostics += context.diagnostics
    return use
  }

  /// The state of one interpolation pass.
  private struct Context {
    let interpolator: ComposeInterpolator
    let layer: ComposeLayer
    var diagnostics: [Diagnostic] = []

    mutating func interpolate(_ mapping: ComposeMapping, at path: [String], use: inout VariableUse)
      -> ComposeMapping
    {
      var result = ComposeMapping()
      for entry in mapping {
        result[entry.key] = interpolate(entry.value, at: path + [entry.key], use: &use)
      }
      return result
    }

    mutating func interpolate(_ value: ComposeValue, at path: [String], use: inout VariableUse)
      -> ComposeValue
    {
      switch value {
      case .null:
        return .null
      case .string(let text):
        guard text.utf8.contains(UInt8(ascii: "$")) else {
          return value
        }
        let substitution = interpolator.substitute(text)
        if path.count >= 2, path[0] == "services" {
          use.services[path[1], default: []].formUnion(substitution.variables)
        } else {
          use.project.formUnion(substitution.variables)
        }
        for problem in substitution.problems {
          diagnostics.append(
            Diagnostic(.warning, problem, file: layer.file, line: layer.lines[path]))
        }
        return .string(substitution.text)
      case .sequence(let elements):
        return .sequence(
          elements.enumerated().map { interpolate($1, at: path + ["[\($0)]"], use: &use) })
      case .mapping(let mapping):
        return .mapping(interpolate(mapping, at: path, use: &use))
      }
    }
  }
}
