/// One named line of a `LineChart`: points `(x[i], y[i])` joined in order.
///
/// Non-finite values (NaN, ±∞), and values ≤ 0 on a log axis, are gaps: the line stops
/// before them and starts again after. If `x` and `y` differ in length the extra values
/// of the longer one are ignored (in the picture and in the CSV alike).
public struct LineSeries: Sendable, Equatable {
  /// The legend text and CSV column name.
  public var name: String
  /// The x values.
  public var x: [Double]
  /// The y values, one per x.
  public var y: [Double]
  /// The colour, or `nil` for the palette's colour of this series' index.
  public var color: Color?
  /// The dash pattern, or `nil` for the palette's pattern of this series' index.
  public var dash: DashPattern?
  /// The marker shape, or `nil` for the palette's shape of this series' index.
  public var marker: MarkerShape?
  /// Which points get a marker.
  public var markers: MarkerPlacement
  /// An optional shaded band (for example ± one standard deviation).
  public var band: ErrorBand?
  /// Whether the series has a legend entry (`true` by default; turn it off for
  /// secondary lines such as the contour levels of a loss).
  public var showsInLegend: Bool
  /// How consecutive points are joined: straight lines (default) or steps.
  public var interpolation: Interpolation
  /// The stroke width in pixels, or `nil` for the chart's default (2 px, 1.5 px with
  /// more than 8 series). A series drawn under another it coincides with can be wider
  /// and lighter so both stay visible.
  public var lineWidth: Double?
  /// The stroke opacity, 0…1 (1 by default).
  public var opacity: Double
  /// Whether the points are joined by a line; `false` draws markers only (give
  /// `markers` a placement other than `.none`).
  public var drawsLine: Bool
  /// Text added to the legend entry after the name, e.g. `"= L1 for |r| > β"`.
  public var legendNote: String?
  /// Series with the same group share one legend entry with this text, drawn like the
  /// first of them ("15 uninformative, all 0"); `nil` gives the series its own entry.
  public var legendGroup: String?
  /// The drawing layer: lower layers are drawn first (under); within a layer, series
  /// order. The legend and the CSV keep series order. 0 by default.
  public var layer: Int

  /// How a line series joins its points.
  public enum Interpolation: Sendable, Equatable {
    /// Straight segments from point to point.
    case linear
    /// A step at each new x: the value holds until the next point (matplotlib's
    /// `steps-post`), right for a count that changes at the points.
    case stepAfter
    /// The step happens before each point: the line jumps to the next value at the
    /// current x (`steps-pre`).
    case stepBefore
    /// The step halfway between points (`steps-mid`).
    case stepMiddle
  }

  /// Creates a series.
  /// - Parameters:
  ///   - name: Legend text and CSV column name.
  ///   - x: The x values.
  ///   - y: The y values, one per x.
  ///   - color: A colour, or `nil` for the palette's.
  ///   - dash: A dash pattern, or `nil` for the palette's.
  ///   - marker: A marker shape, or `nil` for the palette's.
  ///   - markers: Which points get a marker (`.automatic` by default).
  ///   - band: An optional band around the line.
  public init(
    name: String, x: [Double], y: [Double], color: Color? = nil, dash: DashPattern? = nil,
    marker: MarkerShape? = nil, markers: MarkerPlacement = .automatic, band: ErrorBand? = nil
  ) {
    self.name = name
    self.x = x
    self.y = y
    self.color = color
    self.dash = dash
    self.marker = marker
    self.markers = markers
    self.band = band
    showsInLegend = true
    interpolation = .linear
    lineWidth = nil
    opacity = 1
    drawsLine = true
    legendNote = nil
    legendGroup = nil
    layer = 0
  }

  /// The number of points drawn: the shorter of `x` and `y`.
  public var count: Int { min(x.count, y.count) }
}
