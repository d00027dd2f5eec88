import PathEngine
import Regularization

/// One command's problem: the data, the penalty and the solver settings, and the calls into
/// the library that every command shares. Library errors here would be reglab bugs (every
/// value was checked first), so they become `.software`.
struct Problem: Sendable {
  let options: Options
  let data: LabData
  /// The command, for the usage printed after an option that the data make impossible.
  var command = Command.path

  /// ρ.
  var l1Ratio: Double { options.l1Ratio }

  /// glmnet's stand-in for ρ when the grid is computed for ridge (ρ = 0).
  static let ridgeGridRatio = 1e-3

  /// The rows `rows` (all if `nil`), centered unless `--no-intercept`, column-major.
  func design(rows: [Int]? = nil) throws(ReglabError) -> CenteredDesign {
    let features = rows.map { data.features.selectingRows($0) } ?? data.features
    let targets = rows.map { $0.map { data.targets[$0] } } ?? data.targets
    do {
      return try CenteredDesign(
        features: features, targets: targets, fitIntercept: options.fitIntercept)
    } catch {
      throw .software("preparing the data: \(error)")
    }
  }

  /// ρ, `--tol` and `--max-iter` as the solvers take them (their ranges were checked when
  /// the options were parsed).
  func settings() throws(ReglabError) -> PathSettings {
    do {
      return try PathSettings(
        l1Ratio: l1Ratio, tolerance: options.tolerance, maxIterations: options.maxIterations)
    } catch {
      throw .software("the solver settings: \(error)")
    }
  }

  /// `α` in the units of the scaled data the solver sees: `s²·α` (see `DataScale`).
  func solverAlpha(_ alpha: Double) -> Double { alpha * data.scale * data.scale }

  /// `α` on the file's scale from the solver's: `α'/s²`.
  func fileAlpha(_ alpha: Double) -> Double { alpha / (data.scale * data.scale) }

  /// Checks that `--eps` keeps the smallest α of the automatic grid a normal number:
  /// `α_max·eps` underflows to 0 (or to a subnormal, with few digits) when both are small.
  func checkEps(_ design: CenteredDesign) throws(ReglabError) {
    // `design` is the whole file's (`design()`): its α_max is the grid's, with no second
    // copy of the data; a lower bound, from one column, usually settles the check in O(n).
    let ratio = l1Ratio > 0 ? l1Ratio : Self.ridgeGridRatio
    let least = Double.leastNormalMagnitude
    if AlphaGrid.alphaMaxLowerBound(for: design, l1Ratio: ratio) * options.eps >= least { return }
    let top = AlphaGrid.alphaMax(for: design, l1Ratio: ratio)
    guard top > 1e-15, top * options.eps < least else { return }
    throw .usage(
      "--eps \(Describe.number(options.eps)) makes the smallest α, eps·α_max with α_max = "
        + "\(Describe.number(fileAlpha(top))), underflow to 0; with \(data.source) --eps must "
        + "be at least \(Describe.number((Double.leastNormalMagnitude / top).nextUp))",
      command: command)
  }

  /// The automatic grid on `design` (see `Help`): sklearn's, with ρ = 0.001 for l2, in the
  /// solver's units.
  func grid(for design: CenteredDesign) throws(ReglabError) -> [Double] {
    try checkEps(design)
    do {
      return try AlphaGrid.alphas(
        for: design, l1Ratio: l1Ratio > 0 ? l1Ratio : Self.ridgeGridRatio,
        count: options.alphaCount, eps: options.eps)
    } catch {
      throw .software("computing the alpha grid: \(error)")
    }
  }

  /// The path over `alphas` (in the solver's units), or over the automatic grid if `nil`;
  /// the time it took is added to `seconds`.
  func path(_ design: CenteredDesign, alphas: [Double]?, seconds: inout Double)
    throws(ReglabError) -> FastElasticNetPath
  {
    let start = ContinuousClock.now
    defer { seconds += Self.seconds(since: start) }
    // For ρ > 0 the solver computes sklearn's grid itself, from its own X_cᵀy_c.
    var grid = alphas
    if grid == nil && l1Ratio == 0 { grid = try self.grid(for: design) }
    if grid == nil { try checkEps(design) }
    let settings = try settings()
    do {
      if let grid {
        return try FastElasticNetPath(
          design, alphas: grid, settings: settings, directGapCheck: options.directGaps)
      }
      return try FastElasticNetPath(
        design, count: options.alphaCount, eps: options.eps, settings: settings,
        directGapCheck: options.directGaps)
    } catch {
      throw .software("solving: \(error)")
    }
  }

  /// Coefficients and intercept of `fit` on the file's scale.
  func originalScale(_ fit: ElasticNetFit) -> (weights: [Double], intercept: Double) {
    data.originalScale(weights: fit.coefficients, intercept: fit.intercept)
  }

  static func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = start.duration(to: .now).components
    return Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
  }
}
