import Regularization

/// Linear data far from the origin: a training set and a large test set drawn from
///
///     y = offset + xᵀw + σ·ε,   x_j ~ N(0, 1),  ε ~ N(0, 1)
///
/// with a fixed `w` and `offset`, so that the intercept is the biggest thing to learn.
struct OffsetRegression {
  let weights: [Double]
  let offset: Double
  let noise: Double
  let train: Dataset
  let test: Dataset

  init(
    weights: [Double], offset: Double, noise: Double, trainSamples: Int, testSamples: Int,
    seed: UInt64
  ) throws {
    self.weights = weights
    self.offset = offset
    self.noise = noise
    var generator = Xoshiro256StarStar(seed: seed)
    func draw(_ n: Int) throws -> Dataset {
      let x = try Matrix(
        rows: n, columns: weights.count, elements: generator.normals(count: n * weights.count))
      let y = x.multiplied(by: weights).map { offset + $0 + noise * generator.normal() }
      return try Dataset(features: x, targets: y)
    }
    train = try draw(trainSamples)
    test = try draw(testSamples)
  }
}
