import Foundation

/// An axis resolved for drawing: its ticks and the map from values to pixels.
///
///     position(v) = start + (f(v) − f(lower)) / (f(upper) − f(lower)) · (end − start)
///
/// with `f` the identity (linear) or log₁₀ (log). `start` and `end` are the pixel
/// positions of the domain's lower and upper ends (swapped for a reversed axis).
struct AxisMap: Sendable {
  var axis: Axis
  var ticks: TickSet
  var start: Double
  var end: Double

  /// Creates the map of `axis` with `ticks`, placing the domain on `pixels`
  /// (lower end first, before any reversal).
  init(axis: Axis, ticks: TickSet, pixels: (Double, Double)) {
    self.axis = axis
    self.ticks = ticks
    start = axis.isReversed ? pixels.1 : pixels.0
    end = axis.isReversed ? pixels.0 : pixels.1
  }

  private func transformed(_ value: Double) -> Double {
    axis.scale == .log ? log10(value) : value
  }

  /// The pixel position of `value`, or `nil` if it cannot be plotted (a gap).
  func position(_ value: Double) -> Double? {
    guard axis.canPlot(value) else { return nil }
    let low = transformed(ticks.lower)
    let span = transformed(ticks.upper) - low
    guard span > 0, span.isFinite else { return (start + end) / 2 }
    let fraction = (transformed(value) - low) / span
    let pixel = start + fraction * (end - start)
    return pixel.isFinite ? pixel : nil
  }
}
