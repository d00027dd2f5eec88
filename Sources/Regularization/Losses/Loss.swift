/// A per-sample loss `ℓ(prediction, target)` with its derivative in the prediction, and its
/// mean over a batch as PyTorch computes it with `reduction='mean'`.
///
///     L(p, t) = (1/n)·Σ_i ℓ(p_i, t_i),   ∂L/∂p_i = (1/n)·∂ℓ/∂p(p_i, t_i)
///
/// Every derivative in this folder is taken with respect to the prediction `p` (for the
/// regression losses that is the same as with respect to the residual `r = p − t`).
/// The lessons loop over `[any Loss]` to compare curves and gradient descent runs.
public protocol Loss: Sendable {
  /// A short label for tables and legends, e.g. `Smooth L1 (β = 1.0)`.
  var name: String { get }
  /// The loss of one sample, `ℓ(p, t)`.
  func value(prediction: Double, target: Double) -> Double
  /// The derivative `∂ℓ/∂p` of one sample's loss in the prediction.
  func derivative(prediction: Double, target: Double) -> Double
}

/// A regression loss that depends on prediction and target only through the residual
/// `r = p − t`, so that `∂ℓ/∂p = ℓ′(r)`.
public protocol ResidualLoss: Loss {
  /// The loss `ℓ(r)` of one residual.
  func value(residual: Double) -> Double
  /// The derivative `ℓ′(r)`.
  func derivative(residual: Double) -> Double
}

extension ResidualLoss {
  public func value(prediction: Double, target: Double) -> Double {
    value(residual: prediction - target)
  }

  public func derivative(prediction: Double, target: Double) -> Double {
    derivative(residual: prediction - target)
  }
}

extension Loss {
  /// The mean loss `(1/n)·Σ_i ℓ(p_i, t_i)` (PyTorch's `reduction='mean'`); NaN when `n = 0`,
  /// as in PyTorch.
  public func meanValue(predictions: [Double], targets: [Double]) -> Double {
    precondition(
      predictions.count == targets.count,
      "\(predictions.count) predictions but \(targets.count) targets")
    var sum = 0.0
    for i in predictions.indices { sum += value(prediction: predictions[i], target: targets[i]) }
    return sum / Double(predictions.count)
  }

  /// The gradient of the mean loss in the predictions, `∂L/∂p_i = (1/n)·∂ℓ/∂p(p_i, t_i)`.
  public func meanGradient(predictions: [Double], targets: [Double]) -> [Double] {
    precondition(
      predictions.count == targets.count,
      "\(predictions.count) predictions but \(targets.count) targets")
    let scale = 1 / Double(predictions.count)
    return predictions.indices.map {
      scale * derivative(prediction: predictions[$0], target: targets[$0])
    }
  }
}
