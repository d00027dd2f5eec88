import Foundation
import Gallery
import LessonKit
import Testing

@Suite("Every lesson is deterministic") struct LessonDeterminismTests {
  @Test(
    "running the lesson twice writes byte-identical files", arguments: Catalogue.lessons)
  func twice(info: LessonInfo) throws {
    let program = try Package.program(info.program)
    var folders: [String] = []
    for _ in 0..<2 {
      let root = Package.temporaryFolder()
      let result = ChildProcess(program, ["--output", root, "--quiet"]).run()
      // Exit 1 (a claim failed) still writes every file, so determinism is checked then too.
      #expect(
        result.termination == .exited(0) || result.termination == .exited(1),
        "\(info.program) ended with \(result.termination): \(result.standardError)")
      folders.append(root + "/" + info.program)
    }
    let names = Package.contents(of: folders[0])
    #expect(!names.isEmpty, "\(info.program) wrote nothing")
    #expect(Package.contents(of: folders[1]) == names)
    for name in names {
      let first = FileManager.default.contents(atPath: folders[0] + "/" + name)
      let second = FileManager.default.contents(atPath: folders[1] + "/" + name)
      #expect(first != nil && first == second, "\(info.program)/\(name) differs between two runs")
    }
  }
}
