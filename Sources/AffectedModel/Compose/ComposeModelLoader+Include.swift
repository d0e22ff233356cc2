extension ComposeModelLoader {
  /// One entry of `include`: files, an optional project directory and optional `.env` files.
  private struct IncludeRequest {
    var paths: [String]
    var projectDirectory: String?
    var envFiles: [String]?

    /// Reads the string form or the mapping form; `nil` when the entry names no file.
    init?(_ value: ComposeValue) {
      switch value {
      case .string(let path):
        paths = [path]
      case .mapping(let mapping):
        paths = Self.strings(mapping["path"]) ?? []
        projectDirectory = mapping["project_directory"]?.string
        envFiles = Self.strings(mapping["env_file"])
      case .null, .sequence:
        return nil
      }
      if paths.isEmpty {
        return nil
      }
    }

    /// A string, or a list of strings, as a list.
    private static func strings(_ value: ComposeValue?) -> [String]? {
      switch value {
      case .string(let text):
        return [text]
      case .sequence(let elements):
        return elements.compactMap(\.string)
      default:
        return nil
      }
    }
  }

  /// Loads each model `value` includes (as its own project) and copies its services, networks,
  /// volumes, configs and secrets into `value`; a resource `value` already defines differently is
  /// kept and reported, as compose reports conflicts.
  mutating func importIncludes(
    into value: inout ComposeMapping, declaredIn file: String,
    origins: inout [String: ComposeServiceOrigin]
  ) {
    guard let include = value["include"] else {
      return
    }
    value["include"] = nil
    guard case .sequence(let entries) = include else {
      if !include.isNull {
        report("include must be a list of files or {path: …} entries", in: file)
      }
      return
    }
    for entry in entries {
      guard let request = IncludeRequest(entry) else {
        report("include entry \(entry) names no file; give it a path", in: file)
        continue
      }
      if let include = resolve(request, declaredIn: file) {
        importInclude(include, into: &value, origins: &origins)
      }
    }
  }

  /// The files, project directory and `.env` files `request` names, as repository paths; `nil`
  /// (and a diagnostic) when they are remote, outside the repository, or lead back to `file`.
  private mutating func resolve(_ request: IncludeRequest, declaredIn file: String)
    -> ComposeInclude?
  {
    var files: [String] = []
    for path in request.paths {
      guard ComposeBuild.Context.isLocal(path), let resolved = repositoryPath(path) else {
        report(
          "included file '\(path)' is remote or outside the repository; "
            + "its services are not analysed", in: file)
        return nil
      }
      files.append(resolved)
    }
    let chain = includeChain + [file]
    guard !chain.contains(files[0]) else {
      report(
        "include cycle: \((chain + [files[0]]).joined(separator: " → ")); remove one include",
        in: file)
      return nil
    }
    var projectDirectory = ComposePath.folder(of: files[0])
    if let given = request.projectDirectory {
      guard let resolved = repositoryPath(given) else {
        report("include project_directory '\(given)' is outside the repository", in: file)
        return nil
      }
      projectDirectory = resolved
    }
    var envFiles: [String] = []
    for envFile in request.envFiles ?? [] {
      guard let resolved = repositoryPath(envFile) else {
        report("include env_file '\(envFile)' is outside the repository", in: file)
        continue
      }
      envFiles.append(resolved)
    }
    let dotEnv = ComposePath.join(projectDirectory, ".env")
    if request.envFiles == nil, text(of: dotEnv) != nil {
      envFiles = [dotEnv]
    }
    return ComposeInclude(
      declaringFile: file, files: files, projectDirectory: projectDirectory, envFiles: envFiles)
  }

  /// Loads `include` as a project of its own and copies its resources into `value`.
  private mutating func importInclude(
    _ include: ComposeInclude, into value: inout ComposeMapping,
    origins: inout [String: ComposeServiceOrigin]
  ) {
    var child = ComposeModelLoader(
      source: source,
      variables: includedVariables(from: include.envFiles, declaredIn: include.declaringFile),
      directory: include.projectDirectory, includeChain: includeChain + [include.declaringFile])
    for path in include.files {
      child.add(file: path)
    }
    diagnostics += child.diagnostics
    let rebaser = ComposePathRebaser(
      prefix: ComposePath.relative(from: directory, to: include.projectDirectory))
    let imported = rebaser.rebase(model: child.model, defaultingContext: true)
    for kind in ["services", "volumes", "networks", "secrets", "configs"] {
      guard case .mapping(let resources) = imported[kind] else {
        continue
      }
      var target = value[kind]?.mapping ?? ComposeMapping()
      for entry in resources {
        if let existing = target[entry.key] {
          if existing != entry.value {
            report(
              "\(kind).\(entry.key) from \(include.files[0]) conflicts with its definition here; "
                + "this one is kept", in: include.declaringFile)
          }
          continue
        }
        target[entry.key] = entry.value
        if kind == "services", let origin = child.origins[entry.key] {
          origins[entry.key] = origin
        }
      }
      value[kind] = .mapping(target)
    }
    includes += [include] + child.includes
    variableFiles += include.envFiles + child.variableFiles
    projectVariables.formUnion(child.projectVariables)
  }

  /// The variables of an included model: its `.env` files, overridden by this project's variables.
  private mutating func includedVariables(from envFiles: [String], declaredIn file: String)
    -> [String: String]
  {
    var values: [String: String] = [:]
    for envFile in envFiles {
      guard let text = text(of: envFile) else {
        report("cannot read include env_file '\(envFile)'; check the path", in: file)
        continue
      }
      let parsed = DotEnvFile(
        parsing: text, file: envFile, environment: values.merging(variables) { known, _ in known })
      diagnostics += parsed.diagnostics
      values.merge(parsed.values) { $1 }
    }
    return values.merging(variables) { _, parent in parent }
  }

  /// `path` (relative to the project directory) as a repository path, or `nil` outside it.
  private func repositoryPath(_ path: String) -> String? {
    ComposePath(resolving: path, in: directory).repositoryPath
  }

  private mutating func report(_ message: String, in file: String) {
    diagnostics.append(Diagnostic(.warning, message, file: file))
  }
}
