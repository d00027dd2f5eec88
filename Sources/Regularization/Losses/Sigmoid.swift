import Foundation

/// The logistic sigmoid, computed without overflow for any `z`.
///
///     σ(z) = 1/(1 + e^(−z)) = e^z/(1 + e^z)
///
/// The first form is used for `z ≥ 0` and the second for `z < 0`, so `e^(·)` only ever sees
/// a non-positive argument and never overflows.
public func sigmoid(_ z: Double) -> Double {
  if z >= 0 { return 1 / (1 + exp(-z)) }
  let e = exp(z)
  return e / (1 + e)
}

/// The derivative of the sigmoid, `σ′(z) = σ(z)·(1 − σ(z))`; at most 1/4, at `z = 0`.
///
/// It is tiny at both ends (below 0.018 for `|z| > 4`), which is why a saturated sigmoid
/// neuron trained on the squared error learns slowly (lesson 5).
public func sigmoidDerivative(_ z: Double) -> Double {
  // σ(z)·σ(−z) = σ(z)·(1 − σ(z)), without the cancellation in 1 − σ(z) for large z.
  sigmoid(z) * sigmoid(-z)
}
