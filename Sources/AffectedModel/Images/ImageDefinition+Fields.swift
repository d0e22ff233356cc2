extension ImageDefinition {
  /// The stored properties of a definition, held once by all its copies.
  ///
  /// A definition is copied into dictionaries, inputs and the other thread's results; a copy
  /// retains one reference. Each property has the meaning of the definition's property of that
  /// name.
  struct Fields: Hashable, Sendable {
    var image: Image
    var reachedStages: [Stage]
    var definitionFiles: [String]
    var fingerprint: DefinitionFingerprint
    var contexts: [LocalContext]
    var reads: [ContextRead]
    var links: [ImageLink]
    var pulledNames: [String]
    var uncertainReasons: [String]
    var diagnostics: [Diagnostic]
    var usedContexts: [String]
  }
}
