extension ScatterChart {
  /// The plotted data as one long CSV table:
  ///
  ///     series,kind,x,y
  ///
  /// with `kind` `point` for each point and `line` for each point of a line. A straight
  /// line (`slope`/`intercept`) is written as its two ends at the x axis' ends, which is
  /// where it is drawn; a line given by points is written point by point. Shapes add a
  /// row per vertex (kind `shape`), labelled points one row each (kind `point`).
  public func csv() -> String {
    table().text
  }

  /// The table behind `csv()`.
  public func table() -> CSVTable {
    var table = CSVTable(header: ["series", "kind", "x", "y"])
    for set in points {
      for index in 0..<set.count {
        table.append([
          .text(set.name), .text("point"), .number(set.x[index]), .number(set.y[index]),
        ])
      }
    }
    let ticks = xTicks()
    for line in lines {
      let ends: (x: [Double], y: [Double])
      switch line.shape {
      case .points(let x, let y):
        ends = (x, y)
      case .slopeIntercept(let slope, let intercept):
        ends = (
          [ticks.lower, ticks.upper], [ticks.lower, ticks.upper].map { slope * $0 + intercept }
        )
      }
      for index in 0..<min(ends.x.count, ends.y.count) {
        table.append([
          .text(line.name), .text("line"), .number(ends.x[index]), .number(ends.y[index]),
        ])
      }
    }
    for row in overlays.rows { table.append(row) }
    return table
  }
}
