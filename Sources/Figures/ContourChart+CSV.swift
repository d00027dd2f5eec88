extension ContourChart {
  /// The plotted data as CSV. Without overlays, the grid in long form:
  ///
  ///     x,y,value
  ///
  /// With lines, shapes or labelled points, a `kind` and a `name` column come first
  /// (`grid`, `line`, `shape`, `point`) and the levels drawn follow as `level` rows:
  ///
  ///     kind,name,x,y,value
  public func csv() -> String {
    table().text
  }

  /// The table behind `csv()`.
  public func table() -> CSVTable {
    let overlayRows = overlays.rows
    if series.isEmpty && overlayRows.isEmpty {
      return CSVTable(header: ["x", "y", "value"], rows: grid.rows)
    }
    var table = CSVTable(header: ["kind", "name", "x", "y", "value"])
    for row in grid.rows { table.append([.text("grid"), .empty] + row) }
    for level in resolvedLevels {
      table.append([.text("level"), .empty, .empty, .empty, .number(level)])
    }
    for one in series {
      for index in 0..<one.count {
        table.append([
          .text("line"), .text(plainText(one.name)), .number(one.x[index]), .number(one.y[index]),
          .empty,
        ])
      }
    }
    for row in overlayRows {
      // Overlay rows are series,kind,x,y.
      table.append([row[1], row[0], row[2], row[3], .empty])
    }
    return table
  }
}
