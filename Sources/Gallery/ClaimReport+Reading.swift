import LessonKit

extension ClaimReport {
  /// The header every `claims.csv` starts with.
  public static let csvHeader = ["label", "statement", "measured", "holds"]

  /// The claims in a `claims.csv` written by `csv(_:)`: the inverse of that function.
  ///
  /// - Throws: `CSVFormatError` for text that is not CSV, a header other than
  ///   `label,statement,measured,holds`, a row of another width, or a `holds` field other
  ///   than `true` or `false`; the error names the line.
  public static func claims(fromCSV text: String) throws(CSVFormatError) -> [Claim] {
    let records = try CSVRecords.parse(text)
    guard let header = records.first, header == csvHeader else {
      let found = records.first.map { $0.joined(separator: ",") } ?? ""
      throw CSVFormatError(
        line: 1, reason: "the header is '\(found)', expected '\(csvHeader.joined(separator: ","))'")
    }
    var claims: [Claim] = []
    for (index, record) in records.enumerated().dropFirst() {
      // The record's number, which is its line unless a quoted field spans lines.
      let line = index + 1
      guard record.count == csvHeader.count else {
        throw CSVFormatError(
          line: line, reason: "\(record.count) fields, expected \(csvHeader.count)")
      }
      let holds: Bool
      switch record[3] {
      case "true": holds = true
      case "false": holds = false
      default:
        throw CSVFormatError(line: line, reason: "holds is '\(record[3])', expected true or false")
      }
      claims.append(Claim(record[0], record[1], measured: record[2], holds: holds))
    }
    return claims
  }
}
