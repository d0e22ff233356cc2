/// Something that is deployed on its own: a compose service, a Kubernetes workload, or a Helm
/// chart.
///
/// A unit knows the images it runs, what its configuration is (its `fingerprint`) and which
/// repository files it reads when it starts (its `reads`), so that comparing a unit at two
/// revisions tells whether it must be rolled out, restarted, or left alone.
public struct DeployUnit: Hashable, Sendable, Identifiable {
  /// What declares a unit.
  public enum Kind: String, Hashable, Sendable {
    /// A service of a compose environment, built or pulled.
    case composeService = "compose"
    /// A `Deployment`, `StatefulSet`, `DaemonSet`, `Job` or `CronJob` of a Kubernetes manifest
    /// or kustomization.
    case kubernetesWorkload = "kubernetes"
    /// A Helm chart: a folder with a `Chart.yaml`.
    case helmChart = "helm"
  }

  /// The stable id: `<base compose file>:<service>`, `<manifest file>:<Kind>/<name>`,
  /// `<folder>/kustomization.yaml:<Kind>/<name>`, or `<folder>/Chart.yaml`.
  public var id: String
  /// What declares the unit.
  public var kind: Kind
  /// The environment it belongs to: the compose environment's id (its first file), or the
  /// Kubernetes path it was found through (a manifest's folder, a kustomization's or a chart's
  /// folder when discovered).
  public var environment: String
  /// The service, workload or chart name.
  public var name: String
  /// The names a command accepts for the unit besides its id.
  public var shortNames: [String]
  /// The image references its containers run (init containers included), each once, in the
  /// order written, after kustomize `images` overrides.
  public var images: [String]
  /// For a compose service with `build`, the id of the image it builds (as `ImageCatalog`
  /// names it: `<environment>:<service>`).
  public var builtImage: String?
  /// The ids of the units it must be deployed after, sorted.
  public var dependsOn: [String]
  /// Its configuration, in parsed form.
  public var fingerprint: DeployFingerprint
  /// The repository files and folders it reads when it starts, sorted.
  public var reads: [DeployRead]
  /// The files parsed to find it (compose files, manifests, kustomizations, `Chart.yaml`): when
  /// one cannot be read at either revision, the unit counts as changed.
  public var definitionFiles: [String]

  /// Creates a unit.
  public init(
    id: String, kind: Kind, environment: String, name: String, shortNames: [String] = [],
    images: [String] = [], builtImage: String? = nil, dependsOn: [String] = [],
    fingerprint: DeployFingerprint = DeployFingerprint(), reads: [DeployRead] = [],
    definitionFiles: [String] = []
  ) {
    self.id = id
    self.kind = kind
    self.environment = environment
    self.name = name
    self.shortNames = shortNames
    self.images = images
    self.builtImage = builtImage
    self.dependsOn = dependsOn
    self.fingerprint = fingerprint
    self.reads = reads
    self.definitionFiles = definitionFiles
  }

  /// Whether `name` is the unit's id or one of its short names.
  public func isNamed(_ name: String) -> Bool {
    id == name || shortNames.contains(name)
  }

  /// The reads that a change to the repository path `changed` touches.
  public func reads(touchedBy changed: String) -> [DeployRead] {
    reads.filter { $0.covers(changed) }
  }
}
