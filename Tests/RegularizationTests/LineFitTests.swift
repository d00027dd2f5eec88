import Testing

@testable import Regularization

@Suite("Line fit")
struct LineFitTests {
  let x = [0.0, 1, 2, 3.5]
  let y = [1.0, 2, 7, 4]
  let line = LineFit(intercept: 0.5, slope: 2)

  @Test("residuals are prediction − target, PyTorch's sign convention")
  func residuals() {
    #expect(line.prediction(at: 3) == 6.5)
    #expect(line.residuals(x: x, y: y) == [-0.5, 0.5, -2.5, 3.5])
  }

  @Test("the total loss is the sum of the per-sample losses")
  func totalLoss() throws {
    #expect(line.totalLoss(L1Loss(), x: x, y: y) == 7)
    #expect(line.totalLoss(MSELoss(), x: x, y: y) == 0.25 + 0.25 + 6.25 + 12.25)
    // Smooth L1, β = 1: 0.125 + 0.125 + 2.0 + 3.0.
    #expect(line.totalLoss(try SmoothL1Loss(beta: 1), x: x, y: y) == 5.25)
  }

  @Test(
    "the gradient in (a, b) matches central differences of the total loss",
    arguments: [0.5, 1, 4])
  func gradient(beta: Double) throws {
    let losses: [any ResidualLoss] = [
      MSELoss(), try SmoothL1Loss(beta: beta), try HuberLoss(delta: beta),
    ]
    for loss in losses {
      let g = line.gradient(of: loss, x: x, y: y)
      let h = 1e-6
      func total(_ a: Double, _ b: Double) -> Double {
        LineFit(intercept: a, slope: b).totalLoss(loss, x: x, y: y)
      }
      let ga = (total(0.5 + h, 2) - total(0.5 - h, 2)) / (2 * h)
      let gb = (total(0.5, 2 + h) - total(0.5, 2 - h)) / (2 * h)
      // Piecewise quadratic, no kink within h of this line's residuals: rounding only,
      // ~1e-9 relative to the loss ~20; measured 3e-9.
      #expect(abs(g.intercept - ga) < 1e-6, "\(loss.name)")
      #expect(abs(g.slope - gb) < 1e-6, "\(loss.name)")
    }
  }
}
