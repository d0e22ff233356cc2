/// What an analysis built on the way to its answers and keeps, never reading it again, so that
/// it is freed with the analysis rather than at the end of the analysis's work.
///
/// Freeing the caches, each side's images and what their definitions read (hundreds of
/// thousands of small allocations on a large repository) took a noticeable share of the thread
/// that renders the plan next; the command keeps the analysis until the process exits, so this
/// is never freed there. A library caller frees it with the analysis.
final class AnalysisWorkings: @unchecked Sendable {
  /// The values kept. Unchecked `Sendable`: nothing reads them after ``init(_:)``; they are only
  /// released, once, by whichever thread frees the last copy of the analysis.
  private let values: [Any]

  /// Keeps `values` until this is freed.
  init(_ values: Any...) {
    self.values = values
  }
}
