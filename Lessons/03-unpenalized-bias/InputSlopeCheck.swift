import Foundation
import Regularization

/// Claim (a), measured: the gradient in the input of `f(x) = wᵀx + b`, estimated by
/// central differences at several values of `b`, and a contrast where a bias does matter.
struct InputSlopeCheck {
  /// The biases tried, from far below to far above the data's offset.
  static let biases = [-100.0, 0, 50, 1000]
  /// The finite-difference step: coordinate j moves by h·max(1, |x_j|), h = ε^(1/3).
  static let step = FiniteDifference.defaultRelativeStep
  /// The hidden-unit biases c of the contrast `tanh(x + c)`.
  static let hiddenBiases = [0.0, 1, 2]

  let weights: [Double]
  let inputs: [[Double]]
  /// `gradients[i][k]`: the estimate of ∂f/∂x at `inputs[i]` with bias `biases[k]`.
  let gradients: [[[Double]]]
  /// `∂f/∂b` at the first input, for each bias: always 1.
  let biasDerivatives: [Double]
  /// `d/dx tanh(x + c)` at x = 0 for each hidden bias c.
  let hiddenSlopes: [Double]

  init(weights: [Double], inputs: [[Double]]) throws {
    self.weights = weights
    self.inputs = inputs
    let difference = try FiniteDifference(relativeStep: Self.step)
    gradients = inputs.map { x in
      Self.biases.map { b in difference.gradient(of: { dot(weights, $0) + b }, at: x) }
    }
    let first = inputs[0]
    biasDerivatives = Self.biases.map { b in
      difference.derivative(of: { dot(weights, first) + $0 }, at: b)
    }
    hiddenSlopes = Self.hiddenBiases.map { c in
      difference.derivative(of: { tanh($0 + c) }, at: 0)
    }
  }

  /// `max |∂̂f/∂x_j − w_j|` over every input, bias and coordinate.
  var largestDeviation: Double {
    gradients.joined().map { maxAbsDifference($0, weights) }.max() ?? .nan
  }

  /// `max |∂̂f/∂x_j(b) − ∂̂f/∂x_j(b′)|` over inputs, coordinates and pairs of biases.
  var largestSpreadAcrossBiases: Double {
    var spread = 0.0
    for atInput in gradients {
      for j in weights.indices {
        let values = atInput.map { $0[j] }
        spread = max(spread, (values.max() ?? 0) - (values.min() ?? 0))
      }
    }
    return spread
  }

  /// The rounding a central difference of an affine function can show, `4ε·max|f|/h`:
  /// each of `f(x ± h_j·e_j)` is off by a couple of ulps of `|f|`, and the difference is
  /// divided by `2h_j ≥ 2h`. (Truncation is exactly 0: f has no curvature.)
  var roundingBound: Double {
    let largest = inputs.flatMap { x in Self.biases.map { abs(dot(weights, x) + $0) } }.max() ?? 0
    return 4 * Double.ulpOfOne * largest / Self.step
  }
}
