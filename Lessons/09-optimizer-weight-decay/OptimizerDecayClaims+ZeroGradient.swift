import Foundation
import LessonKit
import Regularization

extension OptimizerDecayClaims {
  /// (b) bounds. AdamW: t roundings of one product each, ≤ 1000·1.1e-16 relative (measured
  /// 1.6e-15 in numpy). First Adam-L2 step: m̂ = g and √v̂ = |g| to a few ulp, so the length
  /// matches the formula to ~1e-15·η (w₀ − w₁ loses up to ulp(w₀)/η ≈ 1.4e-11 at w₀ = 100).
  /// End points of the pair: 6.0e-5 measured in numpy, held to 2e-4. AdamW's pair must end
  /// at least 0.05 apart in factor (0.905 against 0.9999).
  static let factorBound = 1e-13
  static let firstStepBound = 1e-10
  static let pairBound = 2e-4
  static let adamWPairGap = 0.05

  /// max over runs and t of |w_t − (1 − ηλ)^t·w₀| / ((1 − ηλ)^t·w₀).
  static func factorError(_ runs: [ZeroGradientExperiment.Run]) -> Double {
    let eta = ZeroGradientExperiment.learningRate
    var largest = 0.0
    for run in runs {
      for (t, w) in run.weights.enumerated() {
        let theory = pow(1 - eta * run.lambda, Double(t)) * run.start
        largest = max(largest, abs(w - theory) / theory)
      }
    }
    return largest
  }

  /// max over runs of |(w₀ − w₁) − η·λ|w₀|/(λ|w₀| + ε)| / η.
  static func firstStepError(_ runs: [ZeroGradientExperiment.Run]) -> Double {
    let eta = ZeroGradientExperiment.learningRate
    let epsilon = 1e-8
    return runs.map { run in
      let predicted = eta * run.lambda * run.start / (run.lambda * run.start + epsilon)
      return abs((run.weights[0] - run.weights[1]) - predicted) / eta
    }.max() ?? .nan
  }

  /// max over w₀ of |w_end(λ = 0.1) − w_end(λ = 10⁻⁴)|.
  static func pairGap(_ runs: [ZeroGradientExperiment.Run]) -> Double {
    let (big, small) = (ZeroGradientExperiment.lambdas[0], ZeroGradientExperiment.lambdas[1])
    return ZeroGradientExperiment.starts.map { start in
      guard let a = ZeroGradientExperiment.run(runs, lambda: big, start: start),
        let b = ZeroGradientExperiment.run(runs, lambda: small, start: start)
      else { return Double.nan }
      return abs(a.end - b.end)
    }.max() ?? .nan
  }

  /// The end of the w₀ = 1 run at λ.
  static func end(_ runs: [ZeroGradientExperiment.Run], lambda: Double) -> Double {
    ZeroGradientExperiment.run(runs, lambda: lambda, start: ZeroGradientExperiment.figureStart)?
      .end ?? .nan
  }

  /// (b) AdamW decays by (1 − ηλ) per step; Adam-L2 moves ≈ η per step whatever λ is.
  var decayPerStep: Claim {
    let pair = ZeroGradientExperiment.lambdas
    let decoupled = zeroGradient.adamW.filter { pair.contains($0.lambda) }
    let coupled = zeroGradient.adamL2
    let factor = Self.factorError(decoupled)
    let firstStep = Self.firstStepError(coupled)
    let gap = Self.pairGap(coupled.filter { pair.contains($0.lambda) })
    let factors = pair.map { Self.end(decoupled, lambda: $0) }
    let factorGap = abs(factors[0] - factors[1])
    let broken = Self.end(coupled, lambda: ZeroGradientExperiment.breakingLambda)
    let held = Self.end(coupled, lambda: pair[0])
    let measured =
      "AdamW: max |w_t/((1 − ηλ)^t·w₀) − 1| = \(NumberFormat.scientific(factor)) ≤ "
      + "\(NumberFormat.scientific(Self.factorBound, 0)), w₁₀₀₀/w₀ = "
      + "\(NumberFormat.fixed(factors[0], 4)) (λ = 0.1) and \(NumberFormat.fixed(factors[1], 4)) "
      + "(λ = 10⁻⁴)"
      + "; Adam-L2: first step − η·λ|w₀|/(λ|w₀| + ε) = \(NumberFormat.scientific(firstStep))·η "
      + "≤ \(NumberFormat.scientific(Self.firstStepBound, 0))·η, λ = 0.1 and 10⁻⁴ end "
      + "\(NumberFormat.scientific(gap)) apart (≤ \(NumberFormat.scientific(Self.pairBound, 0)), "
      + "w₀ from 10⁻⁶ to 100); from w₀ = 1 λ = 10⁻⁸ ends at \(NumberFormat.fixed(broken, 3)), "
      + "not \(NumberFormat.fixed(held, 3))"
    return Claim(
      "b",
      "With a zero data gradient AdamW shrinks each weight by exactly (1 − ηλ) per step, while "
        + "each step of Adam's coupled L2 has length η·λ|w|/(λ|w| + ε) ≈ η whatever λ is: "
        + "λ = 0.1 and λ = 10⁻⁴ end at the same weight, until λ|w| ≈ ε.",
      measured: measured,
      holds: factor <= Self.factorBound && firstStep <= Self.firstStepBound
        && gap <= Self.pairBound && factorGap >= Self.adamWPairGap)
  }
}
