import Foundation

/// Two interleaving half circles in the plane, in the manner of scikit-learn's
/// `sklearn.datasets.make_moons` (same construction, same order of steps).
///
///     outer moon (class 0):  (cos θ, sin θ),            θ = linspace(0, π, ⌊n/2⌋)
///     inner moon (class 1):  (1 − cos θ, 1 − sin θ − ½), θ = linspace(0, π, n − ⌊n/2⌋)
///     shuffle the rows, then add N(0, noise²) to every coordinate
///
/// The classes cannot be split by a line, and with noise 0.3 they overlap, so a network
/// with enough units can fit the training labels exactly while the best boundary misclassifies
/// some points: the data an MLP overfits (lesson 12). The targets are 0 and 1.
///
/// - Parameters:
///   - samples: `n ≥ 2` (each moon needs a point).
///   - noise: The standard deviation of the Gaussian noise, `≥ 0`.
///   - generator: The seeded generator for the shuffle and the noise.
/// - Throws: `.tooFewSamples` if `n < 2`, `.invalidParameter` for a negative or
///   non-finite noise.
public func makeMoons(
  samples: Int, noise: Double, using generator: inout some SeededGenerator
) throws(RegularizationError) -> Dataset {
  guard samples >= 2 else { throw .tooFewSamples(actual: samples, minimum: 2) }
  guard noise.isFinite, noise >= 0 else {
    throw .invalidParameter(name: "noise", value: noise, requirement: "a finite number >= 0")
  }
  let outer = samples / 2
  let inner = samples - outer
  var points: [(x: Double, y: Double, label: Double)] = []
  for theta in moonAngles(outer) { points.append((cos(theta), sin(theta), 0)) }
  for theta in moonAngles(inner) { points.append((1 - cos(theta), 1 - sin(theta) - 0.5, 1)) }
  generator.shuffle(&points)
  var elements: [Double] = []
  elements.reserveCapacity(2 * samples)
  for point in points {
    elements.append(point.x + noise * generator.normal())
    elements.append(point.y + noise * generator.normal())
  }
  return try Dataset(
    features: Matrix(rows: samples, columns: 2, elements: elements), targets: points.map(\.label))
}

/// `numpy.linspace(0, π, count)`: `count` evenly spaced angles, both ends included.
func moonAngles(_ count: Int) -> [Double] {
  count == 1 ? [0] : (0..<count).map { Double.pi * Double($0) / Double(count - 1) }
}
