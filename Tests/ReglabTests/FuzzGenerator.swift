import Foundation
import Regularization

/// One random case: a CSV file's text and a command line for it.
struct FuzzCase {
  var text: String
  var arguments: [String]
  /// With `--json`, the invariants read the gaps from the output.
  var json: Bool
}

/// Random CSVs and option values at their edges (see `ReglabPropertyTests`).
struct FuzzGenerator {
  var rng: Xoshiro256StarStar

  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(rng.next() % UInt64(range.count))
  }
  mutating func chance(_ p: Double) -> Bool { Double(rng.next() >> 11) * 0x1p-53 < p }
  mutating func pick<T>(_ values: [T]) -> T { values[int(0...values.count - 1)] }

  /// A number of magnitude ~10^exponent, written in one of Swift's or a person's ways.
  mutating func cell(_ value: Double) -> String {
    switch int(0...9) {
    case 0: return " \(value) "
    case 1: return "\"\(value)\""
    case 2: return String(format: "%.3e", value)
    default: return "\(value)"
    }
  }

  /// A cell that is not a finite number, or that breaks the row.
  mutating func malformed() -> String {
    pick(["abc", "", "nan", "-inf", "1e999", "1,2", "\"1", "\"1\"x", "\u{0}", "0x1p3", "１"])
  }

  mutating func next(out: String, csv: String) -> FuzzCase {
    let rows = pick([1, 2, 3, 4, 5, 8, 13, 30])
    let features = int(1...5)
    let columns = features + 1
    let targetIndex = int(0...features)
    var names = (1...columns).map { "x\($0)" }
    names[targetIndex] = "y"
    if chance(0.2) { names[0] = targetIndex == 0 ? "y" : "\"x, first\"" }
    // Each column its own magnitude, most often all alike.
    let exponents = [-300, -200, -150, -20, 0, 0, 0, 20, 80, 150, 160, 250, 300]
    let common = pick(exponents)
    let scales = (0..<columns).map { _ in
      pow(10, Double(chance(0.7) ? common : pick(exponents)))
    }
    let constant = (0..<columns).map { _ in chance(0.1) }
    let duplicate = (0..<columns).map { _ in chance(0.1) ? int(0...columns - 1) : nil }
    var values = [[Double]](repeating: [Double](repeating: 0, count: columns), count: rows)
    for i in 0..<rows {
      for j in 0..<columns {
        let z = Double(Int64(rng.next() >> 12) - (1 << 51)) * 0x1p-51  // in [-1, 1)
        values[i][j] = constant[j] ? scales[j] : z * scales[j]
      }
      for j in 0..<columns { if let k = duplicate[j] { values[i][j] = values[i][k] } }
    }
    let end = chance(0.3) ? "\r\n" : "\n"
    var lines = [names.joined(separator: ",")]
    for i in 0..<rows {
      var cells: [String] = []
      for j in 0..<columns { cells.append(cell(values[i][j])) }
      if chance(0.03) { cells[int(0...columns - 1)] = malformed() }
      if chance(0.01) { cells.append("1") }
      if chance(0.01) { cells.removeLast() }
      lines.append(cells.joined(separator: ","))
    }
    var text = lines.joined(separator: end) + (chance(0.9) ? end : "")
    if chance(0.01) { text = "" }

    let command = pick(["path", "path", "fit", "cv"])
    var arguments = [command, "--csv", chance(0.01) ? csv + ".missing" : csv, "--target", "y"]
    func option(_ name: String, _ value: String) {
      if chance(0.5) { arguments += [name, value] } else { arguments.append("\(name)=\(value)") }
    }
    if chance(0.5) {
      let penalty = pick(["l1", "l2", "elasticnet"])
      option("--penalty", penalty)
      if penalty == "elasticnet" && chance(0.5) {
        option("--l1-ratio", pick(["0.001", "1", "0.5", "0.0009", "1e-320", "0"]))
      }
    }
    if command != "fit" {
      if chance(0.5) {
        let count = pick(["1", "2", "3", "10", "0", "10000", "10001", "9223372036854775807"])
        option("--n-alphas", count)
      } else {
        option("--n-alphas", pick(["5", "20"]))
      }
      if chance(0.3) { option("--eps", pick(["1", "0.5", "1e-300", "1e-320", "5e-324", "0"])) }
    }
    let tol = chance(0.3) ? pick(["1", "0.1", "1e-15", "1e-300", "0", "2"]) : "1e-4"
    option("--tol", tol)
    if chance(0.3) {
      // The largest --max-iter with a tolerance no fit can meet would spend the whole
      // sweep budget (bounded, tested by ArgumentParserTests, but tens of seconds here).
      let unattainable = tol == "1e-15" || tol == "1e-300"
      option("--max-iter", pick(["1", "2", "0", "100001"] + (unattainable ? [] : ["100000"])))
    }
    if command == "fit" {
      option("--alpha", pick(["0", "1e-300", "0.01", "1", "1e300", "1e301", "-0", "-1e-300"]))
    }
    if command == "cv" && chance(0.7) {
      option("--folds", pick(["2", "3", "\(rows)", "\(rows + 1)", "1"]))
    }
    if chance(0.3) { arguments.append("--standardize") }
    if chance(0.2) { arguments.append("--no-intercept") }
    if chance(0.2) { arguments.append("--direct-gaps") }
    let json = chance(0.5)
    if json { arguments.append("--json") }
    arguments += ["--out", out]
    return FuzzCase(text: text, arguments: arguments, json: json)
  }
}
