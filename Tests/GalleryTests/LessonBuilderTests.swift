import Foundation
import LessonKit
import Testing

@testable import Gallery

/// A stand-in for `swift`: answers from a table and records every call.
final class FakeSwift: @unchecked Sendable {
  private let lock = NSLock()
  private var recorded: [[String]] = []
  let answer: @Sendable ([String]) -> ChildProcess.Result

  init(_ answer: @escaping @Sendable ([String]) -> ChildProcess.Result) { self.answer = answer }

  var calls: [[String]] { lock.withLock { recorded } }
  var run: LessonBuilder.Swift {
    { arguments in
      self.lock.withLock { self.recorded.append(arguments) }
      return self.answer(arguments)
    }
  }
}

@Suite("Lesson builder") struct LessonBuilderTests {
  let lessons = [Entries.info(1), Entries.info(2)]
  static let binPath = ChildProcess.Result(
    termination: .exited(0), standardOutput: "/pkg/.build/x86_64/debug\n")

  @Test("one build of every product, then the bin path; no lesson fails") func allBuild() {
    let swift = FakeSwift {
      $0.last == "--show-bin-path" ? Self.binPath : .init(termination: .exited(0))
    }
    let build = LessonBuilder(configuration: "debug", swift: swift.run).build(lessons) { _ in }
    #expect(
      swift.calls == [
        ["build", "-c", "debug"], ["build", "-c", "debug", "--show-bin-path"],
      ])
    #expect(build == .init(binPath: "/pkg/.build/x86_64/debug", failures: [:]))
  }

  @Test("when the whole build fails, each lesson is built alone and only the broken one fails")
  func oneBroken() {
    let swift = FakeSwift { arguments in
      if arguments.last == "--show-bin-path" { return Self.binPath }
      if arguments == ["build", "-c", "release", "--product", "lesson-1"] {
        return .init(termination: .exited(0))
      }
      return .init(
        termination: .exited(1),
        standardOutput: "error: emit-module command failed with exit code 1 (use -v)\n"
          + "[3/7] Compiling\n/pkg/Lessons/x/main.swift:1:14: error: bad\n"
          + "  |              `- error: bad\n"
          + "/pkg/Lessons/x/main.swift:1:14: error: bad\n[4/7] Compiling\n")
    }
    var messages: [String] = []
    let build = LessonBuilder(configuration: "release", rootPrefix: "/pkg/", swift: swift.run)
      .build(lessons) { messages.append($0) }
    #expect(swift.calls.count == 4)
    #expect(swift.calls[1] == ["build", "-c", "release", "--product", "lesson-1"])
    #expect(swift.calls[2] == ["build", "-c", "release", "--product", "lesson-2"])
    #expect(
      build.failures == [
        2: LessonOutcome(
          stage: .build, termination: .exited(1), tail: ["Lessons/x/main.swift:1:14: error: bad"])
      ])
    #expect(messages == ["swift build -c release failed; building each lesson on its own."])
  }

  @Test("without error lines, a failed build's tail is the end of its output") func noErrorLines() {
    let builder = LessonBuilder(
      configuration: "debug", swift: { _ in .init(termination: .exited(0)) })
    let result = ChildProcess.Result(
      termination: .exited(1), standardOutput: "a\nb\n", standardError: "c\n")
    #expect(builder.messages(result) == ["c", "a", "b"])
  }

  @Test("if swift cannot be run, there is no bin path and the reason is reported")
  func noSwift() {
    let swift = FakeSwift { _ in .init(termination: .notStarted("/usr/bin/env: no swift")) }
    var messages: [String] = []
    let build = LessonBuilder(configuration: "debug", swift: swift.run).build(lessons) {
      messages.append($0)
    }
    #expect(build.binPath == nil)
    #expect(build.failures.count == 2)
    #expect(messages.last == "swift build --show-bin-path failed: /usr/bin/env: no swift")
  }
}
