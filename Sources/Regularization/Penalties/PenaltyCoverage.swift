/// Which parameters of a linear model `f(x) = wᵀx + b` a penalty applies to.
///
/// The bias should not be penalized (lesson 3): `∂f/∂x = w` does not involve `b`, so `b`
/// adds no curvature and cannot overfit, while penalizing it pulls every prediction toward
/// 0 instead of toward the mean of `y`. Excluding it is scikit-learn's behaviour, and the
/// `if param.dim() > 1` test in PyTorch code. Including it is what a loop that adds
/// `torch.norm(param)` over all `model.parameters()` does.
public enum PenaltyCoverage: Equatable, Sendable, CaseIterable {
  /// `P(w)`: the bias is free (`∂P/∂b = 0`, the proximal map leaves `b` unchanged).
  case weightsOnly
  /// `P(w) + P(b)`: the penalty is applied to the weights and, separately, to the bias,
  /// as a sum over parameter tensors does. For the separable penalties (L1, L2, elastic
  /// net) this is the same as `P` of the vector `(w, b)`; for the group norm it is
  /// `λ‖w‖₂ + λ|b|`, like `torch.norm(w, 2) + torch.norm(b, 2)`.
  case weightsAndBias
}

extension Penalty {
  /// The penalty of the pair `(w, b)`: `P(w)`, plus `P(b)` if the bias is covered.
  public func value(weights: [Double], bias: Double, coverage: PenaltyCoverage) -> Double {
    switch coverage {
    case .weightsOnly: value(weights)
    case .weightsAndBias: value(weights) + value([bias])
    }
  }

  /// The (sub)gradient in `w` and in `b`; the bias part is exactly 0 when not covered.
  public func gradient(
    weights: [Double], bias: Double, coverage: PenaltyCoverage
  ) -> (weights: [Double], bias: Double) {
    switch coverage {
    case .weightsOnly: (gradient(weights), 0)
    case .weightsAndBias: (gradient(weights), gradient([bias])[0])
    }
  }

  /// The proximal map of `η·P` applied to `w`, and to `b` if covered (else `b` unchanged).
  public func proximal(
    weights: [Double], bias: Double, stepSize: Double, coverage: PenaltyCoverage
  ) -> (weights: [Double], bias: Double) {
    switch coverage {
    case .weightsOnly: (proximal(weights, stepSize: stepSize), bias)
    case .weightsAndBias:
      (proximal(weights, stepSize: stepSize), proximal([bias], stepSize: stepSize)[0])
    }
  }
}
