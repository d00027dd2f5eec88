import Foundation

@testable import reglab

/// What a case broke, if anything.
func fuzzViolations(_ fuzz: FuzzCase, _ result: Outcome, out: String) -> [String] {
  var problems: [String] = []
  if ![0, 64, 65, 66, 73].contains(result.status) {
    problems.append("exit status \(result.status): \(result.stderr)")
  }
  let nonFinite = try! Regex(#"(?i)\b(-?inf(inity)?|nan)\b|\bnull\b"#)
  if result.status != 0 {
    if exists(out) { problems.append("exit \(result.status) but \(out) was written") }
    if !result.stdout.isEmpty { problems.append("exit \(result.status) but stdout not empty") }
    if !result.stderr.hasPrefix("reglab: ") { problems.append("stderr: \(result.stderr)") }
    return problems
  }
  if result.stdout.contains(nonFinite) { problems.append("non-finite printed: \(result.stdout)") }
  for name in (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? [] {
    let text = (try? String(contentsOfFile: out + "/" + name, encoding: .utf8)) ?? ""
    if name.hasPrefix(".") { problems.append("temporary left: \(name)") }
    if text.contains(nonFinite) { problems.append("non-finite written in \(name)") }
  }
  guard fuzz.json else { return problems }
  guard
    let object = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
      as? [String: Any]
  else { return problems + ["stdout is not a JSON object"] }
  let gaps = (object["dual_gaps"] as? [Double]) ?? (object["dual_gap"] as? Double).map { [$0] }
  let converged =
    (object["converged"] as? [Bool]) ?? (object["converged"] as? Bool).map { [$0] }
  guard let gaps, let converged, let tolerance = object["gap_tolerance"] as? Double else {
    return problems + ["no gaps in the JSON"]
  }
  // A gap computed directly from the data (when the bound cannot certify, e.g. at a tol
  // below rounding) may come out a few units of rounding below 0: allow 1e-12 of
  // ‖y_c‖²/n = gap_tolerance/tol.
  let rounding = 1e-12 * tolerance / ((object["tol"] as? Double) ?? 1)
  for (gap, ok) in zip(gaps, converged) {
    if !gap.isFinite || (ok && gap < -max(rounding, tolerance)) {
      problems.append("gap \(gap) reported as converged")
    }
    if ok && gap > tolerance { problems.append("converged with gap \(gap) > \(tolerance)") }
  }
  if converged.contains(false) && !result.stderr.contains("warning") {
    problems.append("an unconverged fit without a warning")
  }
  return problems
}
