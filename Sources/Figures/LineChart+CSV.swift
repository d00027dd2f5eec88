extension LineChart {
  /// The plotted data as CSV (see `CSVTable` for how numbers are written).
  ///
  /// When every series has the same x values, a wide table:
  ///
  ///     <x axis title>,<series 1>,<series 2>,…
  ///
  /// otherwise a long one, one row per point:
  ///
  ///     series,x,y
  ///
  /// With shapes or labelled points the table is long, with a `kind` column (`line`,
  /// `shape` for each vertex, `point`):
  ///
  ///     series,kind,x,y
  ///
  /// A series with a band adds the columns `<name> lower` and `<name> upper` (wide) or
  /// `lower,upper` (long). Markers and reference lines are not data and are left out.
  /// An empty name is written `series N`.
  public func csv() -> String {
    table().text
  }

  /// Whether all series share one x column (compared bit for bit, so NaN matches NaN).
  var sharesX: Bool {
    guard let first = series.first else { return false }
    let xs = Array(first.x.prefix(first.count))
    return series.dropFirst().allSatisfy { one in
      let other = one.x.prefix(one.count)
      return other.count == xs.count
        && zip(other, xs).allSatisfy { $0.bitPattern == $1.bitPattern || $0 == $1 }
    }
  }

  /// The table behind `csv()`.
  public func table() -> CSVTable {
    func value(_ values: [Double]?, _ index: Int) -> CSVTable.Cell {
      guard let values, index < values.count else { return .empty }
      return .number(values[index])
    }
    if sharesX, shapes.isEmpty, labelledPoints.isEmpty, let first = series.first {
      var header = [xAxis.title.isEmpty ? "x" : plainText(xAxis.title)]
      for index in series.indices {
        header.append(plainText(columnName(of: index)))
        if series[index].band != nil {
          header += [
            "\(plainText(columnName(of: index))) lower",
            "\(plainText(columnName(of: index))) upper",
          ]
        }
      }
      var table = CSVTable(header: header)
      for row in 0..<first.count {
        var cells: [CSVTable.Cell] = [.number(first.x[row])]
        for one in series {
          cells.append(.number(one.y[row]))
          if let band = one.band { cells += [value(band.lower, row), value(band.upper, row)] }
        }
        table.append(cells)
      }
      return table
    }
    let hasBand = series.contains { $0.band != nil }
    let overlayRows = overlays.rows
    let kinds = !overlayRows.isEmpty
    var table = CSVTable(
      header: ["series"] + (kinds ? ["kind"] : []) + ["x", "y"]
        + (hasBand ? ["lower", "upper"] : []))
    for index in series.indices {
      let one = series[index]
      for row in 0..<one.count {
        var cells: [CSVTable.Cell] =
          [.text(plainText(columnName(of: index)))] + (kinds ? [.text("line")] : [])
          + [.number(one.x[row]), .number(one.y[row])]
        if hasBand { cells += [value(one.band?.lower, row), value(one.band?.upper, row)] }
        table.append(cells)
      }
    }
    for row in overlayRows { table.append(row) }
    return table
  }
}
