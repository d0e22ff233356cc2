/// Loads and merges the compose files of one project directory into an untyped model.
///
/// For each file, and each YAML document in it, in order: interpolate, resolve `extends`, drop what
/// `!reset`/`!override` clear from the files before, import `include`d models, merge, and remove
/// redefinitions from unique lists. This is compose-go's `loadYamlFile` order.
struct ComposeModelLoader {
  /// Where files are read.
  let source: any FileSource
  /// The variables interpolation reads.
  let variables: [String: String]
  /// The project directory, repository-relative: paths in every file are relative to it.
  let directory: String
  /// The files whose `include` led here, outermost first, to detect include cycles.
  let includeChain: [String]

  /// The merged model.
  var model = ComposeMapping()
  /// Where each service came from.
  var origins: [String: ComposeServiceOrigin] = [:]
  /// The variables used outside services.
  var projectVariables: Set<String> = []
  /// The includes merged in, nested ones included.
  var includes: [ComposeInclude] = []
  /// The `.env` files read for includes.
  var variableFiles: [String] = []
  /// What could not be read or resolved.
  var diagnostics: [Diagnostic] = []
  /// The compose files that could not be read completely as YAML.
  var unreadableFiles: [String] = []
  /// Files read for `extends`, by path, with the services resolved so far.
  var extendedFiles: [String: ExtendsScope] = [:]

  /// Creates a loader for the project directory `directory`.
  init(
    source: any FileSource, variables: [String: String], directory: String,
    includeChain: [String] = []
  ) {
    self.source = source
    self.variables = variables
    self.directory = directory
    self.includeChain = includeChain
  }

  /// Merges the compose file `file` over what was loaded so far.
  mutating func add(file: String) {
    for var layer in readLayers(of: file) ?? [] {
      let use = layer.interpolate(with: interpolator, diagnostics: &diagnostics)
      var scope = ExtendsScope(layer: layer, use: use)
      projectVariables.formUnion(scope.projectVariables)
      resolveExtends(in: &scope)
      layer = scope.layer
      layer.clear(in: &model)
      var fileOrigins = scope.origins
      importIncludes(into: &layer.value, declaredIn: file, origins: &fileOrigins)
      var merger = ComposeMerger()
      model = ComposeUnicity.enforce(merger.merge(model, layer.value))
      diagnostics += merger.problems.map { Diagnostic(.warning, $0, file: file) }
      for (name, origin) in fileOrigins {
        origins[name, default: origin].absorb(origin)
      }
    }
  }

  /// Interpolates with this project's variables.
  var interpolator: ComposeInterpolator {
    ComposeInterpolator(variables: variables)
  }

  /// The YAML documents of `file` with their diagnostics recorded; `nil` when it cannot be read.
  mutating func readLayers(of file: String) -> [ComposeLayer]? {
    guard let text = readText(of: file) else {
      unreadableFiles.append(file)
      return nil
    }
    let (layers, problems) = ComposeYAMLReader.layers(of: text, file: file)
    diagnostics += problems
    if !problems.isEmpty {
      unreadableFiles.append(file)
    }
    return layers
  }

  /// The text of the repository file `path`, following symbolic links; `nil` when it is not a file.
  func text(of path: String) -> String? {
    source.textFollowingLinks(of: path)
  }

  /// `text(of:)`, recording a diagnostic when the file cannot be read.
  mutating func readText(of path: String) -> String? {
    guard let text = text(of: path) else {
      diagnostics.append(
        Diagnostic(
          .warning,
          "cannot read compose file '\(path)'; check that it exists and is a regular file",
          file: path))
      return nil
    }
    return text
  }
}
