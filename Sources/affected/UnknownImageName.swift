/// A command named an image that is neither an id nor a short name of a discovered image.
struct UnknownImageName: Error, CustomStringConvertible {
  /// The name as given.
  var name: String
  /// The ids of the images discovered.
  var known: [String]

  var description: String {
    let listing = known.prefix(10).joined(separator: ", ") + (known.count > 10 ? ", …" : "")
    return "no image is named '\(name)'; use an id or a short name (`affected images` lists them"
      + (known.isEmpty ? "; none was found)" : ": \(listing))")
  }
}
