import Foundation
import Regularization

@testable import reglab

/// What one in-process run of reglab produced.
struct Outcome {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs reglab with `arguments`, capturing both streams.
func reglab(_ arguments: [String]) -> Outcome {
  var out = ""
  var err = ""
  let status = run(arguments: arguments, stdout: &out, stderr: &err)
  return Outcome(status: status, stdout: out, stderr: err)
}

/// A fresh folder under the temporary directory, unique per call.
func scratchFolder() -> String {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "reglab-tests-\(UUID().uuidString)")
  try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url.path
}

/// Writes `text` to `<folder>/<name>` and returns the path.
func write(_ text: String, to folder: String, name: String = "data.csv") -> String {
  let path = folder + "/" + name
  try! text.write(toFile: path, atomically: true, encoding: .utf8)
  return path
}

/// A small regression data set (seeded), `features` columns x1…xp and a target y.
func sampleData(samples: Int = 30, features: Int = 6, seed: UInt64 = 1) -> Dataset {
  var rng = Xoshiro256StarStar(seed: seed)
  return try! makeRegression(
    samples: samples, features: features, informative: 3, noise: 1, bias: 2, using: &rng
  ).dataset
}

/// `data` as CSV text: header `x1,…,xp,y`, numbers in shortest round-trip form.
func csvText(_ data: Dataset, lineEnd: String = "\n") -> String {
  let header = (1...data.featureCount).map { "x\($0)" } + ["y"]
  var text = header.joined(separator: ",") + lineEnd
  for i in 0..<data.sampleCount {
    text += (data.features.row(i) + [data.targets[i]]).map { "\($0)" }.joined(separator: ",")
    text += lineEnd
  }
  return text
}

/// Whether anything exists at `path`.
func exists(_ path: String) -> Bool {
  FileManager.default.fileExists(atPath: path)
}

/// The JSON object reglab printed.
func jsonObject(_ text: String) -> [String: Any] {
  (try! JSONSerialization.jsonObject(with: Data(text.utf8))) as! [String: Any]
}

/// reglab's `--json` output decoded with `JSONDecoder`, which reads every number back
/// exactly (Linux `JSONSerialization` can miss the last digit of a long one).
func decode<T: Decodable>(_ type: T.Type, _ text: String) -> T {
  let decoder = JSONDecoder()
  decoder.keyDecodingStrategy = .convertFromSnakeCase
  return try! decoder.decode(T.self, from: Data(text.utf8))
}

/// The numbers of `reglab path --json`.
struct PathOutput: Decodable {
  var alphas: [Double]
  var intercepts: [Double]
  var coefficients: [[Double]]
  var featureNames: [String]
  var nIter: [Int]
  var dualGaps: [Double]
  var gapTolerance: Double
  var converged: [Bool]
  var solverSeconds: Double
  var ridgeAlphas: [Double]?
}

/// The numbers of `reglab fit --json` (and the refit of `cv`).
struct FitOutput: Decodable {
  var alpha: Double
  var intercept: Double
  var coefficients: [Double]
  var featureNames: [String]
  var nIter: Int
  var dualGap: Double
  var gapTolerance: Double
  var converged: Bool
  var solverSeconds: Double
  var ridgeAlpha: Double?
}

/// The numbers of `reglab cv --json`.
struct CrossValidationOutput: Decodable {
  var alphas: [Double]
  var msePath: [[Double]]
  var meanMse: [Double]
  var bestIndex: Int
  var folds: Int
  var alpha: Double
  var intercept: Double
  var coefficients: [Double]
}
