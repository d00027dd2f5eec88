/// The three things reglab does.
enum Command: String, CaseIterable, Sendable {
  /// The regularization path over a grid of α.
  case path
  /// One fit at a given α.
  case fit
  /// k-fold cross-validation over the grid, then a refit at the best α.
  case cv
}

/// The penalty, as `--penalty` names it.
enum Penalty: String, CaseIterable, Sendable {
  /// ρ = 1: α·‖w‖₁ (the lasso).
  case l1
  /// ρ = 0: α/2·‖w‖² (ridge in the elastic net's scaling).
  case l2
  /// ρ = `--l1-ratio`: α·ρ·‖w‖₁ + α·(1 − ρ)/2·‖w‖².
  case elasticnet
}

/// Everything a command line says, checked.
struct Options: Equatable, Sendable {
  var csvPath = ""
  var target = ""
  var penalty = Penalty.l1
  /// Given only with `--penalty elasticnet`.
  var l1RatioOption: Double? = nil
  var alphaCount = 100
  var eps = 1e-3
  var tolerance = 1e-4
  var maxIterations = 1000
  var fitIntercept = true
  var standardize = false
  var outputDirectory: String? = nil
  var json = false
  /// Check every fit's duality gap directly from the data (O(n·p) each).
  var directGaps = false
  /// `fit` only.
  var alpha: Double? = nil
  /// `cv` only.
  var folds = 5

  /// ρ, the share of L1 in the penalty.
  var l1Ratio: Double {
    switch penalty {
    case .l1: 1
    case .l2: 0
    case .elasticnet: l1RatioOption ?? 0.5
    }
  }
}
