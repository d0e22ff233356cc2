import Yams

/// The body of one build job (a GitLab job, a Buildkite step), with placeholders that each image
/// fills in: `--job-template FILE`.
///
/// The template is a YAML mapping: for GitLab, for example, `script: ["{command} --push"]`; for
/// Buildkite, `command: "{command} --push"` with `plugins:`. In every string value, each
/// `{placeholder}` from ``placeholders`` becomes shell words for the image: one quoted word for
/// `{id}`, `{name}`, `{context}`, `{dockerfile}`, `{target}`, `{image}`, `{wave}`; the options with
/// their values for `{args}` (`--build-arg`), `{contexts}` (`--build-context`), `{tags}` (`--tag`),
/// `{platforms}` (`--platform`) and `{flags}` (all options); and the default build command for
/// `{command}`. Quoting is added only where a shell needs it. A brace after `$` (`${VAR}`) and any
/// other `{text}` stay as written.
public struct JobTemplate: Hashable, Sendable {
  /// The placeholder names a template may use, without braces.
  public static let placeholders = [
    "id", "name", "context", "dockerfile", "target", "image", "wave", "args", "contexts", "tags",
    "platforms", "flags", "command",
  ]

  /// The default GitLab job body: `script: ["{command}"]`.
  public static let gitLab = JobTemplate(body: [("script", .array([.string("{command}")]))])

  /// The default Buildkite step body: `command: "{command}"`.
  public static let buildkite = JobTemplate(body: [("command", .string("{command}"))])

  /// The mapping, keys in order; kept as an object value so the template stays `Hashable`.
  private let mapping: JSONValue

  private init(body: [(String, JSONValue)]) {
    mapping = .object(body)
  }

  /// Reads a template from YAML text; `file` names it in errors.
  ///
  /// - Throws: ``JobTemplateError`` when the text is not YAML or not a mapping.
  public init(yaml text: String, file: String) throws(JobTemplateError) {
    let node: Node?
    do {
      node = try Yams.compose(yaml: text)
    } catch {
      throw JobTemplateError(file: file, problem: "it is not valid YAML (\(error))")
    }
    guard let node, case .mapping = node else {
      throw JobTemplateError(file: file, problem: "it must be a YAML mapping of job keys")
    }
    mapping = try Self.value(of: node, file: file)
  }

  /// The body's entries with the placeholders filled in from `values` (see ``placeholders``).
  func body(filling values: [String: String]) -> [(String, JSONValue)] {
    guard case .object(let members) = Self.filling(mapping, with: values) else { return [] }
    return members
  }

  private static func filling(_ value: JSONValue, with values: [String: String]) -> JSONValue {
    switch value {
    case .string(let text): .string(substituting(text, with: values))
    case .array(let items): .array(items.map { filling($0, with: values) })
    case .object(let members): .object(members.map { ($0.0, filling($0.1, with: values)) })
    default: value
    }
  }

  /// `text` with each `{name}` that has a value replaced, unless its brace follows `$`.
  private static func substituting(_ text: String, with values: [String: String]) -> String {
    var output = ""
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      output += rest[..<open]
      let afterOpen = rest.index(after: open)
      let followsDollar = open > rest.startIndex && rest[rest.index(before: open)] == "$"
      if !followsDollar, let close = rest[afterOpen...].firstIndex(of: "}"),
        let value = values[String(rest[afterOpen..<close])]
      {
        output += value
        rest = rest[rest.index(after: close)...]
      } else {
        output += "{"
        rest = rest[afterOpen...]
      }
    }
    return output + rest
  }

  /// The YAML node as a JSON value: integers, booleans and nulls keep their type, other scalars
  /// become strings.
  private static func value(of node: Node, file: String) throws(JobTemplateError) -> JSONValue {
    switch node {
    case .scalar(let scalar):
      switch node.tag.rawValue {
      case Tag.Name.int.rawValue:
        return Int(scalar.string).map(JSONValue.int) ?? .string(scalar.string)
      case Tag.Name.bool.rawValue: return node.bool.map(JSONValue.bool) ?? .string(scalar.string)
      case Tag.Name.null.rawValue: return .null
      default: return .string(scalar.string)
      }
    case .sequence(let sequence):
      var items: [JSONValue] = []
      for item in sequence {
        items.append(try value(of: item, file: file))
      }
      return .array(items)
    case .mapping(let mapping):
      var members: [(String, JSONValue)] = []
      for (key, item) in mapping {
        guard case .scalar(let name) = key else {
          throw JobTemplateError(file: file, problem: "a mapping key is not a plain string")
        }
        members.append((name.string, try value(of: item, file: file)))
      }
      return .object(members)
    case .alias:
      throw JobTemplateError(file: file, problem: "an alias could not be resolved")
    }
  }
}
