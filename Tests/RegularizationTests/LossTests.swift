import Testing

@testable import Regularization

/// The central difference `(f(x + h) − f(x − h))/(2h)`; its error is `h²·f‴/6` plus
/// rounding of about `ε·|f|/h`.
func centralDifference(_ f: (Double) -> Double, at x: Double, step h: Double = 1e-6) -> Double {
  (f(x + h) - f(x - h)) / (2 * h)
}

/// One of each loss, for the properties they all share.
func allLosses() throws -> [any Loss] {
  [
    MSELoss(), L1Loss(), try SmoothL1Loss(beta: 0.5), try HuberLoss(delta: 2), BCELoss(),
    BCEWithLogitsLoss(),
  ]
}

@Suite("Loss protocol: mean reduction")
struct LossTests {
  // Predictions in (0, 1) so that BCE (on probabilities) is defined too.
  let predictions = [0.1, 0.35, 0.5, 0.72, 0.9]
  let targets = [0.0, 1, 0.5, 1, 0]

  @Test("meanValue is the average of the per-sample losses (reduction='mean')")
  func meanValue() throws {
    for loss in try allLosses() {
      let values = zip(predictions, targets).map { loss.value(prediction: $0, target: $1) }
      #expect(loss.meanValue(predictions: predictions, targets: targets) == values.reduce(0, +) / 5)
    }
  }

  @Test("meanGradient matches finite differences of meanValue in each prediction")
  func meanGradient() throws {
    for loss in try allLosses() {
      let gradient = loss.meanGradient(predictions: predictions, targets: targets)
      for i in predictions.indices {
        let numeric = centralDifference(
          { x in
            var p = predictions
            p[i] = x
            return loss.meanValue(predictions: p, targets: targets)
          }, at: predictions[i])
        // Predictions are away from every kink; h = 1e-6 leaves rounding of ~1e-10
        // (measured: 1.2e-10).
        #expect(abs(gradient[i] - numeric) < 1e-7, "\(loss.name), element \(i)")
      }
    }
  }

  @Test("an empty batch has a NaN mean loss, as in PyTorch")
  func emptyBatch() throws {
    #expect(try allLosses().allSatisfy { $0.meanValue(predictions: [], targets: []).isNaN })
  }

  @Test("every loss has its own name, for legends")
  func distinctNames() throws {
    let losses = try allLosses()
    #expect(Set(losses.map(\.name)).count == losses.count)
  }
}
