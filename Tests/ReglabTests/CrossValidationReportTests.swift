import Foundation
import Regularization
import Testing

@testable import reglab

@Suite("reglab cv") struct CrossValidationReportTests {
  @Test(
    "cv picks the α with the smallest mean fold MSE, re-derived here with the reference solver",
    arguments: [1.0, 0.5])
  func bestAlphaIsReDerived(l1Ratio: Double) throws {
    let data = sampleData(samples: 45, features: 10, seed: 4)
    let folder = scratchFolder()
    let csv = write(csvText(data), to: folder)
    let penalty = l1Ratio == 1 ? ["--penalty", "l1"] : ["--penalty", "elasticnet"]
    let result = reglab(
      [
        "cv", "--csv", csv, "--target", "y", "--folds", "4", "--n-alphas", "15", "--json",
        "--tol", "1e-10", "--max-iter", "10000",  // within the 10⁶-sweep budget; converges long before
      ] + penalty)
    #expect(result.status == 0)
    let output = decode(CrossValidationOutput.self, result.stdout)
    let grid = try AlphaGrid.alphas(
      features: data.features, targets: data.targets, l1Ratio: l1Ratio, count: 15)
    #expect(output.alphas == grid)
    // sklearn's KFold(4) on 45 rows: blocks of 12, 11, 11, 11.
    let blocks = [0..<12, 12..<23, 23..<34, 34..<45]
    var mse = [[Double]](repeating: [], count: grid.count)
    for block in blocks {
      let train = (0..<45).filter { !block.contains($0) }
      let path = try ElasticNetPath(
        features: data.features.selectingRows(train), targets: train.map { data.targets[$0] },
        alphas: grid, l1Ratio: l1Ratio, tolerance: 1e-10, maxIterations: 100_000)
      for (k, fit) in path.fits.enumerated() {
        let test = Array(block)
        let predictions = try fit.predictions(for: data.features.selectingRows(test))
        let errors = zip(predictions, test.map { data.targets[$0] }).map { ($0 - $1) * ($0 - $1) }
        mse[k].append(errors.reduce(0, +) / Double(test.count))
      }
    }
    for k in grid.indices {
      for f in 0..<4 {
        // Fold fits agree to ~1e-9 (tol 1e-10); MSEs ~1-1e4: measured 3e-9 relative.
        #expect(abs(output.msePath[k][f] - mse[k][f]) <= 1e-6 * max(1, mse[k][f]))
      }
    }
    let means = mse.map { $0.reduce(0, +) / 4 }
    // (The best mean is 2.4% below the next one here, so the choice is not a rounding tie.)
    let best = means.indices.min { means[$0] < means[$1] } ?? 0
    #expect(output.bestIndex == best)
    #expect(output.alpha == grid[best])
    let refit = try ElasticNet(
      alpha: grid[best], l1Ratio: l1Ratio, tolerance: 1e-10, maxIterations: 100_000
    ).fit(features: data.features, targets: data.targets)
    // As for fit: two solvers to a gap of 1e-10·‖y_c‖²; measured 9e-10.
    #expect(maxAbsDifference(output.coefficients, refit.coefficients) <= 1e-6)
  }

  @Test("cv.csv: alpha,mean_mse,fold_1…fold_K per α; cv.svg and the refit's fit.csv")
  func files() throws {
    let folder = scratchFolder()
    let csv = write(csvText(sampleData()), to: folder)
    let result = reglab([
      "cv", "--csv", csv, "--target", "y", "--folds", "3", "--n-alphas", "8", "--out",
      folder + "/o",
    ])
    #expect(result.status == 0)
    let text = try String(contentsOfFile: folder + "/o/cv.csv", encoding: .utf8)
    let lines = text.split(separator: "\r\n")
    #expect(lines.first == "alpha,mean_mse,fold_1,fold_2,fold_3")
    #expect(lines.count == 9)
    #expect(exists(folder + "/o/cv.svg"))
    #expect(exists(folder + "/o/fit.csv"))
    #expect(result.stdout.contains("← best"))
  }

  @Test("with --standardize the MSEs are in the target's own units")
  func standardizedUnits() throws {
    let data = sampleData(samples: 30, features: 4, seed: 8)
    let scaled = try Dataset(features: data.features, targets: data.targets.map { 10 * $0 })
    let folder = scratchFolder()
    let small = write(csvText(data), to: folder, name: "small.csv")
    let large = write(csvText(scaled), to: folder, name: "large.csv")
    let options = ["--target", "y", "--standardize", "--folds", "3", "--n-alphas", "6", "--json"]
    let a = decode(CrossValidationOutput.self, reglab(["cv", "--csv", small] + options).stdout)
    let b = decode(CrossValidationOutput.self, reglab(["cv", "--csv", large] + options).stdout)
    // The standardized problems are identical, so the MSEs scale by 10²; measured 1e-14.
    for k in a.meanMse.indices {
      #expect(abs(b.meanMse[k] - 100 * a.meanMse[k]) <= 1e-9 * b.meanMse[k])
    }
    #expect(a.bestIndex == b.bestIndex)
  }
}
