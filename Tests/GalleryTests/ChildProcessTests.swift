import LessonKit
import Testing

@testable import Gallery

@Suite("Child processes") struct ChildProcessTests {
  @Test("collects standard output and error separately, with the exit status") func streams() {
    let result = ChildProcess("/bin/sh", ["-c", "echo out; echo err >&2; exit 3"]).run()
    #expect(result.termination == .exited(3))
    #expect(result.standardOutput == "out\n")
    #expect(result.standardError == "err\n")
  }

  @Test("a program that writes far more than a pipe holds still finishes") func chatty() {
    // 1 MB on each stream: 16 times a Linux pipe's 64 KB buffer.
    let script =
      "head -c 1000000 /dev/zero | tr '\\0' x; head -c 1000000 /dev/zero | tr '\\0' y >&2"
    let result = ChildProcess("/bin/sh", ["-c", script]).run()
    #expect(result.termination == .exited(0))
    #expect(result.standardOutput.utf8.count == 1_000_000)
    #expect(result.standardError.utf8.count == 1_000_000)
  }

  @Test("a process killed by a signal is reported with the signal's number") func signal() {
    let result = ChildProcess("/bin/sh", ["-c", "kill -KILL $$"]).run()
    #expect(result.termination == .signalled(9))
  }

  @Test("a program that does not exist is reported as not started, naming it") func missing() {
    let result = ChildProcess("/no/such/program", []).run()
    guard case .notStarted(let reason) = result.termination else {
      Issue.record("expected notStarted, got \(result.termination)")
      return
    }
    #expect(reason.hasPrefix("/no/such/program: "))
  }

  @Test("standard input is empty, so a program never waits for the keyboard") func stdin() {
    #expect(ChildProcess("/bin/cat", []).run() == .init(termination: .exited(0)))
  }

  @Test("the tail drops trailing blank lines, keeps the last lines and strips the root")
  func lastLines() {
    let text = "one\n/root/a.swift:1: error\nthree\n\n  \n"
    #expect(
      ChildProcess.lastLines(text, count: 2, removing: "/root/") == ["a.swift:1: error", "three"])
    #expect(ChildProcess.lastLines("", count: 5).isEmpty)
    #expect(ChildProcess.lastLines("a\r\nb", count: 5) == ["a", "b"])
  }
}
