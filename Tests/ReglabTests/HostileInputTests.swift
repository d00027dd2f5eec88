import Foundation
import Regularization
import Testing

@testable import reglab

/// `sampleData()` multiplied by a power of two so that its largest |value| is in [1, 2):
/// data that reglab solves unscaled, and whose multiples by 2^k it solves on the same bits.
private func unitData(samples: Int = 30) -> Dataset {
  let data = sampleData(samples: samples, features: 4)
  let largest = max(maxNorm(data.features.elements), maxNorm(data.targets))
  return scaled(data, by: powerOfTwoScale(toNormalize: largest))
}

private func scaled(_ data: Dataset, by factor: Double) -> Dataset {
  var features = data.features
  features.elements = features.elements.map { $0 * factor }
  return try! Dataset(features: features, targets: data.targets.map { $0 * factor })
}

@Suite("Hostile input") struct HostileInputTests {
  @Test("values whose squares overflow (×2^300) give exactly the fit of the data near 1")
  func overflowingSquaresAreScaled() throws {
    let folder = scratchFolder()
    let unit = write(csvText(unitData()), to: folder, name: "unit.csv")
    let big = write(csvText(scaled(unitData(), by: 0x1p300)), to: folder, name: "big.csv")
    // fit: α on the big data is 2^600 times α on the unit data (the objective scales by 2^600).
    let a = decode(
      FitOutput.self,
      reglab(["fit", "--csv", unit, "--target", "y", "--alpha", "0.01", "--json"]).stdout)
    let bigFit = reglab([
      "fit", "--csv", big, "--target", "y", "--alpha", "\(0.01 * 0x1p600)", "--json",
    ])
    #expect(bigFit.status == 0)
    let b = decode(FitOutput.self, bigFit.stdout)
    // A power of two commutes with every rounding: the same bits, the intercept × 2^300.
    #expect(b.coefficients == a.coefficients)
    #expect(b.intercept == a.intercept * 0x1p300)
    #expect(jsonObject(bigFit.stdout)["data_scale"] as? Double == 0x1p-300)
    // path and cv: the same grid × 2^600, the same coefficients, MSEs × 2^600.
    let p = decode(
      PathOutput.self, reglab(["path", "--csv", unit, "--target", "y", "--json"]).stdout)
    let q = decode(
      PathOutput.self, reglab(["path", "--csv", big, "--target", "y", "--json"]).stdout)
    #expect(q.alphas == p.alphas.map { $0 * 0x1p600 })
    #expect(q.coefficients == p.coefficients)
    let options = ["--target", "y", "--folds", "3", "--n-alphas", "10", "--json"]
    let c = decode(CrossValidationOutput.self, reglab(["cv", "--csv", unit] + options).stdout)
    let d = decode(CrossValidationOutput.self, reglab(["cv", "--csv", big] + options).stdout)
    #expect(d.meanMse == c.meanMse.map { $0 * 0x1p600 })
    #expect(d.coefficients == c.coefficients)
  }

  @Test("values near 1e160: fit recovers the coefficients; path and cv refuse (α overflows)")
  func valuesNear1e160() throws {
    let folder = scratchFolder()
    var text = "x1,x2,x3,y\n"
    var rng = Xoshiro256StarStar(seed: 4)
    for _ in 0..<30 {
      let x = (0..<3).map { _ in rng.normal() }
      let y = 1.5 * x[0] - 2 * x[1] + 0.5 * x[2]
      text += (x + [y]).map { "\($0 * 1e160)" }.joined(separator: ",") + "\n"
    }
    let csv = write(text, to: folder)
    let fit = reglab([
      "fit", "--csv", csv, "--target", "y", "--alpha", "0.01", "--json", "--tol", "1e-12",
    ])
    #expect(fit.status == 0)
    let w = decode(FitOutput.self, fit.stdout).coefficients
    // Noise-free data and α' = 0.01·2^-1066 ≈ 0: least squares to within the tolerance
    // (gap ≤ 1e-12·‖y‖² bounds the error by ~1e-6·‖w‖); measured 5e-8.
    #expect(maxAbsDifference(w, [1.5, -2, 0.5]) < 1e-6)
    for command in [["path"], ["cv"], ["path", "--json"]] {
      let out = folder + "/out"
      let result = reglab(command + ["--csv", csv, "--target", "y", "--out", out])
      #expect(result.status == 65)
      #expect(
        result.stderr.hasPrefix("reglab: \(csv): the computed alphas[0] is not a finite number"))
      #expect(result.stderr.contains("column 4, \"y\""))
      #expect(result.stdout.isEmpty)
      #expect(!exists(out))
    }
    // --standardize puts the problem at scale 1: the same path as the data divided by 1e160.
    let standardized = reglab(["path", "--csv", csv, "--target", "y", "--standardize", "--json"])
    #expect(standardized.status == 0)
    let path = decode(PathOutput.self, standardized.stdout)
    #expect(path.coefficients.joined().allSatisfy { $0.isFinite })
    // The smallest α (eps 1e-3 of α_max) shrinks each |w_j| by ~α·sd_j/sd_y: measured 0.011.
    #expect(maxAbsDifference(path.coefficients.last ?? [], [1.5, -2, 0.5]) < 0.05)
  }

  @Test("a column too small beside a huge one is refused naming both")
  func incompatibleMagnitudes() {
    let folder = scratchFolder()
    let csv = write("x1,x2,y\n1e300,1e-300,1\n-1e300,2e-300,2\n5e299,0,3\n", to: folder)
    let result = reglab(["fit", "--csv", csv, "--target", "y", "--alpha", "1"])
    #expect(result.status == 65)
    #expect(
      result.stderr.hasPrefix(
        "reglab: \(csv): column 2 (\"x2\") has values only up to 2e-300, while column 1 "
          + "(\"x1\") reaches 1e+300"))
  }

  @Test("--eps whose α_max·eps underflows: exit 64 naming the option and the limit")
  func epsUnderflow() {
    let folder = scratchFolder()
    let csv = write(csvText(unitData()), to: folder)
    for command in ["path", "cv"] {
      let result = reglab([command, "--csv", csv, "--target", "y", "--eps", "1e-320"])
      #expect(result.status == 64)
      let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
      #expect(first.hasPrefix("reglab: --eps 1e-320 makes the smallest α, eps·α_max with α_max = "))
      #expect(first.contains("--eps must be at least "))
    }
  }

  @Test("cv on 2 or 3 rows: the real limit, named, with 65 or 64; 3 rows with --folds 3 works")
  func cvOnFewRows() {
    let folder = scratchFolder()
    let two = write("x,y\n1,2\n2,5\n", to: folder, name: "two.csv")
    let three = write("x,y\n1,2\n2,5\n4,4\n", to: folder, name: "three.csv")
    let a = reglab(["cv", "--csv", two, "--target", "y", "--folds", "2"])
    #expect(a.status == 65)
    #expect(
      a.stderr == "reglab: \(two): cross-validation needs at least 3 data rows (each fold "
        + "trains on the other folds' rows, at least 2), and the file has 2\n")
    let b = reglab(["cv", "--csv", three, "--target", "y", "--folds", "2"])
    #expect(b.status == 64)
    #expect(
      b.stderr.hasPrefix(
        "reglab: --folds 2 leaves 1 training row in a fold of the 3 data rows of \(three); "
          + "each fold needs at least 2 (use --folds 3)\n"))
    #expect(reglab(["cv", "--csv", three, "--target", "y", "--folds", "3"]).status == 0)
    let four = write("x,y\n1,2\n2,5\n4,4\n3,3\n", to: folder, name: "four.csv")
    #expect(reglab(["cv", "--csv", four, "--target", "y", "--folds", "2"]).status == 0)
  }

  @Test("data of magnitude 1e-300 standardize (the variance no longer underflows)")
  func tinyDataStandardize() {
    let folder = scratchFolder()
    let unit = write(csvText(unitData()), to: folder, name: "unit.csv")
    let tiny = write(csvText(scaled(unitData(), by: 0x1p-997)), to: folder, name: "tiny.csv")
    let a = reglab(["path", "--csv", unit, "--target", "y", "--standardize", "--json"])
    let b = reglab(["path", "--csv", tiny, "--target", "y", "--standardize", "--json"])
    #expect(b.status == 0)
    // Standardized, the two files are the same problem, to the bit.
    #expect(decode(PathOutput.self, b.stdout).alphas == decode(PathOutput.self, a.stdout).alphas)
  }

  @Test("a column varying only at rounding level is not called constant")
  func nearlyConstant() {
    let folder = scratchFolder()
    let csv = write("x1,x2,y\n1,1,1\n2,1.0000000000000002,2\n3,1,4\n", to: folder)
    let result = reglab(["path", "--csv", csv, "--target", "y", "--standardize"])
    #expect(result.status == 65)
    #expect(
      result.stderr == "reglab: \(csv): column 2 (\"x2\") varies only at the level of rounding "
        + "(standard deviation ≤ 1e-12 of its largest |value|), so --standardize would divide "
        + "by noise; drop it or rescale it\n")
  }

  @Test("a FIFO is read as a stream")
  func fifo() throws {
    let folder = scratchFolder()
    let fifo = folder + "/data.csv"
    #expect(mkfifo(fifo, 0o600) == 0)
    let text = csvText(unitData())
    let writer = Thread {
      let handle = FileHandle(forWritingAtPath: fifo)
      handle?.write(Data(text.utf8))
      try? handle?.close()
    }
    writer.start()
    let result = reglab(["fit", "--csv", fifo, "--target", "y", "--alpha", "0.1"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
  }

  @Test("bytes that are not printable are quoted in messages, never echoed raw")
  func binaryIsQuoted() {
    let folder = scratchFolder()
    let path = folder + "/binary.csv"
    let bytes: [UInt8] = Array("x,y\n".utf8) + [0x00, 0x1B, 0xFF, 0x2C, 0x31, 0x0A]
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
    let result = reglab(["fit", "--csv", path, "--target", "y", "--alpha", "1"])
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "reglab: \(path):2:1: cell \"\\u{0}\\u{1b}\\u{fffd}\" in column \"x\" is not a number\n")
    let option = reglab(["fit", "--csv", path, "--target", "y\u{1B}[2J", "--alpha", "1"])
    #expect(!option.stderr.contains("\u{1B}"))
  }

  @Test("a gap below −tolerance (rounding, here ridge with α ≈ 1e-200·‖X‖²) is not converged")
  func negativeGapIsNotACertificate() {
    let folder = scratchFolder()
    // Found by the property test: duplicated columns near 1e250, target near 1e150.
    let csv = write(
      """
      x1,x2,x3,x4,y
      -5.2790382052513096e+249,-5.2790382052513096e+249,-7.936679315385684e+149,-2.0788351477863796e+149,-6.900554583951794e+149
      -8.6696980864082e+249,-8.6696980864082e+249,-1.9681797102985033e+149,8.359100861754377e+149,6.0090470299161705e+149
      5.303252050108768e+249,5.303252050108768e+249,-5.561436486193647e+149,7.336001634962708e+148,-4.466347131170995e+149
      -6.546709414292621e+249,-6.546709414292621e+249,-7.876334151369397e+149,-5.7119913484216695e+149,8.549512628561209e+149

      """, to: folder)
    let result = reglab([
      "fit", "--csv", csv, "--target", "y", "--penalty", "l2", "--alpha", "1e300", "--json",
    ])
    #expect(result.status == 0)
    let fit = decode(FitOutput.self, result.stdout)
    #expect(fit.dualGap < -fit.gapTolerance)  // the computed gap: rounding only
    #expect(!fit.converged)
    #expect(result.stderr.hasPrefix("reglab: warning: 1 of 1 fits did not reach the tolerance"))
  }

  @Test("an α grid near the largest double draws its figure (found by the property test)")
  func alphaNearTheTop() {
    let folder = scratchFolder()
    // α_max = x·y = 1.5e308 (solved scaled by 2^-512), and --eps 1 makes every α equal.
    let csv = write("x,y\n1e154,1.5e154\n-1e154,-1.5e154\n", to: folder)
    let out = folder + "/out"
    let result = reglab([
      "path", "--csv", csv, "--target", "y", "--eps", "1", "--n-alphas", "3", "--out", out,
    ])
    #expect(result.status == 0)
    #expect(exists(out + "/path.svg"))
  }
}
