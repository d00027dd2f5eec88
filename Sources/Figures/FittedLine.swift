import Foundation

/// A line drawn over a `ScatterChart`'s points, such as a least-squares fit.
public struct FittedLine: Sendable, Equatable {
  /// How the line is given.
  public enum Shape: Sendable, Equatable {
    /// `y = slope · x + intercept`, drawn across the whole x axis (a curve on log axes).
    case slopeIntercept(slope: Double, intercept: Double)
    /// Points joined in order, with gaps as in `LineSeries`.
    case points(x: [Double], y: [Double])
  }

  /// The legend text.
  public var name: String
  /// The line's definition.
  public var shape: Shape
  /// The colour, or `nil` for the palette's.
  public var color: Color?
  /// The dash pattern, or `nil` for the palette's.
  public var dash: DashPattern?
  /// The stroke width, or `nil` for the default 2.5 px; a line under another it
  /// coincides with can be wider and lighter so both stay visible.
  public var lineWidth: Double? = nil
  /// The stroke opacity, 0…1.
  public var opacity: Double = 1
  /// Whether the line has its own legend entry. A line without one that has the colour
  /// of a point series is shown in that series' entry (marker on the line's dash), so a
  /// measured series and its theory line take one legend row.
  public var showsInLegend: Bool = true

  /// A straight line `y = slope · x + intercept`.
  public init(
    name: String, slope: Double, intercept: Double, color: Color? = nil, dash: DashPattern? = nil
  ) {
    self.name = name
    shape = .slopeIntercept(slope: slope, intercept: intercept)
    self.color = color
    self.dash = dash
  }

  /// A line through the points `(x[i], y[i])`, for example a fitted curve.
  public init(
    name: String, x: [Double], y: [Double], color: Color? = nil, dash: DashPattern? = nil
  ) {
    self.name = name
    shape = .points(x: x, y: y)
    self.color = color
    self.dash = dash
  }

  /// The points that draw the line between `lower` and `upper` on the x axis: the two
  /// ends for a straight line on linear axes; 200 points when either axis is log (where
  /// a straight line is curved), spaced evenly in log₁₀ x on a log x axis; and the given
  /// points for a `.points` line.
  func polyline(from lower: Double, to upper: Double, xScale: Axis.Scale, yScale: Axis.Scale)
    -> (x: [Double], y: [Double])
  {
    switch shape {
    case .points(let x, let y):
      return (x, y)
    case .slopeIntercept(let slope, let intercept):
      var xs = [lower, upper]
      if xScale == .log, lower > 0, upper > 0 {
        let (a, b) = (log10(lower), log10(upper))
        xs = (0...199).map { pow(10, a + (b - a) * Double($0) / 199) }
      } else if yScale == .log {
        xs = (0...199).map { lower + (upper - lower) * Double($0) / 199 }
      }
      return (xs, xs.map { slope * $0 + intercept })
    }
  }
}
