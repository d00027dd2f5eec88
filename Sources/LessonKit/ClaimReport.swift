import Figures

/// The claims block printed at the end of every lesson, and the same claims as a CSV
/// table (`claims.csv`) for the gallery.
public enum ClaimReport {
  /// The printed block: a heading, then for each claim its status, label and statement,
  /// and on the next line what was measured; then a one-line verdict.
  /// With a styled `style`, the heading is bold and each status green or red.
  public static func lines(_ claims: [Claim], style: TerminalStyle = .plain) -> [String] {
    var lines = [
      "", style.bold("── Claims " + String(repeating: "─", count: Narrative.width - 10)),
    ]
    for claim in claims {
      let status = claim.holds ? style.green("held  ") : style.red("FAILED")
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

  /// The claims as a Markdown table (status, claim, measured), the same rows as
  /// `csv(_:)`, preceded by a verdict line; for the notebook page and the gallery.
  public static func markdown(_ claims: [Claim]) -> [String] {
    let failed = claims.filter { !$0.holds }.count
    let verdict =
      failed == 0
      ? "all \(claims.count) held." : "❌ \(failed) of \(claims.count) did **not** hold."
    var lines = ["**Claims:** \(verdict)", "", "| | Claim | Measured |", "|:--|:--|:--|"]
    for claim in claims {
      // No-break spaces keep the mark and the word on one line in a narrow column.
      let status = claim.holds ? "✅\u{A0}held" : "❌\u{A0}**FAILED**"
      let statement = "**(\(Markdown.inline(claim.label)))** \(Markdown.inline(claim.statement))"
      let measured = claim.measured.isEmpty ? "—" : Markdown.inline(claim.measured)
      lines.append("| \(status) | \(statement) | \(measured) |")
    }
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
