import Figures

/// The claims block printed at the end of every lesson, and the same claims as a CSV
/// table (`claims.csv`) for the gallery.
public enum ClaimReport {
  /// The printed block: a heading, then for each claim its status, label and statement,
  /// and on the next line what was measured; then a one-line verdict.
  public static func lines(_ claims: [Claim]) -> [String] {
    var lines = ["", "── Claims " + String(repeating: "─", count: Narrative.width - 10)]
    for claim in claims {
      let status = claim.holds ? "held  " : "FAILED"
      let statement = Narrative.wrap("(\(claim.label)) \(claim.statement)", width: 78)
      for (index, line) in statement.enumerated() {
        lines.append((index == 0 ? "  \(status)  " : "          ") + line)
      }
      for line in Narrative.wrap("measured: \(claim.measured)", width: 76) {
        lines.append("            " + line)
      }
    }
    let held = claims.filter(\.holds).count
    lines.append(
      held == claims.count
        ? "All \(claims.count) claims held."
        : "\(claims.count - held) of \(claims.count) claims did NOT hold.")
    return lines
  }

  /// The claims as CSV with the header `label,statement,measured,holds`.
  public static func csv(_ claims: [Claim]) -> String {
    CSVTable(
      header: ["label", "statement", "measured", "holds"],
      rows: claims.map { claim in
        [claim.label, claim.statement, claim.measured, claim.holds ? "true" : "false"].map {
          .text($0)
        }
      }
    ).text
  }
}
