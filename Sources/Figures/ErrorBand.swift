/// A shaded band around a line, such as mean ± one standard deviation.
///
/// `lower[i]` and `upper[i]` belong to the series' `x[i]`; a point where either is not
/// plottable breaks the band, as a gap breaks the line.
public struct ErrorBand: Sendable, Equatable {
  /// The band's lower edge, one value per x.
  public var lower: [Double]
  /// The band's upper edge, one value per x.
  public var upper: [Double]

  /// Creates a band from its two edges.
  public init(lower: [Double], upper: [Double]) {
    self.lower = lower
    self.upper = upper
  }
}
