import Foundation
import LessonKit
import Regularization
import Synchronization
import Testing

@testable import lesson_3

/// One experiment per seed, computed once and shared by the tests (20 ms each in debug).
/// Seed 17 is included because its λ* is the largest seen over 2000 seeds (0.025).
enum Lesson3Runs {
  static let seeds: [UInt64] = [1, 2, 3, 4, 5, 17]
  private static let cache = Mutex<[UInt64: BiasPenaltyExperiment]>([:])

  static func experiment(_ seed: UInt64) throws -> BiasPenaltyExperiment {
    if let cached = cache.withLock({ $0[seed] }) { return cached }
    let experiment = try BiasPenaltyExperiment(seed: seed)
    cache.withLock { $0[seed] = experiment }
    return experiment
  }

  /// Both fits re-derived with plain loops at every λ: (free, penalized) on y and on y + c.
  static func plainFits(_ experiment: BiasPenaltyExperiment, shift: Double = 0)
    -> (free: [PlainFit], penalized: [PlainFit])
  {
    let rows = rowsOf(experiment.data.train.features)
    let y = experiment.data.train.targets.map { $0 + shift }
    return (
      experiment.lambdas.map { plainFreeBiasFit(rows, y, lambda: $0) },
      experiment.lambdas.map { plainPenalizedBiasFit(rows, y, lambda: $0) }
    )
  }
}

@Suite("Lesson 3: Don't put the bias in the penalty") struct Lesson3Tests {
  @Test(
    "both fits equal plain normal-equation solves of their objectives at every λ",
    arguments: Lesson3Runs.seeds)
  func fitsMatchNormalEquations(seed: UInt64) throws {
    let experiment = try Lesson3Runs.experiment(seed)
    let plain = Lesson3Runs.plainFits(experiment)
    for k in experiment.lambdas.indices {
      for (fit, reference) in [
        (experiment.weightsOnly.fits[k], plain.free[k]),
        (experiment.weightsAndBias.fits[k], plain.penalized[k]),
      ] {
        // Cholesky vs Gaussian elimination on 5 × 5 and 6 × 6 well-conditioned systems:
        // measured ≤ 5e-14 over 40 seeds (b ≈ 50 dominates).
        #expect(maxAbsDifference(fit.coefficients, reference.weights) <= 1e-10)
        #expect(abs(fit.intercept - reference.bias) <= 1e-10)
      }
    }
  }

  @Test(
    "(a) both fitted models, their b set by hand, have slope w in x at every b, to rounding",
    arguments: Lesson3Runs.seeds)
  func slopeIgnoresBias(seed: UInt64) throws {
    let experiment = try Lesson3Runs.experiment(seed)
    let k = BiasPenaltyExperiment.referenceIndex
    let models = [experiment.weightsOnly.fits[k], experiment.weightsAndBias.fits[k]]
    let inputs = (0..<3).map { experiment.data.test.features.row($0) }
    let check = try InputSlopeCheck(models: models, inputs: inputs)
    let h = InputSlopeCheck.step
    for (m, model) in models.enumerated() {
      let w = model.coefficients
      for (i, x) in inputs.enumerated() {
        for (k, b) in InputSlopeCheck.biases.enumerated() {
          let f = { (v: [Double]) in plainDot(w, v) + b }
          let mine = w.indices.map { j -> Double in
            var plus = x
            var minus = x
            plus[j] += h
            minus[j] -= h
            // Divided by the distance actually stepped, so only the rounding of f is left.
            return (f(plus) - f(minus)) / (plus[j] - minus[j])
          }
          // Rounding of f(x ± h·e_j), |f| ≤ 1.1e3: ε·|f|/h ≈ 4e-8; measured ≤ 9.1e-9, at
          // most 0.3 of the bound, over 40 seeds.
          let bound = 4 * Double.ulpOfOne * max(abs(f(x)), 1) / h + 1e-12
          #expect(maxAbsDifference(mine, w) <= bound)
          #expect(maxAbsDifference(check.gradients[m][i][k], w) <= bound)
        }
      }
    }
    #expect(check.largestDeviation <= check.roundingBound)
    // The contrast: d/dx tanh(x + c) at 0 is 1 − tanh²(c), which does depend on c.
    for (c, slope) in zip(InputSlopeCheck.hiddenBiases, check.hiddenSlopes) {
      // Truncation h²·|f‴(0)|/6 = 1.2e-11 plus rounding ε/h ≈ 4e-11: measured ≤ 1.3e-11.
      #expect(abs(slope - (1 - tanh(c) * tanh(c))) <= 1e-9)
    }
  }

  @Test(
    "(b) bias free: mean residual 0 at every λ; y + c moves b by c and w not at all",
    arguments: Lesson3Runs.seeds)
  func freeBias(seed: UInt64) throws {
    let experiment = try Lesson3Runs.experiment(seed)
    let rows = rowsOf(experiment.data.train.features)
    let y = experiment.data.train.targets
    let c = BiasPenaltyExperiment.shift
    let plain = Lesson3Runs.plainFits(experiment)
    let shifted = Lesson3Runs.plainFits(experiment, shift: c)
    for k in experiment.lambdas.indices {
      // Rounding of sums of 30 terms of size ~50: measured ≤ 7e-14 over 40 seeds.
      #expect(abs(plainMeanResidual(plain.free[k], rows, y)) <= 1e-10)
      #expect(abs(shifted.free[k].bias - plain.free[k].bias - c) <= 1e-10)
      #expect(maxAbsDifference(shifted.free[k].weights, plain.free[k].weights) <= 1e-10)
      // The lesson's own numbers, computed through the library, agree.
      #expect(abs(experiment.weightsOnly.meanResidual[k]) <= 1e-10)
      #expect(abs(experiment.weightsOnly.interceptShift[k] - c) <= 1e-10)
      #expect(experiment.weightsOnly.weightShift[k] <= 1e-10)
    }
  }

  @Test(
    "(c) bias penalized: mean residual λ·b ≠ 0, y + c moves w, b by < c; MSE worse from λ* ≤ 0.1",
    arguments: Lesson3Runs.seeds)
  func penalizedBias(seed: UInt64) throws {
    let experiment = try Lesson3Runs.experiment(seed)
    let rows = rowsOf(experiment.data.train.features)
    let y = experiment.data.train.targets
    let c = BiasPenaltyExperiment.shift
    let plain = Lesson3Runs.plainFits(experiment)
    let shifted = Lesson3Runs.plainFits(experiment, shift: c)
    for (k, lambda) in experiment.lambdas.enumerated() {
      let fit = plain.penalized[k]
      let residual = plainMeanResidual(fit, rows, y)
      // ∂J/∂b = 0 gives mean residual = λ·b; rounding of terms ~50: measured ≤ 4e-14.
      #expect(abs(residual - lambda * fit.bias) <= 1e-10)
      // Broken by far more than rounding: measured ≥ 4.9e-3 (mean residual) and ≥ 4.3e-4
      // (weights) over 2000 seeds.
      #expect(abs(residual) > 1e-6)
      #expect(maxAbsDifference(shifted.penalized[k].weights, fit.weights) > 1e-6)
      #expect(shifted.penalized[k].bias - fit.bias < c - 1e-6)
    }
    let rowsTest = rowsOf(experiment.data.test.features)
    let yTest = experiment.data.test.targets
    let free = plain.free.map { plainMSE($0, rowsTest, yTest) }
    let penalized = plain.penalized.map { plainMSE($0, rowsTest, yTest) }
    let start = try #require(
      experiment.lambdas.indices.first { k in
        (k..<experiment.lambdas.count).allSatisfy { penalized[$0] > free[$0] }
      })
    #expect(experiment.worseFromIndex == start)
    // λ* measured over 2000 seeds: at most 0.025 (seed 17), 0.1 is three grid steps higher.
    #expect(experiment.lambdas[start] <= 0.1)
  }

  @Test(
    "(d) as λ grows, predictions tend to mean(y) (bias free) and to 0 (bias penalized)",
    arguments: Lesson3Runs.seeds)
  func limits(seed: UInt64) throws {
    let experiment = try Lesson3Runs.experiment(seed)
    let rowsTest = rowsOf(experiment.data.test.features)
    let y = experiment.data.train.targets
    let yMean = y.reduce(0, +) / Double(y.count)
    let plain = Lesson3Runs.plainFits(experiment)
    func rms(_ values: [Double]) -> Double {
      (values.reduce(0) { $0 + $1 * $1 } / Double(values.count)).squareRoot()
    }
    let toMean = plain.free.map { fit in rms(rowsTest.map { fit.predict($0) - yMean }) }
    let toZero = plain.penalized.map { fit in rms(rowsTest.map { fit.predict($0) }) }
    let start = try #require(experiment.lambdas.firstIndex { $0 >= 1 })
    for k in (start + 1)..<experiment.lambdas.count {
      #expect(toMean[k] < toMean[k - 1])
      #expect(toZero[k] < toZero[k - 1])
    }
    // At λ = 1e4: measured ≤ 1.3e-4·|ȳ| over 2000 seeds; the claim's bound is 1e-3·|ȳ|.
    #expect(toMean.last! <= 1e-3 * abs(yMean))
    #expect(toZero.last! <= 1e-3 * abs(yMean))
    // The other way round they stay about |ȳ| away.
    #expect(
      abs(rms(rowsTest.map { plain.free.last!.predict($0) }) - abs(yMean)) < 0.01 * abs(yMean))
    // The lesson's own distances agree with these (same quantities, other arithmetic):
    // measured ≤ 3e-18.
    let last = experiment.lambdas.count - 1
    #expect(abs(experiment.weightsOnly.distanceFromMean[last] - toMean[last]) <= 1e-9)
    #expect(abs(experiment.weightsAndBias.distanceFromZero[last] - toZero[last]) <= 1e-9)
  }

  @Test("the fits figure: at λ = 1 the penalized line lies below the free one over the data")
  func penalizedLineIsPulledDown() throws {
    for seed in Lesson3Runs.seeds {
      let line = try BiasPenaltyLine(seed: seed)
      let rows = rowsOf(line.data.train.features)
      let y = line.data.train.targets
      let free = plainFreeBiasFit(rows, y, lambda: BiasPenaltyLine.lambda)
      let penalized = plainPenalizedBiasFit(rows, y, lambda: BiasPenaltyLine.lambda)
      // 1 × 1 and 2 × 2 solves: measured ≤ 7e-15.
      #expect(abs(line.weightsOnly.coefficients[0] - free.weights[0]) <= 1e-10)
      #expect(abs(line.weightsAndBias.intercept - penalized.bias) <= 1e-10)
      // The gap is about ȳ·λ/(1 + λ) ≈ 25; measured ≥ 13.9 over 40 seeds.
      for row in rows { #expect(penalized.predict(row) < free.predict(row) - 10) }
    }
  }

  @Test("the lesson's own claims agree with the re-derived ones", arguments: Lesson3Runs.seeds)
  func claimsHold(seed: UInt64) throws {
    let experiment = try Lesson3Runs.experiment(seed)
    let k = BiasPenaltyExperiment.referenceIndex
    let slope = try InputSlopeCheck(
      models: [experiment.weightsOnly.fits[k], experiment.weightsAndBias.fits[k]],
      inputs: (0..<3).map { experiment.data.test.features.row($0) })
    let claims = BiasPenaltyClaims(experiment: experiment, slope: slope).all
    #expect(claims.map(\.label) == ["a", "b", "c", "d"])
    #expect(claims.allSatisfy { $0.holds })
  }

  @Test("the λ figures' CSVs hold exactly the plotted numbers: 41 rows of λ, free, penalized")
  func lambdaCSVs() throws {
    let experiment = try Lesson3Runs.experiment(1)
    let charts = [
      (
        BiasPenaltyFigures.testMSE(experiment),
        [experiment.weightsOnly.testMSE, experiment.weightsAndBias.testMSE]
      ),
      (
        BiasPenaltyFigures.intercept(experiment),
        [experiment.weightsOnly.intercepts, experiment.weightsAndBias.intercepts]
      ),
    ]
    for (chart, columns) in charts {
      let lines = chart.csv().split(separator: "\r\n").dropFirst()
      #expect(lines.count == experiment.lambdas.count)
      for (k, line) in lines.enumerated() {
        let values = line.split(separator: ",").map { Double($0)! }
        #expect(values == [experiment.lambdas[k], columns[0][k], columns[1][k]])
      }
    }
  }

  @Test("the fits CSV holds the 30 points and both lines, whose ends lie on y = w·x + b")
  func fitsCSV() throws {
    let line = try BiasPenaltyLine(seed: 1)
    let rows = BiasPenaltyFigures.fits(line).csv().split(separator: "\r\n").dropFirst()
      .map { $0.split(separator: ",") }
    #expect(rows.filter { $0[1] == "point" }.count == BiasPenaltyLine.samples)
    for (name, fit) in [
      (BiasPenaltyFigures.freeName, line.weightsOnly),
      (BiasPenaltyFigures.penalizedName, line.weightsAndBias),
    ] {
      let ends = rows.filter { $0[0] == name && $0[1] == "line" }
      #expect(ends.count == 2)
      for end in ends {
        let (x, y) = (Double(end[2])!, Double(end[3])!)
        // One multiply-add: a few ulps of ~50.
        #expect(abs(y - (fit.coefficients[0] * x + fit.intercept)) <= 1e-12)
      }
    }
  }

  @Test(
    "compact numbers drop padding zeros",
    arguments: [
      (50.0, "50"), (0.5, "0.5"), (-1.5, "-1.5"), (1e-4, "1e-04"), (2.512e-4, "2.512e-04"),
      (0.001, "0.001"), (10000, "10000"), (0, "0"),
    ])
  func compactNumbers(value: Double, text: String) {
    #expect(NumberFormat.compact(value) == text)
  }
}

/// Each claim of lesson 3 fed a wrong input: the check must say "not held".
@Suite("Lesson 3: each claim fails on a wrong input") struct Lesson3FailingInputTests {
  static func slope(
    _ experiment: BiasPenaltyExperiment,
    response: @escaping InputSlopeCheck.Response = InputSlopeCheck.prediction
  ) throws -> InputSlopeCheck {
    let k = BiasPenaltyExperiment.referenceIndex
    return try InputSlopeCheck(
      models: [experiment.weightsOnly.fits[k], experiment.weightsAndBias.fits[k]],
      inputs: (0..<3).map { experiment.data.test.features.row($0) }, response: response)
  }

  @Test("(a) fails for a saturating response tanh((wᵀx + b)/100), whose slope depends on b")
  func slopeFailsWhenTheBiasBends() throws {
    let experiment = try Lesson3Runs.experiment(1)
    let bent = try Self.slope(experiment) { model, x in
      tanh(try InputSlopeCheck.prediction(model, x) / 100)
    }
    #expect(!BiasPenaltyClaims(experiment: experiment, slope: bent).slopeIgnoresBias.holds)
  }

  @Test("(b) fails when the bias-penalized sweep is offered as the free one")
  func freeBiasFailsOnThePenalizedSweep() throws {
    var experiment = try Lesson3Runs.experiment(1)
    experiment.weightsOnly = experiment.weightsAndBias
    let claims = BiasPenaltyClaims(experiment: experiment, slope: try Self.slope(experiment))
    #expect(!claims.freeBias.holds)
  }

  @Test("(c) fails when the free sweep is offered as the penalized one")
  func penalizedBiasFailsOnTheFreeSweep() throws {
    var experiment = try Lesson3Runs.experiment(1)
    experiment.weightsAndBias = experiment.weightsOnly
    let claims = BiasPenaltyClaims(experiment: experiment, slope: try Self.slope(experiment))
    #expect(!claims.penalizedBias.holds)
  }

  @Test("(d) fails when the two sweeps are swapped: neither tends to the other's limit")
  func limitsFailWhenSwapped() throws {
    var experiment = try Lesson3Runs.experiment(1)
    swap(&experiment.weightsOnly, &experiment.weightsAndBias)
    let claims = BiasPenaltyClaims(experiment: experiment, slope: try Self.slope(experiment))
    #expect(!claims.limits.holds)
  }
}
