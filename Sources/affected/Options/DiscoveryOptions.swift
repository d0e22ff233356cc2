import ArgumentParser
import Foundation

/// The flags that say which compose files to load together, as `docker compose -f` does.
struct DiscoveryOptions: ParsableArguments {
  @Option(
    name: .customLong("compose"), parsing: .upToNextOption,
    help: ArgumentHelp(
      """
      Compose files (repository-relative) to merge like `docker compose -f a -f b`, as the only \
      compose environment. Default: COMPOSE_FILE, then affected.yml environments, then every \
      compose file found.
      """, valueName: "file"))
  var compose: [String] = []

  /// The compose files to load: `--compose`, else `COMPOSE_FILE` (split on
  /// `COMPOSE_PATH_SEPARATOR`, `:` by default); `nil` when neither is given.
  var composeFiles: [String]? {
    if !compose.isEmpty {
      return compose.map(Self.normalised)
    }
    let environment = ProcessInfo.processInfo.environment
    guard let value = environment["COMPOSE_FILE"], !value.isEmpty else {
      return nil
    }
    let separator = environment["COMPOSE_PATH_SEPARATOR"].flatMap(\.first) ?? ":"
    let files = value.split(separator: separator).map { Self.normalised(String($0)) }
    return files.isEmpty ? nil : files
  }

  /// `path` without a leading `./`.
  private static func normalised(_ path: String) -> String {
    path.hasPrefix("./") ? String(path.dropFirst(2)) : path
  }
}
