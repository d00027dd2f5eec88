import Testing

@testable import Regularization

@Suite("Penalty coverage: weights only, or weights and bias")
struct PenaltyCoverageTests {
  let w = [0.5, -1.5, 2]

  @Test("weights only: the value ignores the bias and its gradient in b is exactly 0")
  func weightsOnlyExcludesBias() throws {
    for penalty in try allPenalties() {
      #expect(penalty.value(weights: w, bias: 100, coverage: .weightsOnly) == penalty.value(w))
      let gradient = penalty.gradient(weights: w, bias: 100, coverage: .weightsOnly)
      #expect(gradient.bias == 0)
      #expect(gradient.weights == penalty.gradient(w))
    }
  }

  @Test("weights only: the proximal map leaves the bias unchanged")
  func weightsOnlyProximal() throws {
    for penalty in try allPenalties() {
      let result = penalty.proximal(weights: w, bias: 0.01, stepSize: 10, coverage: .weightsOnly)
      #expect(result.bias == 0.01)
    }
  }

  @Test("weights and bias: a separable penalty acts on the vector (w, b)")
  func separableIncludesBias() throws {
    let separable: [any Penalty] = [
      try L1Penalty(lambda: 0.3), try L2Penalty(lambda: 0.3),
      try ElasticNetPenalty(alpha: 0.3, l1Ratio: 0.5),
    ]
    for penalty in separable {
      // Sums of the same terms in another order: a few ulps.
      #expect(
        abs(penalty.value(weights: w, bias: 4, coverage: .weightsAndBias) - penalty.value(w + [4]))
          < 1e-14)
      #expect(
        penalty.gradient(weights: w, bias: 4, coverage: .weightsAndBias).bias
          == penalty.gradient(w + [4])[3])
      #expect(
        penalty.proximal(weights: w, bias: 4, stepSize: 1, coverage: .weightsAndBias).bias
          == penalty.proximal(w + [4], stepSize: 1)[3])
    }
  }

  @Test("weights and bias: the bias gradient matches central differences in b")
  func biasGradient() throws {
    for penalty in try allPenalties() {
      let numeric = centralDifference(
        { penalty.value(weights: w, bias: $0, coverage: .weightsAndBias) }, at: 1.7)
      let analytic = penalty.gradient(weights: w, bias: 1.7, coverage: .weightsAndBias).bias
      // Away from the kink at b = 0; rounding ~1e-9 (measured: 2.6e-10).
      #expect(abs(analytic - numeric) < 1e-6, "\(penalty.name)")
    }
  }

  @Test("weights and bias: the group norm is summed per tensor, λ‖w‖₂ + λ|b|")
  func groupNormPerTensor() throws {
    let penalty = try GroupNormPenalty(lambda: 2)
    // ‖(3, 4)‖ = 5, |−1| = 1.
    #expect(penalty.value(weights: [3, 4], bias: -1, coverage: .weightsAndBias) == 12)
  }
}
