/// One chart of a `Panels` figure, with the name that prefixes its CSV columns.
public struct Panel: Sendable {
  /// The prefix of this panel's CSV columns (`"rho=1"` gives `rho=1/x`, …).
  public var name: String
  /// The chart: any chart of this module (line, scatter, bar, contour, heat map).
  public var chart: any Figure

  /// Creates a panel.
  public init(_ name: String, _ chart: any Figure) {
    self.name = name
    self.chart = chart
  }
}
