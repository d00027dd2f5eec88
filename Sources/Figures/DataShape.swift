import Foundation

/// A shape drawn in data coordinates over a chart: a polygon, a circle or an ellipse,
/// outlined, filled, or both.
///
///     chart.shapes.append(.polygon(name: "‖w‖₁ ≤ t", x: [1, 0, -1, 0], y: [0, 1, 0, -1]))
///     chart.shapes.append(.circle(name: "‖w‖₂ ≤ t", centerX: 0, centerY: 0, radius: 1))
///     chart.equalScale = true  // so that the circle looks round
///
/// Circles and ellipses are drawn as 144-gons through points of the curve, so they are
/// exact at every vertex on any axis (on a log axis a circle in data units is not round,
/// and is not drawn as if it were). A named shape has a legend entry; the axes grow to
/// include every vertex. Vertices that cannot be plotted make the shape a gap.
public struct DataShape: Sendable, Equatable {
  /// The outline of the shape.
  public enum Outline: Sendable, Equatable {
    /// Vertices joined in order and closed.
    case polygon(x: [Double], y: [Double])
    /// The ellipse with centre (cx, cy), semi-axes rx and ry, turned by `rotation`
    /// radians (counter-clockwise in data units): points
    ///
    ///     (cx + rx·cos t·cos θ − ry·sin t·sin θ,  cy + rx·cos t·sin θ + ry·sin t·cos θ)
    case ellipse(
      centerX: Double, centerY: Double, radiusX: Double, radiusY: Double,
      rotation: Double)
  }

  /// The legend text (empty: no legend entry) and CSV series name.
  public var name: String
  /// The geometry.
  public var outline: Outline
  /// The outline colour, or `nil` for no outline.
  public var stroke: Color?
  /// The fill colour, or `nil` for no fill.
  public var fill: Color?
  /// The fill's opacity.
  public var fillOpacity: Double
  /// The outline's dash pattern.
  public var dash: DashPattern
  /// The outline's width in pixels.
  public var lineWidth: Double

  /// Creates a shape; see also `polygon`, `circle` and `ellipse`.
  public init(
    name: String, outline: Outline, stroke: Color? = .black, fill: Color? = nil,
    fillOpacity: Double = 0.2, dash: DashPattern = .solid, lineWidth: Double = 2
  ) {
    self.name = name
    self.outline = outline
    self.stroke = stroke
    self.fill = fill
    self.fillOpacity = fillOpacity
    self.dash = dash
    self.lineWidth = lineWidth
  }

  /// A closed polygon through `(x[i], y[i])`.
  public static func polygon(
    name: String, x: [Double], y: [Double], stroke: Color? = .black, fill: Color? = nil,
    dash: DashPattern = .solid
  ) -> DataShape {
    DataShape(name: name, outline: .polygon(x: x, y: y), stroke: stroke, fill: fill, dash: dash)
  }

  /// The circle of `radius` around `(centerX, centerY)`.
  public static func circle(
    name: String, centerX: Double, centerY: Double, radius: Double, stroke: Color? = .black,
    fill: Color? = nil, dash: DashPattern = .solid
  ) -> DataShape {
    ellipse(
      name: name, centerX: centerX, centerY: centerY, radiusX: radius, radiusY: radius,
      stroke: stroke, fill: fill, dash: dash)
  }

  /// The ellipse with semi-axes `radiusX`, `radiusY` turned by `rotation` radians.
  public static func ellipse(
    name: String, centerX: Double, centerY: Double, radiusX: Double, radiusY: Double,
    rotation: Double = 0, stroke: Color? = .black, fill: Color? = nil,
    dash: DashPattern = .solid
  ) -> DataShape {
    DataShape(
      name: name,
      outline: .ellipse(
        centerX: centerX, centerY: centerY, radiusX: radiusX, radiusY: radiusY,
        rotation: rotation), stroke: stroke, fill: fill, dash: dash)
  }

  /// The number of points an ellipse is drawn through.
  static let ellipseVertices = 144

  /// The vertices in data units, in drawing order (not repeated at the end).
  public var vertices: [(x: Double, y: Double)] {
    switch outline {
    case .polygon(let x, let y):
      return Array(zip(x, y)).map { (x: $0.0, y: $0.1) }
    case .ellipse(let cx, let cy, let rx, let ry, let rotation):
      let (c, s) = (cos(rotation), sin(rotation))
      return (0..<DataShape.ellipseVertices).map { step in
        let t = 2 * Double.pi * Double(step) / Double(DataShape.ellipseVertices)
        let (u, v) = (rx * cos(t), ry * sin(t))
        return (x: cx + u * c - v * s, y: cy + u * s + v * c)
      }
    }
  }
}

/// A point marked and labelled in data coordinates, such as "lasso solution".
///
/// The label is written beside the marker, on a white halo, on the side that keeps it
/// inside the plot (right and above by default).
public struct LabelledPoint: Sendable, Equatable {
  public var x: Double
  public var y: Double
  /// The text (sub/superscript markup allowed); empty draws the marker only.
  public var label: String
  public var color: Color
  public var marker: MarkerShape

  /// Creates a labelled point.
  public init(
    x: Double, y: Double, label: String, color: Color = .black, marker: MarkerShape = .circle
  ) {
    self.x = x
    self.y = y
    self.label = label
    self.color = color
    self.marker = marker
  }
}
