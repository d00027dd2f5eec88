/// A grouped bar chart: for each category (a string) one bar per group.
///
///     let chart = BarChart(
///       title: "Coefficients", xTitle: "feature", yAxis: Axis(title: "weight"),
///       categories: (1...20).map { "x\($0)" },
///       groups: [BarGroup(name: "true", values: truth), BarGroup(name: "lasso", values: w)])
///
/// Bars start at a zero baseline, so negative values hang below it; the value axis
/// always contains 0. (On a log value axis, bars start at the bottom of the axis and
/// values ≤ 0 draw nothing.) Within a category the bars keep the groups' order, which
/// with the legend's order is the cue beside colour. Category labels turn by 45° when
/// they do not fit side by side and are thinned when even that is too crowded; each
/// bar is 6–44 px wide, the plot widening when needed.
public struct BarChart: Figure {
  /// The title above the chart (also the SVG's `<title>`).
  public var title: String
  /// The SVG's `<desc>`; `nil` generates one from the content.
  public var description: String?
  /// The title under the category labels.
  public var xTitle: String
  /// The value axis.
  public var yAxis: Axis
  /// The category names, left to right.
  public var categories: [String]
  /// The groups, one bar per category each.
  public var groups: [BarGroup]
  /// Labelled horizontal reference lines.
  public var horizontalMarkers: [HorizontalMarker]
  /// Where the legend goes.
  public var legend: LegendPlacement
  /// An optional heading over the legend entries.
  public var legendTitle: String?
  /// The width of the plot area in pixels (grown if bars would be narrower than 6 px).
  public var plotWidth: Double
  /// The height of the plot area in pixels.
  public var plotHeight: Double

  /// Creates a grouped bar chart.
  public init(
    title: String, description: String? = nil, xTitle: String = "", yAxis: Axis,
    categories: [String], groups: [BarGroup]
  ) {
    self.title = title
    self.description = description
    self.xTitle = xTitle
    self.yAxis = yAxis
    self.categories = categories
    self.groups = groups
    horizontalMarkers = []
    legend = .right
    legendTitle = nil
    plotWidth = Theme.plotWidth
    plotHeight = Theme.plotHeight
  }

  /// The colour of group `index`.
  public func color(ofGroupAt index: Int) -> Color {
    groups[index].color ?? Palette.color(at: index)
  }

  /// The share of a category's band taken by its bars; the rest separates categories.
  static let groupFraction = 0.8
  /// The narrowest bar drawn, in pixels.
  static let minimumBarWidth = 6.0
  /// The widest bar drawn, in pixels: with few categories the groups stay compact,
  /// centred in their bands.
  static let maximumBarWidth = 44.0

  /// The plot width actually used: `plotWidth`, or wider so each bar is ≥ 6 px.
  var effectivePlotWidth: Double {
    let bars = Double(categories.count * max(1, groups.count))
    return max(plotWidth, bars * BarChart.minimumBarWidth / BarChart.groupFraction)
  }

  /// The `<desc>` text: the caller's, or a summary of the chart's content.
  public var resolvedDescription: String {
    if let description { return description }
    var text = "Bar chart"
    if !title.isEmpty { text += " “\(title)”" }
    text += ": \(axisPhrase(yAxis, "value")) for \(categories.count) categories"
    if !groups.isEmpty { text += " in groups " + groups.map(\.name).joined(separator: ", ") }
    return text + "."
  }
}
