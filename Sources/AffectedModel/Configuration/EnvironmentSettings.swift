/// A named environment of `affected.yml`: the files that describe what runs there.
public struct EnvironmentSettings: Hashable, Sendable {
  /// Compose files merged in order, as `docker compose -f a -f b` merges them.
  public var compose: [String]
  /// Kubernetes manifests, kustomize folders or Helm chart folders.
  public var kubernetes: [String]

  /// Creates an environment from repository-relative paths.
  public init(compose: [String] = [], kubernetes: [String] = []) {
    self.compose = compose
    self.kubernetes = kubernetes
  }
}
