import AffectedPlanner

/// An affected image together with what its build takes from the rest of the plan: the affected
/// images it waits for, and its named contexts with links to those images resolved.
struct ScheduledBuild {
  /// A named context as a build of this run passes it.
  enum Link {
    /// A location as `--build-context` takes it.
    case location(String)
    /// An image built earlier in the same run: its id, and its first tag, if it has one.
    case build(id: String, reference: String?)
  }

  /// The image to build.
  var image: PlannedImage
  /// Its wave.
  var wave: Int
  /// The affected images it builds on, sorted: the jobs it must wait for.
  var needs: [String]
  /// Its named contexts that the run can pass, in order.
  ///
  /// Links to images that are not built in this run are left out, so the Dockerfile's own name for
  /// them applies.
  var contexts: [(name: String, link: Link)]

  /// The affected images of `plan`, by wave then id.
  static func schedule(_ plan: BuildPlan) -> [ScheduledBuild] {
    let affected = plan.affectedImages
    let byID = Dictionary(affected.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    return affected.compactMap { image in
      guard let wave = image.wave else { return nil }
      let needs = Set(image.needs.filter { byID[$0] != nil && $0 != image.id }).sorted()
      let contexts = image.contexts.compactMap { context -> (name: String, link: Link)? in
        switch context.source {
        case .location(let location):
          return (context.name, .location(location))
        case .image(let id):
          guard let base = byID[id] else { return nil }
          return (context.name, .build(id: id, reference: base.tags.first))
        }
      }
      return ScheduledBuild(image: image, wave: wave, needs: needs, contexts: contexts)
    }
  }

  /// The contexts as `--build-context` values (`name=location`), images built in this run as
  /// `docker-image://<first tag>`; links to an image without tags are left out.
  var buildContexts: [String] {
    contexts.compactMap { name, link in
      switch link {
      case .location(let location):
        "\(name)=\(location)"
      case .build(_, let reference):
        reference.map { "\(name)=docker-image://\($0)" }
      }
    }
  }
}
