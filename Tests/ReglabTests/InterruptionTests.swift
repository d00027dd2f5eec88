import AtomicOutput
import Foundation
import Testing

@testable import reglab

/// The built `reglab` beside the test bundle (`swift test` builds every product there).
private let reglabProgram: String? = {
  let bundles = Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
  let folders =
    bundles.map { $0.deletingLastPathComponent() }
    + [Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()]
    .compactMap { $0 }
  return folders.map { $0.path + "/reglab" }.first {
    FileManager.default.isExecutableFile(atPath: $0)
  }
}()

private func names(_ folder: String) -> [String] {
  ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
}

/// Starts reglab writing into `out`, pausing with its temporaries written, and sends
/// `signal` once they are there; returns the process after it ended.
private func interrupt(_ program: String, csv: String, out: String, with signal: Int32) throws
  -> Process
{
  let process = Process()
  process.executableURL = URL(fileURLWithPath: program)
  process.arguments = ["path", "--csv", csv, "--target", "y", "--out", out]
  process.environment = [FileSet.pauseVariable: "20"]
  process.standardOutput = FileHandle.nullDevice
  process.standardError = FileHandle.nullDevice
  try process.run()
  let temporaries = [".path.csv.partial-", ".path.svg.partial-"].map {
    $0 + "\(process.processIdentifier)"
  }
  let deadline = Date().addingTimeInterval(15)
  while !temporaries.allSatisfy(names(out).contains) && Date() < deadline {
    Thread.sleep(forTimeInterval: 0.02)
  }
  kill(process.processIdentifier, signal)
  process.waitUntilExit()
  return process
}

@Suite("Interrupted and blocked writes", .serialized) struct InterruptionTests {
  @Test("a destination that cannot be written: exit 73, the other file keeps its contents")
  func blockedDestination() throws {
    let folder = scratchFolder()
    let csv = write(csvText(sampleData()), to: folder)
    let out = folder + "/out"
    #expect(reglab(["path", "--csv", csv, "--target", "y", "--out", out]).status == 0)
    let before = try String(contentsOfFile: out + "/path.csv", encoding: .utf8)
    try FileManager.default.removeItem(atPath: out + "/path.svg")
    try FileManager.default.createDirectory(
      atPath: out + "/path.svg", withIntermediateDirectories: false)
    let result = reglab(["path", "--csv", csv, "--target", "y", "--out", out, "--n-alphas", "5"])
    #expect(result.status == 73)
    #expect(
      result.stderr
        == "reglab: cannot write \(out)/path.svg: a folder has that name; nothing was written\n")
    #expect(try String(contentsOfFile: out + "/path.csv", encoding: .utf8) == before)
    #expect(names(out) == ["path.csv", "path.svg"])
  }

  @Test(
    "SIGINT or SIGTERM while writing: temporaries removed, old files intact; after SIGKILL the next run ignores and removes the stale ones",
    .enabled(if: reglabProgram != nil, "the built reglab is beside the test bundle"))
  func interruptedRuns() throws {
    let program = try #require(reglabProgram)
    let folder = scratchFolder()
    let csv = write(csvText(sampleData()), to: folder)
    let out = folder + "/out"
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    for name in ["path.csv", "path.svg"] { _ = write("old", to: out, name: name) }
    for signal in [SIGINT, SIGTERM] {
      let process = try interrupt(program, csv: csv, out: out, with: signal)
      #expect(process.terminationReason == .uncaughtSignal)
      #expect(process.terminationStatus == signal)
      #expect(names(out) == ["path.csv", "path.svg"])
      #expect(try String(contentsOfFile: out + "/path.csv", encoding: .utf8) == "old")
    }
    let killed = try interrupt(program, csv: csv, out: out, with: SIGKILL)
    #expect(names(out).count == 4)  // the two temporaries stay: no handler sees SIGKILL
    #expect(try String(contentsOfFile: out + "/path.svg", encoding: .utf8) == "old")
    _ = killed
    #expect(reglab(["path", "--csv", csv, "--target", "y", "--out", out]).status == 0)
    #expect(names(out) == ["path.csv", "path.svg"])
    #expect(try String(contentsOfFile: out + "/path.csv", encoding: .utf8) != "old")
  }
}
