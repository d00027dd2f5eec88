import AtomicOutput
import Foundation
import Testing

/// A lesson program interrupted while it writes its files leaves nothing behind.
@Suite("Interrupted lessons") struct LessonInterruptionTests {
  @Test("SIGINT while lesson-1 writes: no temporary, no folder, nothing half-written")
  func interrupted() throws {
    let program = try Package.program("lesson-1")
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lesson-interrupt-\(UUID().uuidString)"
    ).path
    let folder = root + "/lesson-1"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = ["--output", root, "--quiet"]
    process.environment = [FileSet.pauseVariable: "20"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let temporary = ".claims.csv.partial-\(process.processIdentifier)"
    let deadline = Date().addingTimeInterval(30)
    while !Package.contents(of: folder).contains(temporary) && Date() < deadline {
      Thread.sleep(forTimeInterval: 0.02)
    }
    #expect(Package.contents(of: folder).contains(temporary))
    kill(process.processIdentifier, SIGINT)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    // The folders the run made are removed with the temporaries: as if it never ran.
    #expect(!FileManager.default.fileExists(atPath: folder))
    #expect(Package.contents(of: root).isEmpty)
  }
}
