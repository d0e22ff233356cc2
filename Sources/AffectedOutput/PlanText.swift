import AffectedPlanner

/// The plan as text for a person (`affected plan`): a summary line, then a table of the images to
/// build (wave, image, why), the images to reuse, the removed images, and the affected projects
/// with why.
///
/// Colour comes from the ``TextStyle``; plain text has no escape sequences, so it can be piped.
public struct PlanText: Sendable {
  /// The plan to render.
  public var plan: BuildPlan
  /// How to decorate the text.
  public var style: TextStyle

  /// Creates a renderer; plain unless told otherwise.
  public init(plan: BuildPlan, style: TextStyle = .plain) {
    self.plan = plan
    self.style = style
  }

  /// One row of the table: the cells of the wave and image columns (empty on continuation rows)
  /// and one line of the why column, with its role.
  private struct Row {
    var wave = ""
    var image = ""
    var why: String
    var role: TextStyle.Role?
  }

  /// The text, ending with a newline.
  public func text() -> String {
    let affected = plan.affectedImages
    let skipped = plan.images.count - affected.count
    var lines = [
      "\(affected.count) of \(plan.images.count) images to build in \(plan.waveCount) "
        + "\(plan.waveCount == 1 ? "wave" : "waves"); \(skipped) skipped; "
        + "\(plan.changedPaths) changed \(plan.changedPaths == 1 ? "path" : "paths")"
    ]
    let rows = tableRows()
    if !rows.isEmpty {
      lines.append("")
      lines += table(rows)
    }
    if !plan.reused.isEmpty {
      lines += ["", style.apply(.heading, to: "REUSED (pull, do not rebuild)")]
      lines += plan.reused.map { "  " + style.apply(.note, to: $0) }
    }
    if !plan.removed.isEmpty {
      lines += ["", style.apply(.heading, to: "REMOVED")]
      lines += plan.removed.map { "  " + style.apply(.removed, to: $0) }
    }
    let projects = plan.projects.filter(\.affected)
    if !projects.isEmpty {
      lines += [
        "",
        style.apply(
          .heading, to: "PROJECTS (\(projects.count) of \(plan.projects.count) affected)"),
      ]
      for project in projects {
        lines.append("  \(project.id) (\(project.kind.rawValue))")
        lines += project.reasons.map { "    " + style.apply(.note, to: $0) }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The rows of the affected images: each image's reasons, uncertainties and build order.
  private func tableRows() -> [Row] {
    var rows: [Row] = []
    for (index, wave) in plan.waves.enumerated() {
      for image in wave {
        var why = image.reasons.map { Row(why: $0) }
        why += image.uncertain.map { Row(why: "uncertain: \($0)", role: .warning) }
        if !image.needs.isEmpty {
          why.append(Row(why: "after " + image.needs.joined(separator: ", "), role: .note))
        }
        if why.isEmpty {
          why.append(Row(why: ""))
        }
        why[0].wave = String(index)
        why[0].image = image.id
        rows += why
      }
    }
    return rows
  }

  /// `rows` under a heading, the wave and image columns padded to their widest cell (padding is
  /// measured before colour is added, so escape sequences do not skew the columns).
  private func table(_ rows: [Row]) -> [String] {
    let heading = Row(wave: "WAVE", image: "IMAGE", why: "WHY", role: .heading)
    let waveWidth = rows.map(\.wave.count).reduce(heading.wave.count, max)
    let imageWidth = rows.map(\.image.count).reduce(heading.image.count, max)
    var lines: [String] = []
    for (index, row) in ([heading] + rows).enumerated() {
      let isHeading = index == 0
      var line = style.apply(isHeading ? .heading : .wave, to: row.wave)
      line += String(repeating: " ", count: waveWidth - row.wave.count + 2)
      line += style.apply(isHeading ? .heading : .image, to: row.image)
      line += String(repeating: " ", count: imageWidth - row.image.count + 2)
      line += row.role.map { style.apply($0, to: row.why) } ?? row.why
      while line.last == " " {
        line.removeLast()
      }
      lines.append(line)
    }
    return lines
  }
}
