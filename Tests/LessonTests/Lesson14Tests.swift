import Foundation
import LessonKit
import Regularization
import Synchronization
import Testing

@testable import lesson_14

/// One pair of experiments per seed, computed once and shared (about 0.3 s each in debug).
enum Lesson14Runs {
  static let seeds: [UInt64] = [14, 1, 2, 3, 4, 5]
  private static let cache = Mutex<[UInt64: (NoiseRidgeExperiment, SymmetryExperiment)]>([:])

  static func experiments(_ seed: UInt64) throws -> (
    noise: NoiseRidgeExperiment, symmetry: SymmetryExperiment
  ) {
    if let cached = cache.withLock({ $0[seed] }) { return cached }
    let pair = (try NoiseRidgeExperiment(seed: seed), try SymmetryExperiment(seed: seed))
    cache.withLock { $0[seed] = pair }
    return pair
  }

  static func claims(_ seed: UInt64) throws -> AugmentationClaims {
    let (noise, symmetry) = try experiments(seed)
    return AugmentationClaims(noise: noise, symmetry: symmetry)
  }
}

@Suite("Lesson 14: data augmentation") struct Lesson14Tests {
  @Test(
    "(a) the predicted E[loss] is MSE + σ²‖w‖² (re-derived), within 5 SE of Monte Carlo",
    arguments: Lesson14Runs.seeds)
  func noiseIsRidge(seed: UInt64) throws {
    let (noise, _) = try Lesson14Runs.experiments(seed)
    let x = noise.data.features
    let w = noise.weights
    var mse = 0.0
    for i in 0..<x.rows {
      let r = noise.data.targets[i] - plainDot(x.row(i), w)
      mse += r * r / Double(x.rows)
    }
    let predicted = mse + 0.25 * plainDot(w, w)  // σ = 0.5
    // Same sums in another order: measured ~1e-16 relative.
    #expect(abs(noise.predictedLoss - predicted) <= 1e-12 * predicted)
    // w is the least-squares solution: Xᵀ(y − Xw) = 0 (Cholesky, 5 × 5: measured ~1e-15).
    for j in 0..<x.columns {
      let r = (0..<x.rows).map { noise.data.targets[$0] - plainDot(x.row($0), w) }
      #expect(abs(plainDot(x.column(j), r)) <= 1e-10)
    }
    // Over 100 seeds max |z| was 3.13; a correct formula exceeds 5 with probability ~6e-7.
    #expect(abs(noise.noisyLoss.zScore(against: predicted)) <= 5)
    #expect(try Lesson14Runs.claims(seed).noiseIsRidge.holds)
  }

  @Test(
    "(a) fails when α = σ² is read as scikit-learn's alpha (the missing factor n)",
    arguments: Lesson14Runs.seeds.prefix(3))
  func noiseIsRidgeFailsWithoutFactorN(seed: UInt64) throws {
    let wrong = try NoiseRidgeExperiment(seed: seed, alpha: 0.25)
    let (_, symmetry) = try Lesson14Runs.experiments(seed)
    // Measured |z| ≥ 67 over 100 seeds.
    #expect(!AugmentationClaims(noise: wrong, symmetry: symmetry).noiseIsRidge.holds)
  }

  @Test(
    "(b) the ridge target solves (XᵀX + nσ²I)w = Xᵀy; at K = 1024 the distance < 1/10 of K = 1",
    arguments: Lesson14Runs.seeds)
  func copiesApproachRidge(seed: UInt64) throws {
    let (noise, _) = try Lesson14Runs.experiments(seed)
    let x = noise.data.features
    let alpha = Double(x.rows) * 0.25
    let r = (0..<x.rows).map { noise.data.targets[$0] - plainDot(x.row($0), noise.ridge) }
    for j in 0..<x.columns {
      // Gradient of ‖y − Xw‖² + α‖w‖² over 2: measured ~1e-15.
      #expect(abs(-plainDot(x.column(j), r) + alpha * noise.ridge[j]) <= 1e-10)
    }
    let d = noise.copyFits.map { w in
      plainDot(subtracting(w, noise.ridge), subtracting(w, noise.ridge)).squareRoot()
    }
    // Over 100 seeds the ratio d₁₀₂₄/d₁ was at most 0.092 (K^(−1/2) predicts 0.031).
    #expect(d[10] < 0.1 * d[0])
    #expect(try Lesson14Runs.claims(seed).copiesApproachRidge.holds)
  }

  @Test(
    "(b) fails when the copies are compared with the ridge of α = σ²",
    arguments: Lesson14Runs.seeds.prefix(3))
  func copiesFailAgainstTheWrongRidge(seed: UInt64) throws {
    let wrong = try NoiseRidgeExperiment(seed: seed, alpha: 0.25)
    let (_, symmetry) = try Lesson14Runs.experiments(seed)
    #expect(!AugmentationClaims(noise: wrong, symmetry: symmetry).copiesApproachRidge.holds)
  }

  @Test(
    "(c) mirrored fits are even (odd coefficients 0); at n = 15 they win on ≥ 18 of 20 sets",
    arguments: Lesson14Runs.seeds)
  func symmetryHelps(seed: UInt64) throws {
    let (_, symmetry) = try Lesson14Runs.experiments(seed)
    let even = symmetry.exampleFits.augmented
    // Odd Legendre columns are orthogonal to the even data after mirroring: measured ≤ 1e-15.
    for k in stride(from: 1, to: 10, by: 2) { #expect(abs(even[k]) <= 1e-10) }
    #expect(symmetry.exampleFits.plain[1] != 0)
    let row = symmetry.claimRow
    #expect(row.size == 15)
    // Over 100 seeds × 20 sets: 16 of 2000 draws lost; the worst median ratio was 0.040.
    #expect(row.ratios.filter { $0 < 1 }.count >= 18)
    #expect(median(row.ratios) <= 0.5)
    #expect(try Lesson14Runs.claims(seed).symmetryHelps.holds)
  }

  @Test("(c) fails when no augmentation is fed as the augmented fit")
  func symmetryFailsWithoutAugmentation() throws {
    let plain = try SymmetryExperiment(seed: 14, augment: false)
    let (noise, _) = try Lesson14Runs.experiments(14)
    #expect(plain.claimRow.ratios.allSatisfy { $0 == 1 })
    #expect(!AugmentationClaims(noise: noise, symmetry: plain).symmetryHelps.holds)
  }

  @Test("the lesson's own claims all hold", arguments: Lesson14Runs.seeds)
  func claimsHold(seed: UInt64) throws {
    let claims = try Lesson14Runs.claims(seed).all
    #expect(claims.map(\.label) == ["a", "b", "c"])
    #expect(claims.allSatisfy { $0.holds })
  }

  @Test("test-error-vs-copies.csv holds K and the plotted distances")
  func copiesCSV() throws {
    let (noise, _) = try Lesson14Runs.experiments(14)
    let lines = AugmentationFigures.distanceVersusCopies(noise).csv().split(separator: "\r\n")
    #expect(lines.count == 1 + 11)
    let last = lines[11].split(separator: ",").map { Double($0)! }
    #expect(last[0] == 1024)
    #expect(last[1] == noise.distances[10])
  }
}
