import Foundation
import LessonKit
import Regularization
import Synchronization
import Testing

@testable import lesson_12

/// The experiments of one seed, computed once and shared (about 1 s in debug).
struct Lesson12Run: Sendable {
  let network: DropoutExperiment
  let expectation: ExpectationExperiment
  let linear: LinearDropoutExperiment

  var claims: DropoutClaims {
    DropoutClaims(expectation: expectation, linear: linear, network: network)
  }
}

enum Lesson12Runs {
  static let seeds: [UInt64] = [12, 1, 2, 3, 4, 5]
  private static let cache = Mutex<[UInt64: Lesson12Run]>([:])

  static func run(_ seed: UInt64) throws -> Lesson12Run {
    if let cached = cache.withLock({ $0[seed] }) { return cached }
    let network = try DropoutExperiment(seed: seed)
    let run = Lesson12Run(
      network: network,
      expectation: try ExpectationExperiment(
        network: network.networks.dropped, inputs: network.firstTraining.features,
        rate: DropoutExperiment.rate, seed: seed),
      linear: try LinearDropoutExperiment(seed: seed))
    cache.withLock { $0[seed] = run }
    return run
  }
}

/// The hidden ReLU activations of a 2-32-1 network at input x, written out.
func plainHidden(_ network: MLP, _ x: [Double]) -> [Double] {
  (0..<32).map { j in
    let p = network.parameters
    return max(0, p[2 * j] * x[0] + p[2 * j + 1] * x[1] + p[64 + j])
  }
}

@Suite("Lesson 12: dropout") struct Lesson12Tests {
  @Test(
    "(a) activations re-derived by hand; every Monte Carlo mean within 5 SE of h",
    arguments: Lesson12Runs.seeds)
  func keepsExpectation(seed: UInt64) throws {
    let run = try Lesson12Runs.run(seed)
    let data = run.network.firstTraining.features
    let h = (0..<5).flatMap { plainHidden(run.network.networks.dropped, data.row($0)) }
    // Same sums in another order: measured ≤ 1e-16.
    #expect(maxAbsDifference(h, run.expectation.activations) <= 1e-12)
    for (estimate, value) in zip(run.expectation.unitEstimates, h) where value > 0 {
      // 160 activations, a correct mean leaves 5 SE with probability ~1e-4 in all.
      #expect(abs(estimate.mean - value) <= 5 * estimate.standardError)
    }
    #expect(run.claims.keepsExpectation.holds)
  }

  @Test("(a) fails for dropout without the 1/(1 − q) scale (classic training output)")
  func unscaledDropoutFails() throws {
    let run = try Lesson12Runs.run(12)
    let unscaled = try ExpectationExperiment(
      network: run.network.networks.dropped, inputs: run.network.firstTraining.features,
      rate: DropoutExperiment.rate, seed: 12, form: .classic)
    let claims = DropoutClaims(expectation: unscaled, linear: run.linear, network: run.network)
    #expect(!claims.keepsExpectation.holds)
  }

  @Test("classic on w/(1 − q) and inverted on w give the same logits, mask by mask")
  func classicEqualsInverted() throws {
    let e = try Lesson12Runs.run(12).expectation
    // w/(1 − q)·(m⊙h) and w·(m⊙h)/(1 − q): rounding only, measured ~1e-16.
    #expect(abs(e.classic.training.mean - e.inverted.training.mean) <= 1e-12)
    #expect(abs(e.classic.evaluation - e.inverted.evaluation) <= 1e-12)
    #expect(abs(e.inverted.training.zScore(against: e.inverted.evaluation)) <= 5)
  }

  @Test(
    "(b) two evaluation passes agree bit for bit; training passes differ",
    arguments: Lesson12Runs.seeds)
  func deterministicEvaluation(seed: UInt64) throws {
    let run = try Lesson12Runs.run(seed)
    #expect(run.expectation.evaluationPasses.0 == run.expectation.evaluationPasses.1)
    #expect(run.expectation.trainingDifference > 0)
    #expect(run.claims.deterministicEvaluation.holds)
  }

  @Test("(b) fails when a training-mode forward is fed as evaluation")
  func trainingForwardAsEvaluationFails() throws {
    let run = try Lesson12Runs.run(12)
    let wrong = try ExpectationExperiment(
      network: run.network.networks.dropped, inputs: run.network.firstTraining.features,
      rate: DropoutExperiment.rate, seed: 12, evaluationUsesTraining: true)
    let claims = DropoutClaims(expectation: wrong, linear: run.linear, network: run.network)
    #expect(!claims.deterministicEvaluation.holds)
  }

  @Test(
    "(c) MSE + q/(1 − q)·Σ w_j²·mean x_ij² re-derived equals the enumeration; MC within 5 SE",
    arguments: Lesson12Runs.seeds)
  func dataDependentRidge(seed: UInt64) throws {
    let linear = try Lesson12Runs.run(seed).linear
    let x = linear.data.features
    let w = linear.weights
    var mse = 0.0
    var ridge = 0.0
    for i in 0..<x.rows {
      let r = linear.data.targets[i] - plainDot(x.row(i), w)
      mse += r * r / Double(x.rows)
    }
    for j in 0..<x.columns {
      ridge += w[j] * w[j] * plainDot(x.column(j), x.column(j)) / Double(x.rows)
    }
    let predicted = mse + 0.3 / 0.7 * ridge
    // The enumeration regroups the same expectation: measured ≤ 4e-15 relative.
    #expect(abs(linear.exact - predicted) <= 1e-12 * predicted)
    #expect(abs(linear.monteCarlo.mean - predicted) <= 5 * linear.monteCarlo.standardError)
    #expect(try Lesson12Runs.run(seed).claims.dataDependentRidge.holds)
  }

  @Test("(c) fails with the wrong penalty factor q instead of q/(1 − q)")
  func wrongFactorFails() throws {
    let run = try Lesson12Runs.run(12)
    let wrong = try LinearDropoutExperiment(seed: 12, factor: LinearDropoutExperiment.rate)
    let claims = DropoutClaims(expectation: run.expectation, linear: wrong, network: run.network)
    #expect(!claims.dataDependentRidge.holds)
  }

  @Test(
    "(d) the first training loss re-derived by hand; the mean gap is smaller with dropout",
    arguments: Lesson12Runs.seeds)
  func smallerGap(seed: UInt64) throws {
    let e = try Lesson12Runs.run(seed).network
    let data = e.firstTraining
    let network = e.networks.plain
    var loss = 0.0
    for i in 0..<data.sampleCount {
      let h = plainHidden(network, data.features.row(i))
      let z = plainDot(Array(network.parameters[96..<128]), h) + network.parameters[128]
      // −ln σ(z) = ln(1 + e^(−z)) for class 1, −ln(1 − σ(z)) = ln(1 + e^z) for class 0.
      let softplus = data.targets[i] == 1 ? log1p(exp(-z)) : log1p(exp(z))
      loss += softplus / Double(data.sampleCount)
    }
    // Softplus per class against max(z, 0) − z·t + ln(1 + e^(−|z|)): measured ~1e-16.
    #expect(abs(loss - e.plain[0].train) <= 1e-9)
    #expect(mean(e.dropped.map(\.gap)) < mean(e.plain.map(\.gap)))
    #expect(try Lesson12Runs.run(seed).claims.smallerGap.holds)
  }

  @Test("(d) fails for dropout that drops nothing (q = 0 is the plain network)")
  func noDropoutFails() throws {
    let run = try Lesson12Runs.run(12)
    let none = try DropoutExperiment(seed: 12, rate: 0)
    #expect(none.plain.map(\.gap) == none.dropped.map(\.gap))
    let claims = DropoutClaims(expectation: run.expectation, linear: run.linear, network: none)
    #expect(!claims.smallerGap.holds)
  }

  @Test("the lesson's own claims all hold", arguments: Lesson12Runs.seeds)
  func claimsHold(seed: UInt64) throws {
    let claims = try Lesson12Runs.run(seed).claims.all
    #expect(claims.map(\.label) == ["a", "b", "c", "d"])
    #expect(claims.allSatisfy { $0.holds })
  }

  @Test("learning-curves.csv has one row per 10 steps; the heat map's values are probabilities")
  func figures() throws {
    let e = try Lesson12Runs.run(12).network
    let lines = DropoutFigures.learningCurves(e).csv().split(separator: "\r\n")
    #expect(lines.count == 1 + 31)
    let (xs, ys) = e.boundaryAxes
    let grid = try e.probabilities(of: e.networks.dropped, x: xs, y: ys)
    #expect(grid.count == ys.count && grid.allSatisfy { $0.count == xs.count })
    #expect(grid.joined().allSatisfy { $0 >= 0 && $0 <= 1 })
  }
}
