/// One named set of unconnected points in a `ScatterChart`.
///
/// Points with a coordinate that cannot be plotted (non-finite, or ≤ 0 on a log axis)
/// are left out. If `x` and `y` differ in length the extra values are ignored.
public struct PointSeries: Sendable, Equatable {
  /// The legend text.
  public var name: String
  /// The x values.
  public var x: [Double]
  /// The y values, one per x.
  public var y: [Double]
  /// The colour, or `nil` for the palette's colour of this series' index.
  public var color: Color?
  /// The marker, or `nil` for the palette's marker of this series' index.
  public var marker: MarkerShape?

  /// Creates a point series.
  public init(
    name: String, x: [Double], y: [Double], color: Color? = nil, marker: MarkerShape? = nil
  ) {
    self.name = name
    self.x = x
    self.y = y
    self.color = color
    self.marker = marker
  }

  /// The number of points: the shorter of `x` and `y`.
  public var count: Int { min(x.count, y.count) }
}
