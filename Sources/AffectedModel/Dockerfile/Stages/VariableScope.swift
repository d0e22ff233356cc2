/// The variables visible at one point of a Dockerfile: declared `ARG`s with their values and the
/// `ENV` variables, which win over `ARG`s of the same name.
struct VariableScope {
  /// `ARG` values in force.
  var arguments: [String: String] = [:]
  /// `ENV` values in force.
  var environment: [String: String] = [:]

  /// Every variable with a value, `ENV` winning over `ARG`.
  var variables: [String: String] {
    arguments.merging(environment) { _, environment in environment }
  }
}
