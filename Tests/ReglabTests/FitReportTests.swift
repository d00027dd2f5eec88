import Foundation
import Regularization
import Testing

@testable import reglab

@Suite("reglab fit") struct FitReportTests {
  @Test("the fit equals ElasticNet(alpha:).fit on the same data", arguments: [1.0, 0.5])
  func matchesTheLibrary(l1Ratio: Double) throws {
    let data = sampleData(samples: 40, features: 8)
    let folder = scratchFolder()
    let csv = write(csvText(data), to: folder)
    let penalty = l1Ratio == 1 ? ["--penalty", "l1"] : ["--penalty", "elasticnet"]
    let result = reglab(
      [
        "fit", "--csv", csv, "--target", "y", "--alpha", "0.7", "--json", "--tol", "1e-10",
        "--max-iter", "100000",
      ] + penalty)
    #expect(result.status == 0)
    let output = decode(FitOutput.self, result.stdout)
    let reference = try ElasticNet(
      alpha: 0.7, l1Ratio: l1Ratio, tolerance: 1e-10, maxIterations: 100_000
    ).fit(features: data.features, targets: data.targets)
    // Two solvers to a gap of 1e-10·‖y_c‖²: measured 7e-11.
    #expect(maxAbsDifference(output.coefficients, reference.coefficients) <= 1e-6)
    #expect(abs(output.intercept - reference.intercept) <= 1e-6)
    #expect(output.alpha == 0.7)
    #expect(output.converged)
    #expect(output.dualGap <= output.gapTolerance)
  }

  @Test("l2: the fit is Ridge(alpha: n·α), and ridge_alpha says so")
  func ridgeFit() throws {
    let data = sampleData(samples: 30, features: 5)
    let folder = scratchFolder()
    let csv = write(csvText(data), to: folder)
    let output = decode(
      FitOutput.self,
      reglab([
        "fit", "--csv", csv, "--target", "y", "--alpha", "2", "--penalty", "l2", "--json",
        "--tol", "1e-12", "--max-iter", "100000",
      ]).stdout)
    #expect(output.ridgeAlpha == 60)
    let ridge = try RidgeRegression(alpha: 60).fit(features: data.features, targets: data.targets)
    // Gap 1e-12·‖y_c‖² on a well-conditioned problem: measured 7e-15.
    #expect(maxAbsDifference(output.coefficients, ridge.coefficients) <= 1e-6)
  }

  @Test("fit.csv has the header alpha,intercept,<features> and one row; fit.svg is written")
  func files() throws {
    let folder = scratchFolder()
    let csv = write(csvText(sampleData()), to: folder)
    let result = reglab([
      "fit", "--csv", csv, "--target", "y", "--alpha", "0.5", "--out", folder + "/o",
    ])
    #expect(result.status == 0)
    let text = try String(contentsOfFile: folder + "/o/fit.csv", encoding: .utf8)
    #expect(text.split(separator: "\r\n").count == 2)
    let table = try CSVDataset(
      parsing: text + "\r\n" + text.split(separator: "\r\n")[1], target: "alpha")
    #expect(table.featureNames == ["intercept", "x1", "x2", "x3", "x4", "x5", "x6"])
    #expect(table.targets.first == 0.5)
    #expect(exists(folder + "/o/fit.svg"))
    #expect(result.stdout.contains("intercept"))
  }
}
