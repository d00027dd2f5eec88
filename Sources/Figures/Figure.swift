/// A chart that can be written as an SVG picture and as the CSV table of exactly the data
/// it plots. Every chart type in this module conforms; `LessonKit` writes both files.
public protocol Figure: Sendable {
  /// The complete, standalone SVG document (valid XML, with `<title>` and `<desc>`).
  func svg() -> String
  /// The plotted data as an RFC 4180 table: a header row, then one row per point,
  /// numbers in their shortest round-trip form, lines ended by CRLF.
  func csv() -> String
}
