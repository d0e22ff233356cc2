/// Loads compose projects from a `FileSource`, the way `docker compose -f … -f …` does.
///
/// Variables for interpolation come from the `.env` file in the project directory (the first file's
/// folder), overridden by `environment`. Loading never throws: what cannot be read or resolved is
/// reported in `ComposeProject.diagnostics`, and the project holds everything else.
public struct ComposeLoader {
  /// Where compose files, `.env` files and included files are read.
  public var source: any FileSource
  /// Variables that override the `.env` file, like the shell environment of `docker compose`.
  public var environment: [String: String]

  /// Creates a loader reading from `source`, with `environment` as the shell environment.
  public init(source: any FileSource, environment: [String: String] = [:]) {
    self.source = source
    self.environment = environment
  }

  /// Loads the files of `environment`, merged in order.
  public func load(_ environment: ComposeEnvironment) -> ComposeProject {
    load(files: environment.files)
  }

  /// Loads `files` (repository-relative), merged in order; relative paths in all of them are
  /// relative to the first file's folder.
  public func load(files: [String]) -> ComposeProject {
    guard let first = files.first else {
      return ComposeProject(
        name: "", files: [], directory: "",
        diagnostics: [Diagnostic(.warning, "no compose file given; pass at least one file to load")]
      )
    }
    let directory = ComposePath.folder(of: first)
    var variables = environment
    var diagnostics: [Diagnostic] = []
    var variableFiles: [String] = []
    let dotEnv = ComposePath.join(directory, ".env")
    if let text = source.textFollowingLinks(of: dotEnv) {
      let parsed = DotEnvFile(parsing: text, file: dotEnv, environment: environment)
      variables = parsed.values.merging(environment) { _, shell in shell }
      diagnostics += parsed.diagnostics
      variableFiles.append(dotEnv)
    }
    var loader = ComposeModelLoader(source: source, variables: variables, directory: directory)
    for file in files {
      loader.add(file: file)
    }
    var builder = ComposeProjectBuilder(directory: directory)
    let model = loader.model
    let project = ComposeProject(
      name: Self.projectName(model: model, variables: variables, directory: directory),
      files: files,
      directory: directory,
      services: builder.services(of: model, origins: loader.origins, defaultFile: first),
      networks: builder.resources("networks", of: model, file: first),
      volumes: builder.resources("volumes", of: model, file: first),
      configs: builder.resources("configs", of: model, file: first),
      secrets: builder.resources("secrets", of: model, file: first),
      includes: loader.includes,
      variableFiles: variableFiles + loader.variableFiles,
      variables: loader.projectVariables.sorted(),
      diagnostics: diagnostics + loader.diagnostics + builder.diagnostics,
      unreadableFiles: loader.unreadableFiles)
    return project
  }

  /// `COMPOSE_PROJECT_NAME`, else the model's `name`, else the project directory's name, each
  /// normalised as compose does; the first that is not empty.
  static func projectName(model: ComposeMapping, variables: [String: String], directory: String)
    -> String
  {
    let candidates = [
      variables["COMPOSE_PROJECT_NAME"], model["name"]?.string,
      ComposePath.lastComponent(of: directory),
    ]
    return candidates.lazy.compactMap { $0.map(normalisedName) }.first { !$0.isEmpty } ?? ""
  }

  /// Lowercase, only `a-z`, `0-9`, `-` and `_`, not starting with `-` or `_`.
  static func normalisedName(_ name: String) -> String {
    let kept = name.lowercased().unicodeScalars.filter {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
    }
    return String(String.UnicodeScalarView(kept).drop { $0 == "-" || $0 == "_" })
  }
}
