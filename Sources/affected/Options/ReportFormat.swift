import ArgumentParser

/// The formats of the inspection commands: readable text or a JSON document.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}
