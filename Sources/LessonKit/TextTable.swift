/// A plain-text table with aligned columns, for the terminal.
///
/// A column whose cells all look numeric (digits, signs, `.`, `e`, `∞`, `%`) is
/// right-aligned so that the decimal places line up; other columns are left-aligned.
public struct TextTable: Sendable {
  public var headers: [String]
  public var rows: [[String]]

  public init(headers: [String], rows: [[String]]) {
    self.headers = headers
    self.rows = rows
  }

  /// The rendered lines: header, a rule, then the rows. Short rows are padded with
  /// empty cells.
  public func lines() -> [String] {
    let columnCount = max(headers.count, rows.map(\.count).max() ?? 0)
    func cell(_ row: [String], _ column: Int) -> String {
      column < row.count ? row[column] : ""
    }
    let widths = (0..<columnCount).map { column in
      ([headers] + rows).map { TextWidth.columns(cell($0, column)) }.max() ?? 0
    }
    let numeric = (0..<columnCount).map { column in
      !rows.isEmpty && rows.allSatisfy { Self.looksNumeric(cell($0, column)) }
    }
    func render(_ row: [String]) -> String {
      let cells = (0..<columnCount).map { column -> String in
        let text = cell(row, column)
        let padding = String(repeating: " ", count: widths[column] - TextWidth.columns(text))
        return numeric[column] ? padding + text : text + padding
      }
      return trimmingTrailingSpaces(cells.joined(separator: "  "))
    }
    let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
    return [render(headers), rule] + rows.map(render)
  }

  static func looksNumeric(_ text: String) -> Bool {
    let allowed = Set("0123456789+-−.eE∞%×NaN")
    return !text.isEmpty && text.contains(where: \.isNumber) && text.allSatisfy(allowed.contains)
  }

  private func trimmingTrailingSpaces(_ text: String) -> String {
    var result = text
    while result.last == " " { result.removeLast() }
    return result
  }
}
