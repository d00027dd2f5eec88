import Foundation
import LessonKit
import Regularization
import Testing

@testable import lesson_4

@Suite("Lesson 4: MSE vs L1 vs Smooth L1") struct Lesson4Tests {
  static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6, 7, 8]

  @Test("(a) |∂L1| = 1 off 0, ∂MSE = 2r unbounded, |∂SmoothL1| ≤ 1 → 0, C¹ at ±β (re-derived)")
  func gradientShapes() throws {
    let curves = try LossCurveExperiment()
    let beta = LossCurveExperiment.beta
    let h = 1e-6
    for r in LossCurveExperiment.residuals + LossCurveExperiment.wideResiduals where r != 0 {
      #expect(abs(curves.l1.derivative(residual: r)) == 1)
      #expect(curves.mse.derivative(residual: r) == 2 * r)
      let slope = curves.smoothL1.derivative(residual: r)
      #expect(slope == plainSmoothL1Slope(r, beta: beta))
      #expect(abs(slope) <= 1)
      guard abs(r) < 100, abs(abs(r) - beta) > 2 * h, abs(r) > 2 * h else { continue }
      // Central differences of the plain formulas: exact on parabolas and lines up to
      // rounding ~1e-16·|ℓ|/h ≤ 1e-6 for |r| < 100; measured ≤ 2e-7.
      let mse = ((r + h) * (r + h) - (r - h) * (r - h)) / (2 * h)
      let l1 = (abs(r + h) - abs(r - h)) / (2 * h)
      let smooth = (plainSmoothL1(r + h, beta: beta) - plainSmoothL1(r - h, beta: beta)) / (2 * h)
      #expect(abs(curves.mse.derivative(residual: r) - mse) < 1e-5)
      #expect(abs(curves.l1.derivative(residual: r) - l1) < 1e-5)
      #expect(abs(slope - smooth) < 1e-5)
    }
    // Unbounded: MSE's slope at 10⁶ is 2·10⁶; Smooth L1's fades like r/β near 0.
    #expect(curves.mse.derivative(residual: 1e6) == 2e6)
    #expect(curves.smoothL1.derivative(residual: 1e-6) == 1e-6 / beta)
    // One-sided slopes at ±β from the plain formula: left 1 − h/(2β), right 1 (mirrored at −β).
    for (edge, joint) in zip([-beta, beta], curves.smoothL1Joints) {
      let left = (plainSmoothL1(edge, beta: beta) - plainSmoothL1(edge - h, beta: beta)) / h
      let right = (plainSmoothL1(edge + h, beta: beta) - plainSmoothL1(edge, beta: beta)) / h
      // h/(2β) = 5e-7 plus rounding ~1e-10: the joint is C¹.
      #expect(abs(left - right) < 1e-6)
      #expect(abs(joint.left - left) < 1e-12 && abs(joint.right - right) < 1e-12)
    }
    // L1 at 0: the slopes jump from −1 to +1.
    #expect(curves.l1Kink.left == -1 && curves.l1Kink.right == 1)
    // Huber(δ) = δ·SmoothL1(β = δ): both sides are the same products, equal to rounding.
    #expect(try curves.huberScalingGap() < 1e-15)
  }

  @Test(
    "(b) MSE shrinks by 1 − 2η, Smooth L1 walks then shrinks by 1 − η/β, L1 ends η-apart",
    arguments: seeds)
  func descent(seed: UInt64) throws {
    let experiment = try LossDescentExperiment(seed: seed)
    let eta = LossDescentExperiment.learningRate
    let beta = LossDescentExperiment.beta
    let t = experiment.target
    let d0 = experiment.startDistance
    let steps = LossDescentExperiment.steps
    let mse = plainDescent(from: t + d0, target: t, learningRate: eta, steps: steps) { 2 * $0 }
    let l1 = plainDescent(
      from: t + d0, target: t, learningRate: eta, steps: steps, slope: plainSign)
    let smooth = plainDescent(from: t + d0, target: t, learningRate: eta, steps: steps) {
      plainSmoothL1Slope($0, beta: beta)
    }
    // The same arithmetic as the library's GradientDescent: identical to rounding.
    for (mine, theirs) in zip([mse, l1, smooth], experiment.trajectories) {
      #expect(zip(mine, theirs).allSatisfy { abs($0 - $1) <= 1e-12 })
    }
    // MSE: |θ_k − t| = d₀·(1 − 2η)^k. θ ≈ t carries rounding ~ulp(t) ≈ 4e-16 against a
    // distance ≥ 1e-9 at k = 100: relative ≤ 1e-6; measured ≤ 2e-7.
    for k in 0...steps {
      let closed = d0 * pow(1 - 2 * eta, Double(k))
      #expect(abs(abs(mse[k] - t) - closed) <= 1e-6 * closed)
    }
    // Smooth L1: steps of exactly η while |θ − t| ≥ β, then the factor 1 − η/β.
    for k in 0..<steps {
      let before = abs(smooth[k] - t)
      let after = abs(smooth[k + 1] - t)
      if before >= beta {
        #expect(abs(before - after - eta) < 1e-12)  // a subtraction of η: rounding only
      } else {
        #expect(abs(after / before - (1 - eta / beta)) < 1e-9)  // distances ≥ 1e-4 here
      }
    }
    // L1: the last steps alternate between t + δ and t + δ − η, δ = d₀ − η·⌊d₀/η⌋.
    let delta = d0 - eta * (d0 / eta).rounded(.down)
    #expect(delta > 0 && delta < eta)
    for k in steps - LossDescentExperiment.tail...steps {
      // 100 subtractions of η from values ~5: rounding ≤ 100·ulp(5) ≈ 1e-13.
      #expect(
        abs(l1[k] - (t + delta)) < 1e-12 || abs(l1[k] - (t + delta - eta)) < 1e-12, "k = \(k)")
      if k < steps { #expect(abs(abs(l1[k + 1] - l1[k]) - eta) < 1e-12) }
    }
    #expect(abs(experiment.l1BandWidth - eta) < 1e-12)
    #expect(abs(experiment.l1ClosestApproach - min(delta, eta - delta)) < 1e-12)
  }

  @Test(
    "(c) first steps 2η·d (MSE), η (L1), η·min(d/β, 1) (Smooth L1); at η = 1.1 MSE explodes",
    arguments: seeds)
  func farStart(seed: UInt64) throws {
    let experiment = try LossDescentExperiment(seed: seed)
    let eta = LossDescentExperiment.learningRate
    let beta = LossDescentExperiment.beta
    let t = experiment.target
    for (d, steps) in zip(LossDescentExperiment.startDistances, experiment.firstSteps) {
      // θ₁ − θ₀ of numbers up to |t| + 10⁴: one ulp of that size, ≤ 1.9e-12.
      let rounding = (abs(t) + 1e4).ulp
      #expect(abs(steps[0] - 2 * eta * d) <= rounding)
      #expect(abs(steps[1] - eta) <= rounding)
      #expect(abs(steps[2] - eta * min(d / beta, 1)) <= rounding)
      #expect(steps[2] <= eta + rounding)
    }
    // η = 1.1 from d = 1000: MSE's distance is 1000·1.2^k, Smooth L1's 1000 − 1.1·k.
    let large = LossDescentExperiment.largeLearningRate
    let far = LossDescentExperiment.farDistance
    for k in 0...LossDescentExperiment.largeSteps {
      let mse = abs(experiment.largeStepTrajectories[0][k] - t)
      let smooth = abs(experiment.largeStepTrajectories[2][k] - t)
      let closed = far * pow(2 * large - 1, Double(k))
      #expect(abs(mse - closed) <= 1e-12 * closed)  // k multiplications: measured 4e-15
      #expect(abs(smooth - (far - large * Double(k))) <= 1e-10)  // k subtractions from ~1000
    }
  }

  @Test(
    "(d) each line is its loss's exact optimum; robust slope errors ≤ 0.25 of MSE's",
    arguments: seeds)
  func outlierFit(seed: UInt64) throws {
    let experiment = try OutlierFitExperiment(seed: seed)
    let (x, y) = (experiment.x, experiment.y)
    // The data: 90 + 10 points, outliers at x ∈ [8, 10) well above the true line.
    #expect(x.count == 100)
    #expect(experiment.outlierX.allSatisfy { $0 >= 8 && $0 < 10 })
    let lifted = zip(experiment.outlierX, experiment.outlierY).map { $1 - (1 + 2 * $0) }
    #expect(lifted.allSatisfy { $0 > 10 })  // U(20, 40) minus noise far beyond 10σ
    // MSE: the textbook closed form. Different summation order: measured 1e-15.
    let ols = plainLeastSquaresLine(x, y)
    #expect(abs(experiment.fits[0].slope - ols.slope) < 1e-10)
    #expect(abs(experiment.fits[0].intercept - ols.intercept) < 1e-10)
    // L1: no line through two data points does better (4950 lines).
    let best = allPairsL1Loss(x, y)
    let l1 = experiment.fits[1]
    var l1Loss = 0.0
    for i in x.indices { l1Loss += abs(l1.intercept + l1.slope * x[i] - y[i]) }
    #expect(abs(l1Loss - best) <= 1e-12 * best)  // same vertex, other order: measured 1e-15
    // Smooth L1 (β = 1): the gradient of the summed loss vanishes (it is C¹ and convex).
    let smooth = experiment.fits[2]
    var ga = 0.0
    var gb = 0.0
    for i in x.indices {
      let d = plainSmoothL1Slope(smooth.intercept + smooth.slope * x[i] - y[i], beta: 1)
      ga += d
      gb += d * x[i]
    }
    #expect(abs(ga) < 1e-9 && abs(gb) < 1e-9)  // exact pattern solve: measured ≤ 4e-12
    // The fractions, from the slopes above.
    let mseError = abs(ols.slope - 2)
    for slope in [l1.slope, smooth.slope] {
      // Bound measured over seeds 1–1000: worst 0.21 (L1), 0.16 (Smooth L1); median 0.06.
      #expect(abs(slope - 2) <= LossGradientClaims.slopeFractionBound * mseError)
    }
    #expect(mseError > 0.5)  // MSE really is dragged: measured ≥ 0.81 over seeds 1–1000
  }

  @Test("(d) the slope-error bound holds on seeds 1–200, not just the tested few")
  func outlierBoundOverManySeeds() throws {
    for seed in UInt64(1)...200 {
      let fractions = try OutlierFitExperiment(seed: seed).robustSlopeFractions
      #expect(fractions.allSatisfy { $0 <= LossGradientClaims.slopeFractionBound }, "seed \(seed)")
    }
  }

  @Test("the lesson's own claims agree with the re-derived ones", arguments: seeds)
  func claimsHold(seed: UInt64) throws {
    let claims = try LossGradientClaims(
      curves: LossCurveExperiment(), descent: LossDescentExperiment(seed: seed),
      outliers: OutlierFitExperiment(seed: seed)
    ).all
    #expect(claims.map(\.label) == ["a", "b", "c", "d"])
    #expect(claims.allSatisfy { $0.holds })
  }

  @Test("gradients.csv: 601 residuals, the L1 column empty at r = 0 only")
  func gradientsCSV() throws {
    let curves = try LossCurveExperiment()
    let lines = LossGradientFigures.gradients(curves).csv().split(separator: "\r\n")
    #expect(lines.count == 1 + 601)
    let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    #expect(rows.allSatisfy { $0.count == 5 })
    let emptyL1 = rows.filter { $0[2].isEmpty }.map { Double($0[0]) }
    #expect(emptyL1 == [0])
    let last = rows[600].map { Double($0) }
    #expect(last == [3, 6, 1, 1, 2])  // r = 3: MSE 2r, L1 1, Smooth L1 1, Huber δ = 2
  }

  @Test("convergence.csv holds |θ_k − θ*| for k = 0 … 100")
  func convergenceCSV() throws {
    let experiment = try LossDescentExperiment(seed: 4)
    let lines = LossGradientFigures.convergence(experiment).csv().split(separator: "\r\n")
    #expect(lines.count == 1 + 101)
    for (k, line) in lines.dropFirst().enumerated() {
      let values = line.split(separator: ",").map { Double($0)! }
      #expect(values == [Double(k)] + experiment.distances.map { $0[k] })
    }
  }
}

/// Each claim of lesson 4 fed a wrong input: the check must say "not held".
@Suite("Lesson 4: each claim fails on a wrong input") struct Lesson4FailingInputTests {
  static func claims(
    curves: LossCurveExperiment? = nil, descent: LossDescentExperiment? = nil,
    outliers: OutlierFitExperiment? = nil
  ) throws -> LossGradientClaims {
    LossGradientClaims(
      curves: try curves ?? LossCurveExperiment(),
      descent: try descent ?? LossDescentExperiment(seed: 4),
      outliers: try outliers ?? OutlierFitExperiment(seed: 4))
  }

  @Test("(a) fails when L1 is offered as Smooth L1: its slope does not fade near 0")
  func gradientShapesFailOnL1() throws {
    var curves = try LossCurveExperiment()
    curves.smoothL1 = L1Loss()
    #expect(!(try Self.claims(curves: curves)).gradientShapes.holds)
  }

  @Test("(a) fails when MSE is offered as Smooth L1: its slope is not capped at 1")
  func gradientShapesFailOnMSE() throws {
    var curves = try LossCurveExperiment()
    curves.smoothL1 = MSELoss()
    #expect(!(try Self.claims(curves: curves)).gradientShapes.holds)
  }

  @Test("(b) fails when MSE's run is offered as L1's: it converges instead of keeping a band")
  func descentFailsOnMSEAsL1() throws {
    var descent = try LossDescentExperiment(seed: 4)
    descent.trajectories[1] = descent.trajectories[0]
    #expect(!(try Self.claims(descent: descent)).descentBehaviour.holds)
  }

  @Test("(c) fails when MSE's first steps are clipped like Smooth L1's")
  func farStartFailsOnClippedSteps() throws {
    var descent = try LossDescentExperiment(seed: 4)
    descent.firstSteps = descent.firstSteps.map { [$0[2], $0[1], $0[2]] }
    #expect(!(try Self.claims(descent: descent)).farStart.holds)
  }

  @Test("(c) fails when MSE's run at η = 1.1 is replaced by one that converges")
  func farStartFailsWithoutExplosion() throws {
    var descent = try LossDescentExperiment(seed: 4)
    descent.largeStepTrajectories[0] = descent.largeStepTrajectories[2]
    #expect(!(try Self.claims(descent: descent)).farStart.holds)
  }

  @Test("(d) fails when the MSE line is offered as the L1 line")
  func outlierFitFailsOnTheMSELine() throws {
    var outliers = try OutlierFitExperiment(seed: 4)
    outliers.fits[1] = outliers.fits[0]
    #expect(!(try Self.claims(outliers: outliers)).outlierFit.holds)
  }
}
