import Testing

@testable import Regularization

/// Features on very different scales: column j is 10^(j − 2)·N(0, 1) + 5·j.
private func mixedScales(samples n: Int, seed: UInt64) throws -> Matrix {
  var rng = Xoshiro256StarStar(seed: seed)
  let scales = [0.01, 0.1, 1, 10, 100]
  return try Matrix(
    rowArrays: (0..<n).map { _ in (0..<5).map { scales[$0] * rng.normal() + 5 * Double($0) } })
}

@Suite("Standard scaler")
struct StandardScalerTests {
  @Test("statistics are the mean and the population standard deviation (ddof 0)")
  func knownStatistics() throws {
    let scaler = try StandardScaler(fitting: try Matrix(rowArrays: [[1, 2], [3, 6], [5, 10]]))
    #expect(scaler.means == [3, 6])
    // NumPy: np.std([1, 3, 5]) = √(8/3), np.std([2, 6, 10]) = √(32/3); last-bit rounding
    // allowed, measured: exact.
    #expect(abs(scaler.standardDeviations[0] - (8.0 / 3).squareRoot()) < 1e-15)
    #expect(abs(scaler.standardDeviations[1] - (32.0 / 3).squareRoot()) < 1e-15)
  }

  @Test("standardized training columns have mean 0 and standard deviation 1")
  func standardizes() throws {
    let x = try mixedScales(samples: 80, seed: 1)
    let z = try StandardScaler(fitting: x).transform(x)
    let sds = (0..<5).map { j in (squaredNorm(z.column(j)) / 80).squareRoot() }
    // Rounding only (values O(1) after scaling); measured: 6.4e-16 and 3.3e-16.
    #expect(maxNorm(columnMeans(z)) < 1e-12)
    #expect(maxAbsDifference(sds, [1, 1, 1, 1, 1]) < 1e-12)
  }

  @Test("test data are transformed with the training statistics")
  func usesTrainingStatistics() throws {
    let scaler = try StandardScaler(fitting: try mixedScales(samples: 40, seed: 2))
    let test = try mixedScales(samples: 7, seed: 3)
    let z = try scaler.transform(test)
    for i in 0..<7 {
      for j in 0..<5 {
        #expect(z[i, j] == (test[i, j] - scaler.means[j]) / scaler.standardDeviations[j])
      }
    }
  }

  @Test("coefficients mapped to the original scale give the same predictions")
  func originalScaleCoefficients() throws {
    let train = try mixedScales(samples: 40, seed: 4)
    let test = try mixedScales(samples: 12, seed: 5)
    let scaler = try StandardScaler(fitting: train)
    let (wz, bz) = ([1.5, -0.5, 2, 0.1, -3], 7.0)
    let standardized = try scaler.transform(test).multiplied(by: wz).map { $0 + bz }
    let (w, b) = try scaler.originalScale(weights: wz, intercept: bz)
    let original = test.multiplied(by: w).map { $0 + b }
    // Original-scale weights reach ~170 and intercepts ~10: sums of terms up to ~100 lose
    // ~1e-14; measured: 3.6e-15.
    #expect(maxAbsDifference(standardized, original) < 1e-10)
  }

  @Test("a constant column is rejected, even with rounding-level variation")
  func constantColumn() throws {
    let x = try Matrix(rowArrays: [[1, 0.1], [2, 0.1], [3, 0.1]])
    #expect(throws: RegularizationError.constantColumn(index: 1)) { try StandardScaler(fitting: x) }
    let zeros = try Matrix(rowArrays: [[0, 1], [0, 2]])
    #expect(throws: RegularizationError.constantColumn(index: 0)) {
      try StandardScaler(fitting: zeros)
    }
  }

  @Test("rejects fewer than 2 samples and mismatched widths")
  func validation() throws {
    #expect(throws: RegularizationError.tooFewSamples(actual: 1, minimum: 2)) {
      try StandardScaler(fitting: try Matrix(rowArrays: [[1, 2]]))
    }
    let scaler = try StandardScaler(fitting: try mixedScales(samples: 10, seed: 6))
    #expect(
      throws: RegularizationError.dimensionMismatch(
        what: "number of features", expected: 5, actual: 2)
    ) { try scaler.transform(Matrix(rows: 3, columns: 2)) }
  }

  @Test(
    "columns near 1e160 or 1e-300 (squares overflow or underflow) give the statistics of the same columns near 1, scaled exactly",
    arguments: [0x1p532, 0x1p-997])
  func extremeMagnitudes(factor: Double) throws {
    let x = try mixedScales(samples: 30, seed: 6)
    let scaled = try Matrix(rows: 30, columns: 5, elements: x.elements.map { $0 * factor })
    let plain = try StandardScaler(fitting: x)
    let extreme = try StandardScaler(fitting: scaled)
    // A power of two commutes with every rounding here: equal to the last bit.
    #expect(extreme.means == plain.means.map { $0 * factor })
    #expect(extreme.standardDeviations == plain.standardDeviations.map { $0 * factor })
    let a = try extreme.transform(scaled)
    let b = try plain.transform(x)
    #expect(a == b)
  }

  @Test("values near ±1e308 are standardized without overflow in x − μ")
  func nearOverflow() throws {
    let x = try Matrix(rowArrays: [[1.7e308], [-1.7e308], [1e308]])
    let z = try StandardScaler(fitting: x).transform(x)
    #expect(z.elements.allSatisfy { $0.isFinite })
  }
}
