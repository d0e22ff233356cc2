extension DeployImpact {
  /// The ids of the units that must deploy, in waves: every unit comes after the units it
  /// depends on (through units that do not deploy too), each wave sorted.
  ///
  /// - Throws: ``DependencyCycle`` with one cycle when deploying units depend on each other in
  ///   a circle.
  public func waves() throws(DependencyCycle<String>) -> [[String]] {
    try topologicalWaves(of: deploying.map(\.id), dependencies: deployingDependencies(of:))
  }
}
