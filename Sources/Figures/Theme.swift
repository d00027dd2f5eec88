/// Sizes and colours shared by every chart, in pixels at 100 % zoom.
///
/// Chosen for figures projected in a classroom: tick labels of 13 px, titles of 19 px,
/// lines 2 px wide. Layout code reads these and never uses a literal size.
enum Theme {
  static let padding = 14.0
  static let titleFontSize = 19.0
  static let titleLineHeight = 24.0
  static let axisTitleFontSize = 15.0
  static let tickFontSize = 13.0
  static let legendFontSize = 13.0
  static let legendRowHeight = 21.0
  static let legendSwatchWidth = 30.0
  static let legendGap = 18.0
  static let legendPadding = 8.0
  static let markerLabelFontSize = 13.0
  static let markerLabelRowHeight = 18.0
  static let tickLength = 5.0
  static let minorTickLength = 3.0
  static let tickLabelGap = 5.0
  /// Room between the plot frame and the data domain, so edge markers are not clipped.
  static let plotInset = 4.0
  static let lineWidth = 2.0
  static let markerRadius = 3.5
  static let textColor = "#222222"
  static let axisColor = "#333333"
  static let gridColor = "#E3E3E3"
  static let zeroLineColor = "#999999"
  /// Default size of the plot area (the canvas grows around it).
  static let plotWidth = 600.0
  static let plotHeight = 360.0
  /// The width every chart's canvas aims at, so that a gallery scales all figures alike.
  static let canvasWidth = 900.0
}

/// An axis-aligned rectangle in pixels.
struct Rect: Equatable, Sendable {
  var x: Double
  var y: Double
  var width: Double
  var height: Double

  var maxX: Double { x + width }
  var maxY: Double { y + height }

  /// Whether the two rectangles share interior points.
  func intersects(_ other: Rect) -> Bool {
    x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
  }

  /// Whether `(px, py)` lies inside or on the edge.
  func contains(_ px: Double, _ py: Double) -> Bool {
    px >= x && px <= maxX && py >= y && py <= maxY
  }

  /// The rectangle grown by `amount` on every side.
  func expanded(by amount: Double) -> Rect {
    Rect(x: x - amount, y: y - amount, width: width + 2 * amount, height: height + 2 * amount)
  }
}
