/// One entry of a service's `depends_on`.
public struct ComposeDependency: Hashable, Sendable {
  /// The service depended on.
  public var service: String
  /// When it counts as ready: `service_started` (the default), `service_healthy`,
  /// `service_completed_successfully`.
  public var condition: String
  /// Whether compose fails when that service is missing (`required`, default true).
  public var required: Bool
  /// Whether this service restarts when that one is updated (`restart`, default false).
  public var restart: Bool

  /// Creates a dependency.
  public init(
    service: String, condition: String = "service_started", required: Bool = true,
    restart: Bool = false
  ) {
    self.service = service
    self.condition = condition
    self.required = required
    self.restart = restart
  }
}
