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
    if let interpolated = context.interpolated(value, use: &use) {
      value = interpolated
    }
    diagnostics += context.diagnostics
    return use
  }

  /// The state of one interpolation pass.
  private struct Context {
    let interpolator: ComposeInterpolator
    let layer: ComposeLayer
    var diagnostics: [Diagnostic] = []
    /// The keys (and `[index]`es) leading to the value being interpolated.
    var path: [String] = []

    /// `mapping` interpolated, or `nil` when no scalar in it holds a `$`.
    mutating func interpolated(_ mapping: ComposeMapping, use: inout VariableUse)
      -> ComposeMapping?
    {
      mapping.rewritten { key, value in
        path.append(key)
        defer { path.removeLast() }
        return interpolated(value, use: &use)
      }
    }

    /// `value` interpolated, or `nil` when no scalar in it holds a `$`.
    mutating func interpolated(_ value: ComposeValue, use: inout VariableUse) -> ComposeValue? {
      switch value {
      case .null:
        return nil
      case .string(let text):
        guard text.utf8.contains(UInt8(ascii: "$")) else {
          return nil
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
        var result = elements
        var changed = false
        for (index, element) in elements.enumerated() {
          path.append("[\(index)]")
          if let interpolated = interpolated(element, use: &use) {
            result[index] = interpolated
            changed = true
          }
          path.removeLast()
        }
        return changed ? .sequence(result) : nil
      case .mapping(let mapping):
        return interpolated(mapping, use: &use).map(ComposeValue.mapping)
      }
    }
  }
}
