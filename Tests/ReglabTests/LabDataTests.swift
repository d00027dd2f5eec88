import Regularization
import Testing

@testable import reglab

@Suite("Data preparation") struct LabDataTests {
  @Test("--standardize scales features and target to mean 0, sd 1 and maps fits back")
  func standardization() throws {
    let data = sampleData(samples: 20, features: 3)
    let csv = try CSVDataset(parsing: csvText(data), target: "y", source: "d.csv")
    let scaling = try Standardization(csv, source: "d.csv")
    let z = scaling.standardizedFeatures(csv.features)
    for j in 0..<3 {
      let column = z.column(j)
      // Means of 20 values of size ~1: rounding ~1e-16.
      #expect(abs(column.reduce(0, +) / 20) <= 1e-12)
      #expect(abs(standardDeviation(column) - 1) <= 1e-12)
    }
    // Any (w', b') on the standardized scale predicts the same after mapping back.
    let (wz, bz) = ([0.5, -1.0, 2.0], 0.25)
    let (w, b) = scaling.originalScale(weights: wz, intercept: bz)
    let direct = z.multiplied(by: wz).map { scaling.targetMean + scaling.targetScale * ($0 + bz) }
    let mapped = csv.features.multiplied(by: w).map { $0 + b }
    // Values ~100 after a few roundings: measured 6e-14.
    #expect(maxAbsDifference(direct, mapped) <= 1e-10)
  }
}
