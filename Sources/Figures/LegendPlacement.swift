/// Where a chart puts its legend. The legend never covers data.
public enum LegendPlacement: Sendable, Equatable {
  /// To the right of the plot area, the canvas widened to make room; with many entries
  /// the legend uses several columns (and the canvas grows taller if even that is not
  /// enough).
  case right
  /// Inside the plot area, in the first corner (top right, top left, bottom right,
  /// bottom left) that no data point, line, band or reference line comes near; to the
  /// right when no corner is free.
  case insideIfEmpty
  /// No legend.
  case hidden
}
