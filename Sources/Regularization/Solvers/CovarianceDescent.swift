/// The fast solver's engine: coordinate descent on Gram columns over a working set, one `α`
/// after another, warm-started, as in glmnet.
///
/// State between `α` values: `w` and the full gradient `g = X_cᵀr`, which does not depend on
/// `α`. For each `α`, in the solver's scale (`λ₁ = αρn`, `λ₂ = α(1 − ρ)n`):
///
/// 1. If the duality gap of the warm start is already `≤ tol·‖y_c‖²`, stop (0 sweeps), as
///    scikit-learn does.
/// 2. Working set: the non-zero coefficients plus the features the sequential strong rule
///    keeps (Tibshirani et al. 2012), `|x_kᵀr| ≥ 2λ₁ − λ₁,previous`.
/// 3. Sweep the set (`WorkingSet.descend`) until the changes are below `tol·max|w|`.
/// 4. Recompute `g` for all p features from `w` and the Gram columns, `g = X_cᵀy_c − G·w`.
///    A feature outside the set with `|g_k| > λ₁` breaks its optimality condition: add all
///    such features and go to 3. Otherwise compute the duality gap over all features from
///
///        ‖r‖² = ‖y_c‖² − wᵀX_cᵀy_c − wᵀg,    rᵀy_c = ‖y_c‖² − wᵀX_cᵀy_c
///
///    and stop if it is `≤ tol·‖y_c‖²`, else go to 3.
///
/// The path then recomputes every solution's gap directly from the data (see
/// `FastElasticNetPath`), so these identities only steer the iteration.
///
/// References: Friedman, Hastie, Tibshirani (2010), JSS 33(1), §2.2 and §2.6; Tibshirani et
/// al. (2012), "Strong rules for discarding predictors in lasso-type problems", JRSS B 74.
struct CovarianceDescent {
  /// What one `α` returns.
  struct Outcome {
    var sweeps: Int
    var gap: Double
    var isConverged: Bool
  }

  let rows: Int
  let features: Int
  /// `X_c` column-major; valid while the caller's `withUnsafeBufferPointer` runs.
  let x: UnsafeBufferPointer<Double>
  /// `X_cᵀy_c`.
  let targetCorrelations: [Double]
  /// `‖y_c‖²`.
  let targetNorm2: Double
  /// `‖x_j‖²`; a feature with 0 never enters (its coefficient stays 0).
  let norms: [Double]
  var gram: GramColumns
  /// The current coefficients.
  private(set) var w: [Double]
  /// `X_cᵀ(y_c − X_c·w)`, recomputed from `w` after every round of sweeps.
  private(set) var g: [Double]

  init(design: CenteredDesign, x: UnsafeBufferPointer<Double>, y: UnsafeBufferPointer<Double>) {
    rows = design.rows
    features = design.columns
    self.x = x
    let n = rows
    if let xBase = x.baseAddress, let yBase = y.baseAddress {
      targetCorrelations = CrossProducts.products(
        (0..<features).map { xBase + $0 * n }, [yBase], rows: n)
    } else {
      targetCorrelations = [Double](repeating: 0, count: features)
    }
    targetNorm2 = squaredNorm(design.targets)
    norms = design.columnSquaredNorms
    gram = GramColumns(features: features)
    w = [Double](repeating: 0, count: features)
    g = targetCorrelations
  }

  /// Solves for one `α` from the current `w`; see the type's description.
  mutating func solve(
    l1: Double, l2: Double, previousL1: Double, tolerance: Double, maxIterations: Int
  ) -> Outcome {
    let gapTolerance = tolerance * targetNorm2
    var gap = currentGap(l1: l1, l2: l2)
    if gap <= gapTolerance { return Outcome(sweeps: 0, gap: gap, isConverged: true) }
    let p = features
    var isMember = [Bool](repeating: false, count: p)
    let strong = 2 * l1 - previousL1
    for k in 0..<p where norms[k] > 0 && (w[k] != 0 || l1 == 0 || abs(g[k]) >= strong) {
      isMember[k] = true
    }
    var sweeps = 0
    var set: WorkingSet? = nil
    while true {
      if set == nil {
        let members = (0..<p).filter { isMember[$0] }
        gram.cache(members, priority: g.map(abs), x: x, rows: rows, norms: norms)
        set = WorkingSet(members: members, gram: gram, w: w, g: g)
      }
      guard var current = set else { break }
      current.descend(
        l1: l1, l2: l2, tolerance: tolerance, passes: &sweeps, limit: maxIterations)
      for (a, j) in current.members.enumerated() { w[j] = current.w[a] }
      refreshGradient()
      var violators = 0
      if l1 > 0 {
        for k in 0..<p where !isMember[k] && norms[k] > 0 && abs(g[k]) > l1 {
          isMember[k] = true
          violators += 1
        }
      }
      if violators > 0 && sweeps < maxIterations {
        set = nil
        continue
      }
      gap = currentGap(l1: l1, l2: l2)
      if gap <= gapTolerance { return Outcome(sweeps: sweeps, gap: gap, isConverged: true) }
      if sweeps >= maxIterations { break }
      // Restart the sweeps from the freshly computed gradient (no accumulated rounding).
      current.g = current.members.map { g[$0] }
      set = current
    }
    return Outcome(sweeps: sweeps, gap: gap, isConverged: false)
  }

  /// `g = X_cᵀy_c − Σ_{j: w_j ≠ 0} w_j·G[·, j]`.
  private mutating func refreshGradient() {
    var fresh = targetCorrelations
    let p = features
    fresh.withUnsafeMutableBufferPointer { out in
      gram.storage.withUnsafeBufferPointer { storage in
        guard let out = out.baseAddress, let storage = storage.baseAddress else { return }
        for j in 0..<p where w[j] != 0 {
          let column = storage + gram.offset(of: j)
          let weight = w[j]
          for k in 0..<p { out[k] -= weight * column[k] }
        }
      }
    }
    g = fresh
  }

  /// The duality gap at `w` over all features, from `g` and the identities above.
  func currentGap(l1: Double, l2: Double) -> Double {
    var wc = 0.0
    var wg = 0.0
    for j in 0..<features where w[j] != 0 {
      wc += w[j] * targetCorrelations[j]
      wg += w[j] * g[j]
    }
    return DualityGap.value(
      residualNorm2: max(targetNorm2 - wc - wg, 0), residualDotTargets: targetNorm2 - wc,
      correlations: g, coefficients: w, l1: l1, l2: l2)
  }
}
