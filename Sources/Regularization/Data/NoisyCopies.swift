/// Data augmentation by input noise: `K` copies of a data set stacked on top of each other,
/// each with fresh Gaussian noise added to every feature and the targets left unchanged.
///
///     [X + E₁; X + E₂; …; X + E_K],   [y; y; …; y],   (E_k)_ij ~ N(0, σ²)
///
/// Least squares on these rows minimizes `(1/K)·Σ_k mean_i (y_i − (x_i + e_ki)ᵀw)²`, whose
/// expectation over the noise is `MSE(w) + σ²‖w‖²` (Bishop 1995): as K grows the fit tends
/// to ridge regression with λ = σ² in that form, scikit-learn's `Ridge(alpha = n·σ²)`.
///
/// Reference: C. M. Bishop, "Training with noise is equivalent to Tikhonov regularization",
/// Neural Computation 7(1), 1995.
///
/// - Parameters:
///   - copies: `K ≥ 1`.
///   - noise: The noise standard deviation `σ ≥ 0`.
///   - generator: The draws are taken copy by copy, row by row.
/// - Throws: `.invalidParameter` for `K < 1` or a negative or non-finite `σ`.
public func noisyCopies(
  of dataset: Dataset, copies: Int, noise: Double, using generator: inout some SeededGenerator
) throws(RegularizationError) -> Dataset {
  guard copies >= 1 else {
    throw .invalidParameter(name: "copies", value: Double(copies), requirement: ">= 1")
  }
  guard noise.isFinite, noise >= 0 else {
    throw .invalidParameter(name: "noise", value: noise, requirement: "a finite number >= 0")
  }
  let x = dataset.features.elements
  var elements = [Double](repeating: 0, count: copies * x.count)
  for k in 0..<copies {
    for e in x.indices { elements[k * x.count + e] = x[e] + noise * generator.normal() }
  }
  var targets: [Double] = []
  targets.reserveCapacity(copies * dataset.sampleCount)
  for _ in 0..<copies { targets += dataset.targets }
  return try Dataset(
    features: Matrix(
      rows: copies * dataset.sampleCount, columns: dataset.featureCount, elements: elements),
    targets: targets)
}
