import AffectedModel
import AffectedPlanner

/// The output of `affected inputs`: per image, the files it reads (see `Docs/formats.md`).
public struct InputsReport {
  /// The snapshot the images come from.
  public var snapshot: ImageSnapshot
  /// Each image with its inputs.
  public var inputs: [ImageInputs]

  /// Creates a report of the inputs of `images` in `snapshot`.
  public init(snapshot: ImageSnapshot, images: [Image]) {
    self.snapshot = snapshot
    self.inputs = images.map(snapshot.inputs(of:))
  }

  /// Per image, its id, then one line per file: `definition` or `content`, then the path.
  public func text() -> String {
    var output = ""
    for imageInputs in inputs {
      output += "\(imageInputs.definition.image.id)\n"
      for reason in ImagesReport.uncertainReasons(imageInputs.definition) {
        output += "  uncertain: \(reason)\n"
      }
      for file in imageInputs.files {
        output += "  \(file.kind.rawValue)  \(file.path)\n"
      }
    }
    return output
  }

  /// `{"rev","commit","images":[{"id","uncertain","inputs":[{"path","kind"}]}]}`, one image per line.
  public func json() -> String {
    let images = inputs.map { imageInputs -> JSONValue in
      .object([
        ("id", .string(imageInputs.definition.image.id)),
        ("uncertain", .array(ImagesReport.uncertainReasons(imageInputs.definition).map(JSONValue.string))),
        (
          "inputs",
          .array(
            imageInputs.files.map { file in
              .object([("path", .string(file.path)), ("kind", .string(file.kind.rawValue))])
            })
        ),
      ])
    }
    return JSONValue.object([
      ("rev", .string(snapshot.revision)),
      ("commit", .string(snapshot.commit.id.description)),
      ("images", .array(images)),
    ]).rendered(itemsOnLines: true) + "\n"
  }
}
