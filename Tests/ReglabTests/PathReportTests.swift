import Foundation
import Regularization
import Testing

@testable import reglab

/// `reglab path --json` on `data` with `options`.
private func path(_ data: Dataset, _ options: [String]) -> (text: String, output: PathOutput) {
  let folder = scratchFolder()
  let csv = write(csvText(data), to: folder)
  let result = reglab(["path", "--csv", csv, "--target", "y", "--json"] + options)
  #expect(result.status == 0, "\(result.stderr)")
  return (result.stdout, decode(PathOutput.self, result.stdout))
}

private func largestDifference(_ a: [[Double]], _ b: [[Double]]) -> Double {
  zip(a, b).reduce(0) { max($0, maxAbsDifference($1.0, $1.1)) }
}

@Suite("reglab path") struct PathReportTests {
  @Test("the coefficients equal ElasticNetPath's on the same data", arguments: [1.0, 0.5])
  func matchesTheLibrary(l1Ratio: Double) throws {
    let data = sampleData(samples: 40, features: 8)
    let penalty = l1Ratio == 1 ? ["--penalty", "l1"] : ["--penalty", "elasticnet"]
    let output = path(
      data, penalty + ["--tol", "1e-10", "--max-iter", "50000", "--n-alphas", "20"]
    ).output
    let alphas = output.alphas
    let reference = try ElasticNetPath(
      features: data.features, targets: data.targets, l1Ratio: l1Ratio, count: 20,
      tolerance: 1e-10, maxIterations: 100_000)
    // Same grid up to the summation order of X_cᵀy_c: a few ulps.
    #expect(zip(alphas, reference.alphas).allSatisfy { abs($0 - $1) <= 1e-14 * $1 })
    // Two solvers to a gap of 1e-10·‖y_c‖²: measured 3e-9.
    #expect(largestDifference(output.coefficients, reference.coefficients) <= 1e-6)
    #expect(maxAbsDifference(output.intercepts, reference.fits.map(\.intercept)) <= 1e-6)
  }

  @Test("--json has every documented key, one entry per α")
  func jsonHasAllKeys() throws {
    let (text, output) = path(sampleData(), ["--n-alphas", "7"])
    let json = jsonObject(text)
    for key in [
      "alphas", "intercepts", "coefficients", "feature_names", "n_iter", "dual_gaps",
      "gap_tolerance", "converged", "solver_seconds", "penalty", "l1_ratio", "n_samples",
      "n_features", "command", "fit_intercept", "standardize", "tol", "gap_check",
    ] {
      #expect(json[key] != nil, "missing \(key)")
    }
    #expect(output.alphas.count == 7)
    #expect(output.intercepts.count == 7)
    #expect(output.nIter.count == 7)
    #expect(output.coefficients.allSatisfy { $0.count == 6 })
    #expect(output.featureNames == (1...6).map { "x\($0)" })
    #expect(output.dualGaps.allSatisfy { $0 <= output.gapTolerance })
    #expect(output.converged.allSatisfy { $0 })
    #expect(output.solverSeconds >= 0)
  }

  @Test("path.csv: header alpha,intercept,<features>, one row per α in the order solved")
  func pathCSV() throws {
    let folder = scratchFolder()
    let csv = write(csvText(sampleData()), to: folder)
    let out = folder + "/out"
    let result = reglab(["path", "--csv", csv, "--target", "y", "--n-alphas", "9", "--out", out])
    #expect(result.status == 0)
    #expect(result.stdout.contains("wrote       \(out)/path.csv, \(out)/path.svg"))
    let text = try String(contentsOfFile: out + "/path.csv", encoding: .utf8)
    let lines = text.split(separator: "\r\n")
    #expect(lines.first == "alpha,intercept,x1,x2,x3,x4,x5,x6")
    #expect(lines.count == 1 + 9)
    let table = try CSVDataset(parsing: text, target: "alpha")
    let output = decode(
      PathOutput.self,
      reglab(["path", "--csv", csv, "--target", "y", "--n-alphas", "9", "--json"]).stdout)
    #expect(table.targets == output.alphas)
    #expect(table.targets == table.targets.sorted(by: >))
    #expect(table.features.column(0) == output.intercepts)
    #expect(table.features.column(3) == output.coefficients.map { $0[2] })
  }

  @Test("path.svg is one SVG document naming the labelled features")
  func pathSVG() throws {
    let folder = scratchFolder()
    let csv = write(csvText(sampleData(features: 14)), to: folder)
    _ = reglab(["path", "--csv", csv, "--target", "y", "--out", folder])
    let svg = try String(contentsOfFile: folder + "/path.svg", encoding: .utf8)
    #expect(svg.hasPrefix("<svg") || svg.hasPrefix("<?xml"))
    #expect(svg.contains("<title"))
    #expect(svg.contains("log scale"))
    #expect(svg.contains("the other 4 are grey"))
  }

  @Test("l2: the grid's top is max|x_jᵀy_c|/(n·0.001), fits are Ridge(n·α)")
  func ridgePath() throws {
    let data = sampleData(samples: 40, features: 5)
    let output = path(
      data,
      [
        "--penalty", "l2", "--n-alphas", "5", "--eps", "1e-4", "--tol", "1e-12",
        "--max-iter", "100000",
      ]
    ).output
    let alphas = output.alphas
    let top = try AlphaGrid.alphaMax(features: data.features, targets: data.targets, l1Ratio: 1e-3)
    #expect(alphas.first == top)
    let ridgeAlphas = try #require(output.ridgeAlphas)
    #expect(ridgeAlphas == alphas.map { 40 * $0 })
    let coefficients = output.coefficients
    let last = try RidgeRegression(alpha: ridgeAlphas[4]).fit(
      features: data.features, targets: data.targets)
    // tol 1e-12 on a well-conditioned 40 × 5 problem: measured 1.8e-15.
    #expect(maxAbsDifference(coefficients[4], last.coefficients) <= 1e-6)
  }

  @Test("--standardize: the original-scale coefficients predict what the standardized fit does")
  func standardizedPath() throws {
    var data = sampleData(samples: 30, features: 4)
    for i in 0..<data.sampleCount { data.features[i, 2] *= 1000 }
    let output = path(data, ["--standardize", "--n-alphas", "6"]).output
    let (coefficients, intercepts, alphas) = (output.coefficients, output.intercepts, output.alphas)
    let scaler = try StandardScaler(fitting: data.features)
    let z = try scaler.transform(data.features)
    let (mean, sd) = (data.targets.reduce(0, +) / 30, standardDeviation(data.targets))
    let reference = try ElasticNetPath(
      features: z, targets: data.targets.map { ($0 - mean) / sd }, alphas: alphas, l1Ratio: 1)
    for k in alphas.indices {
      let expected = try reference.fits[k].predictions(for: z).map { mean + sd * $0 }
      let mapped = data.features.multiplied(by: coefficients[k]).map { $0 + intercepts[k] }
      // Two fits at tol 1e-4 (not the same iterates) and the mapping: measured 1.3e-3, sd 43.
      #expect(maxAbsDifference(mapped, expected) <= 0.05 * sd)
    }
  }

  @Test("--no-intercept: intercepts are 0 and the fits are ElasticNetPath(fitIntercept: false)")
  func noIntercept() throws {
    let data = sampleData(samples: 30, features: 5)
    let output = path(
      data, ["--no-intercept", "--n-alphas", "6", "--tol", "1e-10", "--max-iter", "100000"]
    ).output
    #expect(output.intercepts.allSatisfy { $0 == 0 })
    let reference = try ElasticNetPath(
      features: data.features, targets: data.targets, l1Ratio: 1, fitIntercept: false, count: 6,
      tolerance: 1e-10, maxIterations: 100_000)
    // As for the intercept case; measured 1.6e-9.
    #expect(largestDifference(output.coefficients, reference.coefficients) <= 1e-6)
  }

  @Test("the summary gives shape, objective, α range, non-zeros, solver time, convergence")
  func summary() {
    let folder = scratchFolder()
    let csv = write(csvText(sampleData()), to: folder)
    let text = reglab(["path", "--csv", csv, "--target", "y"]).stdout
    for phrase in [
      "30 rows × 6 features", "minimize 1/(2n)·‖y − Xw − b‖² + α·‖w‖₁", "α grid", "100 values",
      "non-zero coefficients", "solver ", "all 100 fits met the tolerance",
      "worst duality gap / tolerance",
    ] {
      #expect(text.contains(phrase), "missing \(phrase)")
    }
  }
}

/// The population standard deviation.
func standardDeviation(_ values: [Double]) -> Double {
  let mean = values.reduce(0, +) / Double(values.count)
  return (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)).squareRoot()
}
