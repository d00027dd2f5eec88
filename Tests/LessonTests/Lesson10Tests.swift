import Figures
import Foundation
import LessonKit
import Regularization
import Testing

@testable import lesson_10

@Suite("Lesson 10: L1 in practice") struct Lesson10Tests {
  static let seeds: [UInt64] = [10, 1, 2, 3, 4, 5, 8]

  static func claims(seed: UInt64) throws -> L1PracticeClaims {
    L1PracticeClaims(
      proximal: try ProximalExperiment(seed: seed), rates: try RateExperiment(seed: seed),
      norms: try NormPenaltyExperiment(seed: seed), snippet: try SnippetExperiment(seed: seed))
  }

  @Test("every claim holds", arguments: seeds)
  func allHold(seed: UInt64) throws {
    let claims = try Self.claims(seed: seed)
    for claim in claims.all { #expect(claim.holds, "\(claim.label): \(claim.measured)") }
  }

  @Test(
    "(a) ISTA's zeros are coordinate descent's, re-derived by the KKT conditions", arguments: seeds)
  func istaSatisfiesKKT(seed: UInt64) throws {
    let e = try ProximalExperiment(seed: seed)
    let w = e.ista[e.ista.count - 1]
    // KKT of the lasso: |∂f/∂w_j| ≤ α where w_j = 0, ∂f/∂w_j = −α·sign(w_j) elsewhere;
    // ISTA after 300 steps is within ~1e-12 of optimal, so 1e-8 is a wide margin.
    let g = e.loss.gradient(w)
    for j in w.indices {
      if w[j] == 0 {
        #expect(abs(g[j]) <= e.alpha + 1e-8)
      } else {
        #expect(abs(g[j] + e.alpha * (w[j] > 0 ? 1 : -1)) <= 1e-8)
      }
    }
    // The subgradient iterate: a plain loop of w ← w − η(∇f + α·sign w) gives the same path.
    var plain = [Double](repeating: 0, count: w.count)
    for _ in 0..<ProximalExperiment.iterations {
      let grad = e.loss.gradient(plain)
      for j in plain.indices {
        plain[j] -= e.stepSize * (grad[j] + e.alpha * (plain[j] > 0 ? 1 : (plain[j] < 0 ? -1 : 0)))
      }
    }
    #expect(plain == e.subgradient[e.subgradient.count - 1])
  }

  @Test("(a) fails for ISTA stopped after 3 iterations")
  func failsWhenIstaStoppedEarly() throws {
    let early = try ProximalExperiment(seed: 10, istaIterations: 3)
    let claims = try Self.claims(seed: 10)
    let wrong = claims.with(proximal: early)
    #expect(!wrong.subgradientVersusProximal.holds)
  }

  @Test("(a) fails when the subgradient path is fed as ISTA's")
  func failsForSubgradientAsIsta() throws {
    var claims = try Self.claims(seed: 10)
    var proximal = claims.proximal
    proximal.ista = proximal.subgradient
    claims = claims.with(proximal: proximal)
    #expect(!claims.subgradientVersusProximal.holds)
  }

  @Test("(a) fails when the clipped step is fed as the truncated gradient, or ISTA as the pitfall")
  func failsForSwappedTruncation() throws {
    let claims = try Self.claims(seed: 10)
    var swapped = claims.proximal
    swapped.truncated = swapped.clipped
    #expect(
      !claims.with(proximal: swapped).subgradientVersusProximal.holds)
    var right = claims.proximal
    right.clipped = right.ista
    #expect(
      !claims.with(proximal: right).subgradientVersusProximal.holds)
  }

  @Test(
    "(b) the bounds re-derived from L and ‖w*‖², gaps ≥ 0, and the two condition numbers",
    arguments: seeds)
  func boundsRederived(seed: UInt64) throws {
    let e = try RateExperiment(seed: seed)
    let ill = e.illConditioned
    for k in [1, 10, 100, RateExperiment.iterations] {
      let r2 = ill.squaredDistance
      #expect(ill.bound(.ista, at: k) == ill.lipschitz * r2 / (2 * Double(k)))
      #expect(ill.bound(.fista, at: k) == 2 * ill.lipschitz * r2 / Double((k + 1) * (k + 1)))
      // Every gap is ≥ 0 because F* is the smallest objective seen.
      #expect(ill.istaGaps[k] >= 0 && ill.fistaGaps[k] >= 0)
    }
    // AR(0.95) is ill-conditioned: κ > 1000 (measured 4000–8000); independent: κ < 100.
    #expect(ill.lipschitz / ill.smallestEigenvalue > 1000)
    #expect(e.wellConditioned.lipschitz / e.wellConditioned.smallestEigenvalue < 100)
  }

  @Test("(b) fails when ISTA's curve is fed as FISTA's")
  func failsForIstaAsFista() throws {
    let claims = try Self.claims(seed: 10)
    var rates = claims.rates
    rates.illConditioned.fistaGaps = rates.illConditioned.istaGaps
    #expect(
      !claims.with(rates: rates).rateBounds.holds)
  }

  @Test("(c) the threshold re-derived: ‖∇f(0)‖ = ‖X_cᵀy_c‖/n, KKT at 0 and below", arguments: seeds)
  func thresholdRederived(seed: UInt64) throws {
    let e = try NormPenaltyExperiment(seed: seed)
    let data = try SnippetExperiment.data(seed: seed)
    let x = data.dataset.features
    let y = data.dataset.targets
    let n = Double(x.rows)
    let means = (0..<x.columns).map { j in (0..<x.rows).map { x[$0, j] }.reduce(0, +) / n }
    let yMean = y.reduce(0, +) / n
    var c = [Double](repeating: 0, count: x.columns)
    for i in 0..<x.rows {
      for j in 0..<x.columns { c[j] += (x[i, j] - means[j]) * (y[i] - yMean) / n }
    }
    let plain = c.map { $0 * $0 }.reduce(0, +).squareRoot()
    // Two summation orders of the same 100 products: rounding ~1e-15 relative.
    #expect(abs(plain - e.threshold) <= 1e-12 * e.threshold)
    // Below the threshold the solution satisfies ∇f(w) + λ·w/‖w‖ = 0 (FISTA, 1000 steps).
    let loss = try GramLeastSquares(features: x, targets: y)
    let w = e.belowSolution
    let lambda = e.belowFactor * e.threshold
    let g = loss.gradient(w)
    let norm = euclideanNorm(w)
    let residual = zip(g, w).map { $0 + lambda * $1 / norm }
    // Measured ≤ 1e-9; the stationarity error of a converged first-order run.
    #expect(euclideanNorm(residual) <= 1e-6)
  }

  @Test("(c) fails with the threshold check at 0.999·λ₀, or the squared penalty's gradient")
  func failsBelowThreshold() throws {
    let claims = try Self.claims(seed: 10)
    let below = try NormPenaltyExperiment(seed: 10, aboveFactor: 0.999)
    #expect(
      !claims.with(norms: below).normIsNotDecay.holds)
    var squared = claims.norms
    squared.normGradientLengths = squared.squaredGradientLengths
    #expect(
      !claims.with(norms: squared).normIsNotDecay.holds)
  }

  @Test(
    "(d) the snippet minimizer re-derived: its bias condition and the meant one's", arguments: seeds
  )
  func snippetRederived(seed: UInt64) throws {
    let e = try SnippetExperiment(seed: seed)
    let lambdaSum = SnippetExperiment.l1Lambda + SnippetExperiment.l2Lambda
    // ∂/∂b: −2·mean(r) + (λ₁ + λ₂)·sign(b) = 0 at the minimizer (b ≈ 5 > 0). FISTA after
    // 2000 steps on an 11-parameter problem: measured error ≤ 1e-13.
    #expect(abs(e.meanResidual(e.snippetMinimizer) - lambdaSum / 2) <= 1e-9)
    #expect(abs(e.meanResidual(e.meantMinimizer)) <= 1e-9)
    // The snippet's objective is lowest at its own minimizer (of the four points shown).
    let best = e.snippetObjective(e.snippetMinimizer)
    for other in [e.meantMinimizer, e.biasExcludedMinimizer] {
      #expect(e.snippetObjective(other) > best)
    }
    // Finite differences of the objective agree with the gradient the loop steps along.
    let theta = e.trained.map { $0 + 0.3 }
    let gradient = SnippetExperiment.snippetGradient(
      theta, features: e.truth.dataset.features, targets: e.truth.dataset.targets,
      penalty: e.penalty)
    let h = 1e-6
    for j in theta.indices {
      var up = theta
      var down = theta
      up[j] += h
      down[j] -= h
      let difference = (e.snippetObjective(up) - e.snippetObjective(down)) / (2 * h)
      // Central differences on a smooth point (no zero entries): error ~h² + 1e-16/h ≤ 1e-8.
      #expect(abs(difference - gradient[j]) <= 1e-6)
    }
  }

  @Test("(d) fails for the bias-excluded objective's minimizer")
  func failsForBiasExcluded() throws {
    let claims = try Self.claims(seed: 10)
    var snippet = claims.snippet
    snippet.snippetMinimizer = snippet.biasExcludedMinimizer
    #expect(
      !claims.with(snippet: snippet).snippetObjective.holds)
  }
}

extension Lesson10Tests {
  @Test("(d) fails when the meant objective's minimizer is fed as the snippet's")
  func failsForMeantObjective() throws {
    let claims = try Self.claims(seed: 10)
    var snippet = claims.snippet
    snippet.snippetMinimizer = snippet.meantMinimizer
    #expect(
      !claims.with(snippet: snippet).snippetObjective.holds)
  }
}

@Suite("Lesson 10 figures show every series they name") struct Lesson10FigureTests {
  @Test("no line lies under a later one (SeriesCoincidence), in each of the three figures")
  func noHiddenSeries() throws {
    let figures: [(String, any Figure)] = [
      (
        "subgradient-vs-prox",
        L1PracticeFigures.subgradientVersusProx(try ProximalExperiment(seed: 10))
      ),
      ("ista-vs-fista", L1PracticeFigures.istaVersusFista(try RateExperiment(seed: 10))),
      ("norm-vs-squared", L1PracticeFigures.normVersusSquared(try NormPenaltyExperiment(seed: 10))),
    ]
    for (name, figure) in figures {
      let panels = SeriesCoincidence.lines(of: figure)
      #expect(!panels.isEmpty)
      for panel in panels {
        let hidden = SeriesCoincidence.hidden(in: panel)
        #expect(hidden.isEmpty, "\(name): \(hidden)")
      }
    }
  }
}

extension L1PracticeClaims {
  /// The same claims with some experiments replaced (the failing inputs).
  func with(
    proximal: ProximalExperiment? = nil, rates: RateExperiment? = nil,
    norms: NormPenaltyExperiment? = nil, snippet: SnippetExperiment? = nil
  ) -> L1PracticeClaims {
    L1PracticeClaims(
      proximal: proximal ?? self.proximal, rates: rates ?? self.rates,
      norms: norms ?? self.norms, snippet: snippet ?? self.snippet)
  }
}
