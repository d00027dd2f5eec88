import Regularization

/// Claim (a): the losses and their derivatives on a grid of residuals, and the one-sided
/// slopes at the kinks (L1 at 0, Smooth L1 at ±β).
///
/// All losses are PyTorch's, per element, with r = prediction − target: MSE r² (no ½),
/// L1 |r|, Smooth L1 with β = 1, and Huber with δ = 2 (= 2·SmoothL1 with β = 2).
struct LossCurveExperiment {
  /// The plotted residuals, −3 … 3 in steps of 0.01, with r = 0 exactly on the grid.
  static let residuals = (-300...300).map { Double($0) / 100 }
  /// Residuals for the "bounded / unbounded" checks: ±10⁻⁶ … ±10⁶.
  static let wideResiduals: [Double] = {
    let positive = logSpace(from: 1e-6, to: 1e6, count: 121)
    return positive.reversed().map { -$0 } + positive
  }()
  /// The step of the one-sided difference quotients at the kinks.
  static let step = 1e-6
  static let beta = 1.0
  static let huberDelta = 2.0

  let mse = MSELoss()
  let l1 = L1Loss()
  /// `var`, and any loss, so that the tests can hand claim (a) another loss and see it fail.
  var smoothL1: any ResidualLoss
  let huber: HuberLoss

  init() throws {
    smoothL1 = try SmoothL1Loss(beta: Self.beta)
    huber = try HuberLoss(delta: Self.huberDelta)
  }

  /// The four losses in the order of the figures.
  var losses: [any ResidualLoss] { [mse, l1, smoothL1, huber] }

  /// `(ℓ(r) − ℓ(r − h))/h` and `(ℓ(r + h) − ℓ(r))/h`: the slopes from the left and right.
  static func oneSidedSlopes(_ loss: some ResidualLoss, at r: Double) -> (
    left: Double, right: Double
  ) {
    let h = step
    return (
      (loss.value(residual: r) - loss.value(residual: r - h)) / h,
      (loss.value(residual: r + h) - loss.value(residual: r)) / h
    )
  }

  /// Left and right slopes of L1 at r = 0.
  var l1Kink: (left: Double, right: Double) { Self.oneSidedSlopes(l1, at: 0) }
  /// Left and right slopes of Smooth L1 at r = −β and r = +β.
  var smoothL1Joints: [(left: Double, right: Double)] {
    [-Self.beta, Self.beta].map { Self.oneSidedSlopes(smoothL1, at: $0) }
  }
  /// The largest gap between left and right slope at ±β.
  var smoothL1JointMismatch: Double {
    smoothL1Joints.map { abs($0.left - $0.right) }.max() ?? .nan
  }

  /// `max | |ℓ′(r)| − 1 |` for L1 over every r ≠ 0 of both grids.
  var l1SlopeDeviation: Double {
    (Self.residuals + Self.wideResiduals).filter { $0 != 0 }
      .map { abs(abs(l1.derivative(residual: $0)) - 1) }.max() ?? .nan
  }
  /// `max |ℓ′(r)/r − 2|` for MSE over r ≠ 0: the derivative is the line 2r.
  var mseSlopeRatioDeviation: Double {
    (Self.residuals + Self.wideResiduals).filter { $0 != 0 }
      .map { abs(mse.derivative(residual: $0) / $0 - 2) }.max() ?? .nan
  }
  /// `max |ℓ′(r)|` for Smooth L1 over both grids.
  var smoothL1LargestSlope: Double {
    (Self.residuals + Self.wideResiduals).map { abs(smoothL1.derivative(residual: $0)) }.max()
      ?? .nan
  }
  /// Smooth L1's derivative at r = 10⁻⁶, 10⁻³, 10⁻¹: r/β, fading with r.
  var smoothL1SmallSlopes: [(r: Double, slope: Double)] {
    [1e-1, 1e-3, 1e-6].map { ($0, smoothL1.derivative(residual: $0)) }
  }

  /// `max |Huber_δ(r) − δ·SmoothL1_{β=δ}(r)|` over the plotted grid, for δ = 0.5, 1, 2.
  func huberScalingGap() throws -> Double {
    var gap = 0.0
    for delta in [0.5, 1, 2] {
      let huber = try HuberLoss(delta: delta)
      let smooth = try SmoothL1Loss(beta: delta)
      for r in Self.residuals {
        gap = max(gap, abs(huber.value(residual: r) - delta * smooth.value(residual: r)))
      }
    }
    return gap
  }
}
