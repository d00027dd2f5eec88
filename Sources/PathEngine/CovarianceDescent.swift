import Regularization

/// The fast solver's engine: coordinate descent on Gram columns over a working set, one `α`
/// after another, warm-started, as in glmnet.
///
/// State between `α` values: `w`, the full gradient `g = X_cᵀr` (which does not depend on
/// `α`) and the working set. For each `α`, in the solver's scale (`λ₁ = αρn`,
/// `λ₂ = α(1 − ρ)n`):
///
/// 1. If the warm start's certified duality gap (`CertifiedGap`) is already
///    `≤ tol·‖y_c‖²`, stop with 0 sweeps, as scikit-learn does.
/// 2. Add to the working set the features the sequential strong rule keeps (Tibshirani et
///    al. 2012), `|x_kᵀr| ≥ 2λ₁ − λ₁,previous`.
/// 3. Sweep the set (`WorkingSet.descend`) until the changes are below `tol·max|w|`.
/// 4. Recompute `g` for all p features from `w` alone, `g = X_cᵀy_c − Σ_j w_j·G[·, j]`.
///    A feature outside the set with `|g_k| > λ₁` breaks its optimality condition: add all
///    such features and go to 3. Otherwise stop if the certified gap over all features is
///    `≤ tol·‖y_c‖²`, else go to 3.
///
/// References: Friedman, Hastie, Tibshirani (2010), JSS 33(1), §2.2 and §2.6; Tibshirani et
/// al. (2012), "Strong rules for discarding predictors in lasso-type problems", JRSS B 74.
struct CovarianceDescent {
  /// What one `α` returns.
  struct Outcome {
    var sweeps: Int
    /// An upper bound on the duality gap at the returned `w`.
    var gap: Double
    /// Whether `gap ≤ tol·‖y_c‖²`.
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
  /// The error bounds of the gap's ingredients.
  let certificate: CertifiedGap
  var gram: GramColumns
  var set: WorkingSet
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
    certificate = CertifiedGap(
      rows: rows, columnSquaredNorms: norms, targetNorm2: targetNorm2)
    gram = GramColumns(features: features)
    set = WorkingSet(features: features)
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
    let strong = 2 * l1 - previousL1
    var joining = (0..<features).filter {
      !set.isMember[$0] && norms[$0] > 0 && (l1 == 0 || abs(g[$0]) >= strong)
    }
    var sweeps = 0
    while true {
      if !joining.isEmpty {
        gram.cache(joining, priority: g.map(abs), x: x, rows: rows, norms: norms)
        set.add(joining, gram: gram, w: w, g: g)
      }
      set.load(g: g)
      set.descend(l1: l1, l2: l2, tolerance: tolerance, passes: &sweeps, limit: maxIterations)
      for (a, j) in set.members.enumerated() { w[j] = set.w[a] }
      refreshGradient()
      joining =
        l1 > 0
        ? (0..<features).filter { !set.isMember[$0] && norms[$0] > 0 && abs(g[$0]) > l1 } : []
      if !joining.isEmpty && sweeps < maxIterations { continue }
      gap = currentGap(l1: l1, l2: l2)
      if gap <= gapTolerance { return Outcome(sweeps: sweeps, gap: gap, isConverged: true) }
      if sweeps >= maxIterations { break }
    }
    return Outcome(sweeps: sweeps, gap: gap, isConverged: false)
  }

  /// `g = X_cᵀy_c − Σ_{j: w_j ≠ 0} w_j·G[·, j]`, in ascending `j`.
  private mutating func refreshGradient() {
    g = gram.subtracting(w, from: targetCorrelations)
  }

  /// The certified upper bound on the duality gap at `w` (see `CertifiedGap`).
  func currentGap(l1: Double, l2: Double) -> Double {
    certificate.bound(
      coefficients: w, gradient: g, targetCorrelations: targetCorrelations, l1: l1, l2: l2)
  }
}
