import Foundation
import Gallery
import LessonKit
import Testing

@Suite("The lessons program") struct LessonsCommandTests {
  @Test("without arguments it prints one line per lesson, then a hint, and exits 0")
  func list() throws {
    let result = ChildProcess(try Package.program("lessons"), []).run()
    #expect(result.termination == .exited(0))
    let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(Array(lines.prefix(Catalogue.lessons.count)).map(String.init) == Catalogue.listing())
    #expect(result.standardError.isEmpty)
  }

  @Test("an unknown subcommand is one line on stderr, then the usage; exit 64")
  func unknown() throws {
    let result = ChildProcess(try Package.program("lessons"), ["bogus"]).run()
    #expect(result.termination == .exited(64))
    #expect(result.standardOutput.isEmpty)
    let lines = result.standardError.split(separator: "\n")
    #expect(lines.first == "lessons: unknown subcommand 'bogus'")
    #expect(lines.dropFirst().first?.hasPrefix("usage: lessons") == true)
  }

  @Test("all --no-build runs every lesson into the folder and writes the page; exit 0")
  func all() throws {
    let root = Package.temporaryFolder() + "/gallery"
    let result = ChildProcess(
      try Package.program("lessons"), ["all", "--no-build", "--output", root]
    ).run()
    #expect(result.termination == .exited(0), "\(result.standardError)")
    let expected = (["README.md"] + Catalogue.lessons.map(\.program)).sorted()
    #expect(Package.contents(of: root) == expected)  // no staging folder left behind
    let lines = result.standardOutput.split(separator: "\n")
    for info in Catalogue.lessons {
      #expect(lines.contains { $0.hasPrefix("\(info.program)  ok: ") })
    }
    let page = try String(contentsOfFile: root + "/README.md", encoding: .utf8)
    for info in Catalogue.lessons {
      #expect(page.contains("## <a id=\"\(info.program)\"></a>Lesson \(info.number) · "))
    }
  }
}
