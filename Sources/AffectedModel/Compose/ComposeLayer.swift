/// One YAML document of a compose file, ready to be merged over what came before it.
struct ComposeLayer {
  /// The repository-relative path of the file the document is in.
  var file: String
  /// The document's top-level mapping, without the keys tagged `!reset`.
  var value = ComposeMapping()
  /// Key paths tagged `!reset` or `!override`: what earlier files held there is dropped before
  /// merging.
  var clearedPaths: [[String]] = []
  /// The line of each scalar that holds a `$`, by its path, so interpolation problems can name it.
  var lines: [[String]: Int] = [:]

  /// Removes from `target` (a model merged from earlier files) every path this layer clears.
  func clear(in target: inout ComposeMapping) {
    for path in clearedPaths {
      Self.remove(path[...], from: &target)
    }
  }

  /// Removes from `service` (the base an `extends` copies) what this layer clears under
  /// `services.<name>`, so `!reset` and `!override` also apply to extended attributes.
  func clear(inService name: String, base service: inout ComposeMapping) {
    for path in clearedPaths where path.count > 2 && path[0] == "services" && path[1] == name {
      Self.remove(path[2...], from: &service)
    }
  }

  private static func remove(_ path: ArraySlice<String>, from mapping: inout ComposeMapping) {
    guard let key = path.first else {
      return
    }
    if path.count == 1 {
      mapping[key] = nil
    } else if case .mapping(var child) = mapping[key] {
      remove(path.dropFirst(), from: &child)
      mapping[key] = .mapping(child)
    }
  }
}
