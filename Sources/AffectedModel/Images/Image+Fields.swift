extension Image {
  /// The stored properties of an image, held once by all its copies.
  ///
  /// An image is copied into catalogs, definitions and lookups' answers; a copy retains one
  /// reference. Each property has the meaning of the image's property of that name.
  struct Fields: Hashable, Sendable {
    var id: String
    var kind: Kind
    var sourceFile: String
    var environment: String?
    var context: ImageContext
    var dockerfile: String?
    var inlineDockerfile: String?
    var target: String?
    var name: String
    var publishedName: String?
    var matchesAnyTag: Bool
    var profiles: [String]
    var buildArguments: [String: String]
    var namedContexts: [NamedContext]
    var requiredImages: [String]
    var shortNames: [String]
    var specFiles: [String]
    var uncertainReasons: [String]
    var diagnostics: [Diagnostic]
  }
}
