import Foundation

/// Noisy samples of one period of a sine, the curve-fitting toy of Bishop's *Pattern
/// Recognition and Machine Learning* (§1.1).
///
///     x ~ U(0, 1),   y = sin(2πx) + ε,   ε ~ N(0, σ²)
///
/// The inputs are returned sorted, so that a fit can be drawn through them in order.
public enum NoisySine {
  /// The noiseless curve `sin(2πx)`.
  public static func curve(_ x: Double) -> Double { sin(2 * Double.pi * x) }

  /// `count` samples with noise standard deviation `noise`; x values first, then the noise,
  /// in this order from `rng`.
  ///
  /// - Throws: `.invalidParameter` if `noise` is negative or not finite.
  public static func sample(
    count: Int, noise: Double, using rng: inout some SeededGenerator
  ) throws(RegularizationError) -> (inputs: [Double], targets: [Double]) {
    guard noise >= 0, noise.isFinite else {
      throw .invalidParameter(name: "noise", value: noise, requirement: "a finite number >= 0")
    }
    let inputs = rng.uniforms(count: max(count, 0)).sorted()
    let targets = inputs.map { curve($0) + noise * rng.normal() }
    return (inputs, targets)
  }
}
