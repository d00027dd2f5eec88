extension BarChart {
  /// The plotted data as a CSV table, one row per category:
  ///
  ///     <x title or "category">,<group 1>,<group 2>,…
  ///
  /// A group with fewer values than there are categories leaves the rest empty.
  public func csv() -> String {
    table().text
  }

  /// The table behind `csv()`.
  public func table() -> CSVTable {
    var table = CSVTable(header: [xTitle.isEmpty ? "category" : xTitle] + groups.map(\.name))
    for category in categories.indices {
      let cells = groups.indices.map { group -> CSVTable.Cell in
        value(group, category).map { .number($0) } ?? .empty
      }
      table.append([.text(categories[category])] + cells)
    }
    return table
  }
}
