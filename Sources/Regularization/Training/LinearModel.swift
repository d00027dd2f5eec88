/// A linear model `f(x) = wᵀx + b` being trained: its parameters as two groups,
/// `[w, [b]]`, the way an optimizer with parameter groups sees them (decay on the weights,
/// none on the bias).
public struct LinearModel: LinearPredictor, Equatable, Sendable {
  /// The weights `w`.
  public var weights: [Double]
  /// The bias `b`.
  public var bias: Double

  /// A model with the given starting parameters.
  public init(weights: [Double], bias: Double = 0) {
    self.weights = weights
    self.bias = bias
  }

  public var coefficients: [Double] { weights }
  public var intercept: Double { bias }

  /// The parameter groups `[w, [b]]`.
  public var parameterGroups: [[Double]] {
    get { [weights, [bias]] }
    set {
      precondition(newValue.count == 2 && newValue[1].count == 1, "expected the groups [w, [b]]")
      weights = newValue[0]
      bias = newValue[1][0]
    }
  }

  /// `wᵀx_i + b` for row `i` of `features` (which must have `weights.count` columns).
  func prediction(_ features: Matrix, row i: Int) -> Double {
    var sum = bias
    let start = i * features.columns
    for j in weights.indices { sum += weights[j] * features.elements[start + j] }
    return sum
  }

  /// The mean loss `(1/n)·Σᵢ ℓ(wᵀxᵢ + b − yᵢ)` over `data`.
  public func meanLoss(on data: Dataset, loss: some ResidualLoss) -> Double {
    precondition(data.featureCount == weights.count, "the data has the wrong number of features")
    var total = 0.0
    for i in 0..<data.sampleCount {
      total += loss.value(residual: prediction(data.features, row: i) - data.targets[i])
    }
    return total / Double(data.sampleCount)
  }
}
