/// A fraction measured by counting: `successes` out of `trials` independent draws, with
/// the binomial standard error of the estimate.
///
///     p̂ = k/n,   SE(p̂) = √(p̂(1 − p̂)/n)
///
/// `p̂ ± 1.96·SE` is the normal-approximation (Wald) 95 % interval; it is reasonable for
/// n·p̂ and n·(1 − p̂) of at least 10 or so, and has width 0 when p̂ is 0 or 1.
///
/// Reference: A. Agresti and B. Coull, "Approximate is better than 'exact' for interval
/// estimation of binomial proportions", *The American Statistician* 52 (1998).
public struct Proportion: Equatable, Sendable {
  /// The number of draws that had the property.
  public let successes: Int
  /// The number of draws.
  public let trials: Int

  /// Checks and stores a count.
  ///
  /// - Throws: `.invalidParameter` unless `0 ≤ successes ≤ trials` and `trials > 0`.
  public init(successes: Int, trials: Int) throws(RegularizationError) {
    guard trials > 0 else {
      throw .invalidParameter(name: "trials", value: Double(trials), requirement: "> 0")
    }
    guard successes >= 0, successes <= trials else {
      throw .invalidParameter(
        name: "successes", value: Double(successes), requirement: "in 0...\(trials)")
    }
    self.successes = successes
    self.trials = trials
  }

  /// `p̂ = k/n`.
  public var fraction: Double { Double(successes) / Double(trials) }

  /// `√(p̂(1 − p̂)/n)`.
  public var standardError: Double {
    (fraction * (1 - fraction) / Double(trials)).squareRoot()
  }

  /// The 95 % interval `p̂ ± 1.96·SE`, clipped to [0, 1].
  public var interval95: ClosedRange<Double> {
    max(0, fraction - 1.96 * standardError)...min(1, fraction + 1.96 * standardError)
  }
}
