extension HeatMap {
  /// The plotted data as CSV: the grid in long form, `x,y,value`; with points, a
  /// `kind` and a `name` column first (`grid`, `point`).
  public func csv() -> String {
    table().text
  }

  /// The table behind `csv()`.
  public func table() -> CSVTable {
    if points.isEmpty && labelledPoints.isEmpty {
      return CSVTable(header: ["x", "y", "value"], rows: grid.rows)
    }
    var table = CSVTable(header: ["kind", "name", "x", "y", "value"])
    for row in grid.rows { table.append([.text("grid"), .empty] + row) }
    for set in points {
      for index in 0..<set.count {
        table.append([
          .text("point"), .text(plainText(set.name)), .number(set.x[index]),
          .number(set.y[index]), .empty,
        ])
      }
    }
    for point in labelledPoints {
      table.append([
        .text("point"), .text(plainText(point.label)), .number(point.x), .number(point.y), .empty,
      ])
    }
    return table
  }
}
