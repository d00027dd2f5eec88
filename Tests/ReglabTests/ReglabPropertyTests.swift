import Foundation
import Regularization
import Testing

@testable import reglab

/// Runs `count` cases from `seed`; returns the failures (case number, arguments, problems).
/// With `log`, each failure is appended to that file as found, with progress every 1000
/// cases and the case about to run (so a crash leaves its case behind).
func runFuzz(seed: UInt64, count: Int, folder: String, log: String? = nil)
  -> (failures: [String], slowest: Double)
{
  func note(_ line: String) {
    guard let log, let handle = FileHandle(forWritingAtPath: log) else { return }
    handle.seekToEndOfFile()
    handle.write(Data((line + "\n").utf8))
    try? handle.close()
  }
  var generator = FuzzGenerator(rng: Xoshiro256StarStar(seed: seed))
  var failures: [String] = []
  var slowest = 0.0
  let csv = folder + "/data.csv"
  for index in 0..<count {
    let out = folder + "/out-\(index)"
    let fuzz = generator.next(out: out, csv: csv)
    _ = FileManager.default.createFile(atPath: csv, contents: Data(fuzz.text.utf8))
    if let log {
      try? fuzz.arguments.joined(separator: " ").write(
        toFile: log + ".current", atomically: false, encoding: .utf8)
    }
    if index % 1000 == 0 {
      note("progress: \(index) cases, \(failures.count) failing, slowest \(slowest) s")
    }
    let start = ContinuousClock.now
    let result = reglab(fuzz.arguments)
    let seconds = Problem.seconds(since: start)
    slowest = max(slowest, seconds)
    if seconds > 2 {
      note("slow: \(seconds) s: case \(index): \(fuzz.arguments.joined(separator: " "))")
    }
    let problems = fuzzViolations(fuzz, result, out: out)
    if !problems.isEmpty {
      failures.append(
        "case \(index): \(fuzz.arguments.joined(separator: " "))\n  "
          + problems.joined(separator: "\n  ")
          + "\n  data: \(fuzz.text.prefix(300).debugDescription)")
      note(failures[failures.count - 1])
    }
    try? FileManager.default.removeItem(atPath: out)
  }
  return (failures, slowest)
}

@Suite("reglab under random input") struct ReglabPropertyTests {
  /// 200 cases take ~3 s in a debug build on a busy machine; `REGLAB_FUZZ_CASES` and `REGLAB_FUZZ_SEED` run
  /// more by hand.
  @Test(
    "random CSVs and option edges: exit 0/64/65/66/73, finite output, certified gaps, nothing written on failure"
  )
  func randomInputs() {
    let environment = ProcessInfo.processInfo.environment
    let count = environment["REGLAB_FUZZ_CASES"].flatMap { Int($0) } ?? 200
    let seed = environment["REGLAB_FUZZ_SEED"].flatMap { UInt64($0) } ?? 16
    let log = environment["REGLAB_FUZZ_LOG"]
    if let log { _ = FileManager.default.createFile(atPath: log, contents: Data()) }
    let (failures, slowest) = runFuzz(
      seed: seed, count: count, folder: scratchFolder(), log: log)
    if let log {
      try? "done: \(count) cases, \(failures.count) failing, slowest \(slowest) s\n".write(
        toFile: log + ".done", atomically: true, encoding: .utf8)
    }
    #expect(
      failures.isEmpty,
      "\(failures.count) of \(count) cases:\n\(failures.prefix(20).joined(separator: "\n"))")
    // A case that takes this long in-process is a hang in the making.
    #expect(slowest < 20, "slowest case \(slowest) s")
  }
}
