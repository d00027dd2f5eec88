import Foundation
import Regularization

/// The words and numbers the summaries share.
enum Describe {
  /// A number with 4 significant digits (`%.4g`, C locale).
  static func number(_ value: Double) -> String {
    String(format: "%.4g", value)
  }

  /// A time in seconds with 3 significant digits.
  static func seconds(_ value: Double) -> String {
    String(format: "%.3g s", value)
  }

  /// "lasso", "elastic net (ρ = 0.5)" or "ridge".
  static func penalty(_ options: Options) -> String {
    switch options.penalty {
    case .l1: "lasso (L1)"
    case .l2: "ridge (L2)"
    case .elasticnet: "elastic net (ρ = \(number(options.l1Ratio)))"
    }
  }

  /// The objective, written out.
  static func objective(_ options: Options) -> String {
    let loss = options.fitIntercept ? "1/(2n)·‖y − Xw − b‖²" : "1/(2n)·‖y − Xw‖²"
    let penalty =
      switch options.penalty {
      case .l1: "α·‖w‖₁"
      case .l2: "α/2·‖w‖²   (= sklearn Ridge with alpha n·α)"
      case .elasticnet:
        "α·ρ·‖w‖₁ + α·(1 − ρ)/2·‖w‖²   (ρ = \(number(options.l1Ratio)))"
      }
    return "minimize \(loss) + \(penalty)"
  }

  /// The lines about the data: shape, target, standardization.
  static func data(_ problem: Problem) -> String {
    let data = problem.data
    var text = line(
      "data",
      "\(data.source): \(data.rows) rows × \(data.featureCount) features, "
        + "target \"\(data.csv.targetName)\"")
    if problem.options.standardize {
      text += line(
        "", "features and target standardized; α refers to the standardized problem,")
      text += line("", "coefficients are reported on the original scale")
    }
    if !problem.options.fitIntercept { text += line("", "no intercept (data not centered)") }
    if data.scale != 1 {
      text += line(
        "",
        "values reach \(number(data.largest.value)), whose squares overflow: solved on the "
          + "data × 2^\(Int(data.scale.exponent)) (exact), α scaled by its square;")
      text += line("", "duality gaps and their tolerance are in those scaled units")
    }
    return text
  }

  /// `gap/tolerance` of a fit: ≤ 1 when it met `--tol` (0/0 counts as 0).
  /// (A gap above a tolerance that underflowed to 0 gives +∞, which `convergence` words.)
  static func gapRatio(_ fit: ElasticNetFit) -> Double {
    fit.gapTolerance > 0 ? fit.dualityGap / fit.gapTolerance : (fit.dualityGap > 0 ? .infinity : 0)
  }

  /// Whether `fit` counts as converged: the solver met the tolerance and the gap is not
  /// negative beyond it. A gap below −tolerance is rounding, not a certificate (the fuzz
  /// test found ridge fits with α ≈ 10⁻²⁰⁰·‖X‖², duplicated columns, whose computed gap was
  /// −12 tolerances), so such a fit is reported as not converged.
  static func isCertified(_ fit: ElasticNetFit) -> Bool {
    fit.isConverged && fit.dualityGap >= -fit.gapTolerance
  }

  /// The convergence line: how many fits met the tolerance and the worst gap ratio.
  static func convergence(_ fits: [ElasticNetFit], options: Options) -> String {
    let worst = fits.map(gapRatio).max() ?? 0
    let failed = fits.count(where: { !isCertified($0) })
    let what = fits.count == 1 ? "the fit" : "all \(fits.count) fits"
    let verdict =
      failed == 0
      ? "\(what) met the tolerance"
      : "\(failed) of \(fits.count) fits not certified (stopped at --max-iter "
        + "\(options.maxIterations) before the tolerance, or a gap below −tolerance)"
    let ratio =
      worst.isFinite
      ? "worst duality gap / tolerance = \(number(worst))"
      : "some gap is above a tolerance of 0 (tol·‖y − ȳ‖² underflows)"
    return line("convergence", "\(verdict); \(ratio) (tol \(number(options.tolerance)))")
  }

  /// A warning for standard error when some fit did not converge.
  static func warning(_ fits: [ElasticNetFit], options: Options) -> String? {
    let failed = fits.count(where: { !isCertified($0) })
    guard failed > 0 else { return nil }
    return "warning: \(failed) of \(fits.count) fits did not reach the tolerance within "
      + "--max-iter \(options.maxIterations) sweeps (or their gap is below −tolerance, "
      + "rounding); raise --max-iter or --tol"
  }

  /// The lines listing files written.
  static func written(_ paths: [String]) -> String {
    paths.isEmpty ? "" : line("wrote", paths.joined(separator: ", "))
  }

  /// `label` padded to a column, then `text`.
  static func line(_ label: String, _ text: String) -> String {
    label.padding(toLength: 12, withPad: " ", startingAt: 0) + text + "\n"
  }

  /// The non-zero coefficients, largest |w| first, at most `limit` lines.
  static func coefficients(_ weights: [Double], names: [String], limit: Int = 20) -> String {
    let order = weights.indices.filter { weights[$0] != 0 }
      .sorted {
        abs(weights[$0]) > abs(weights[$1]) || (abs(weights[$0]) == abs(weights[$1]) && $0 < $1)
      }
    let width = min(max(order.prefix(limit).map { names[$0].count }.max() ?? 0, 8), 30)
    var text = ""
    for j in order.prefix(limit) {
      let name =
        names[j].count >= width
        ? names[j]
        : names[j].padding(
          toLength: width, withPad: " ", startingAt: 0)
      text += line("", name + "  " + number(weights[j]))
    }
    if order.count > limit {
      text += line("", "… and \(order.count - limit) more (see --out or --json)")
    }
    return text
  }
}
