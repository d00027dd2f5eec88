import Foundation
import Regularization

/// Claim (a), measured on the fitted models: for each of them the bias is changed by hand
/// to several values, and the gradient of the prediction in the input is estimated by
/// central differences at each. Plus a contrast where a bias does matter.
struct InputSlopeCheck {
  /// The biases set by hand, from far below to far above the data's offset.
  static let biases = [-100.0, 0, 50, 1000]
  /// The finite-difference step: coordinate j moves by h·max(1, |x_j|), h = ε^(1/3).
  static let step = FiniteDifference.defaultRelativeStep
  /// The hidden-unit biases c of the contrast `tanh(x + c)`.
  static let hiddenBiases = [0.0, 1, 2]

  /// How a fitted model answers one input: its prediction `wᵀx + b` by default. The
  /// tests pass another response (a saturating one, whose slope does depend on b) to
  /// show that the check can fail.
  typealias Response = @Sendable (RidgeFit, [Double]) throws -> Double

  /// The model's own prediction, through the library's `predictions(for:)`.
  static let prediction: Response = { model, x in
    try model.predictions(for: Matrix(rows: 1, columns: x.count, elements: x))[0]
  }

  /// The fitted models, e.g. the bias-free and the bias-penalized fit at one λ.
  let models: [RidgeFit]
  let inputs: [[Double]]
  /// `gradients[m][i][k]`: the estimate of ∂f/∂x of model m at `inputs[i]` with its bias
  /// set to `biases[k]`.
  let gradients: [[[[Double]]]]
  /// The largest |f| among the evaluations, for the rounding bound.
  let largestResponse: Double
  /// `d/dx tanh(x + c)` at x = 0 for each hidden bias c.
  let hiddenSlopes: [Double]

  init(models: [RidgeFit], inputs: [[Double]], response: @escaping Response = prediction) throws {
    self.models = models
    self.inputs = inputs
    let difference = try FiniteDifference(relativeStep: Self.step)
    var largest = 0.0
    var gradients: [[[[Double]]]] = []
    for model in models {
      var atModel: [[[Double]]] = []
      for x in inputs {
        var atInput: [[Double]] = []
        for b in Self.biases {
          var shifted = model
          shifted.intercept = b
          var failure: Error?
          let f: ([Double]) -> Double = { v in
            do { return try response(shifted, v) } catch {
              failure = error
              return .nan
            }
          }
          largest = max(largest, abs(f(x)))
          atInput.append(difference.gradient(of: f, at: x))
          if let failure { throw failure }
        }
        atModel.append(atInput)
      }
      gradients.append(atModel)
    }
    self.gradients = gradients
    largestResponse = largest
    hiddenSlopes = Self.hiddenBiases.map { c in
      difference.derivative(of: { tanh($0 + c) }, at: 0)
    }
  }

  /// `max |∂̂f/∂x_j − w_j|` over every model, input, bias and coordinate, with w_j the
  /// model's own weight.
  var largestDeviation: Double {
    zip(models, gradients).map { model, atModel in
      atModel.joined().map { maxAbsDifference($0, model.coefficients) }.max() ?? .nan
    }.max() ?? .nan
  }

  /// `max |∂̂f/∂x_j(b) − ∂̂f/∂x_j(b′)|` over models, inputs, coordinates and pairs of biases.
  var largestSpreadAcrossBiases: Double {
    var spread = 0.0
    for atInput in gradients.joined() {
      for j in atInput[0].indices {
        let values = atInput.map { $0[j] }
        spread = max(spread, (values.max() ?? 0) - (values.min() ?? 0))
      }
    }
    return spread
  }

  /// The rounding a central difference of an affine function can show, `4ε·max|f|/h`:
  /// each of `f(x ± h_j·e_j)` is off by a couple of ulps of `|f|`, and the difference is
  /// divided by `2h_j ≥ 2h`. (Truncation is exactly 0: f has no curvature.)
  var roundingBound: Double { 4 * Double.ulpOfOne * largestResponse / Self.step }
}
