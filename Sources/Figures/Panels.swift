/// Two or three charts side by side (or stacked) in one SVG, under one title, with one
/// legend and optionally shared axes.
///
///     let figure = Panels(
///       title: "Correlation decides which of two equal features the lasso keeps",
///       panels: [Panel("rho=0", left), Panel("rho=0.9", right)], sharesY: true)
///
/// Each chart keeps its own title as the panel's heading (set smaller) and its own
/// axes; its legend entries are merged into one legend beside the panels (an entry that
/// several panels share, same name and colour, appears once). With `sharesX` (or
/// `sharesY`) every panel gets the union of the panels' ranges on that axis, and the
/// repeated axis title is left out (x titles kept on the bottom row, y titles on the left
/// column). Panels are resized so the whole figure is about `Panels.canvasWidth` wide.
///
/// The CSV puts the panels' tables side by side, each column named `<panel>/<column>`;
/// shorter tables are padded with empty fields.
public struct Panels: Figure {
  /// Side by side or stacked.
  public enum Arrangement: Sendable, Equatable {
    case row, column
  }

  public var title: String
  /// The `<desc>`; `nil` generates one from the panels' descriptions.
  public var description: String?
  public var panels: [Panel]
  public var arrangement: Arrangement
  /// Whether all panels show the same x range.
  public var sharesX: Bool
  /// Whether all panels show the same y range.
  public var sharesY: Bool
  /// `.right` (default) puts the merged legend beside the panels, `.hidden` drops it
  /// (`.insideIfEmpty` is treated as `.right`).
  public var legend: LegendPlacement
  /// The height of each panel's plot area; `nil` for 300 px side by side, 240 stacked.
  public var plotHeight: Double?

  /// The width a `Panels` figure aims at.
  static let canvasWidth = Theme.canvasWidth

  /// Creates a figure of panels.
  public init(
    title: String, description: String? = nil, panels: [Panel], arrangement: Arrangement = .row,
    sharesX: Bool = false, sharesY: Bool = false
  ) {
    self.title = title
    self.description = description
    self.panels = panels
    self.arrangement = arrangement
    self.sharesX = sharesX
    self.sharesY = sharesY
    legend = .right
    plotHeight = nil
  }

  /// The `<desc>` text.
  public var resolvedDescription: String {
    if let description { return description }
    var text = "\(panels.count) panels"
    if !title.isEmpty { text += " “\(plainText(title))”" }
    text += arrangement == .row ? ", side by side" : ", stacked"
    let parts = panels.map { panel -> String in
      let inner = (panel.chart as? any DrawableChart)?.drawing().spec.description ?? ""
      return "\(panel.name): \(inner)"
    }
    return text + (parts.isEmpty ? "." : ". " + parts.joined(separator: " "))
  }

  /// The plotted data of every panel, side by side.
  public func csv() -> String {
    table().text
  }

  /// The table behind `csv()`.
  public func table() -> CSVTable {
    let tables = panels.map { panel -> (String, CSVTable) in
      let table = (panel.chart as? any DrawableChart)?.table() ?? CSVTable(header: [])
      return (panel.name, table)
    }
    var header: [String] = []
    for (name, table) in tables { header += table.header.map { "\(name)/\($0)" } }
    var result = CSVTable(header: header)
    let rows = tables.map(\.1.rows.count).max() ?? 0
    for row in 0..<rows {
      var cells: [CSVTable.Cell] = []
      for (_, table) in tables {
        let width = table.header.count
        let source = row < table.rows.count ? table.rows[row] : []
        cells += (0..<width).map { $0 < source.count ? source[$0] : .empty }
      }
      result.append(cells)
    }
    return result
  }
}
