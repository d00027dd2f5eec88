import Figures
import Foundation

/// Collects the lines a narrative or runner prints, from any thread.
final class LineCapture: @unchecked Sendable {
  private let lock = NSLock()
  private var storage: [String] = []
  var lines: [String] { lock.withLock { storage } }
  var text: String { lines.joined(separator: "\n") }
  var sink: @Sendable (String) -> Void {
    { line in self.lock.withLock { self.storage.append(line) } }
  }
}

/// A minimal figure for tests.
struct StubFigure: Figure {
  var label = "stub"
  func svg() -> String { "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>\(label)</title></svg>" }
  func csv() -> String { "x,y\r\n1.0,2.0\r\n" }
}

/// A fresh, empty temporary folder.
func temporaryFolder() -> String {
  let path = NSTemporaryDirectory() + "lessonkit-" + UUID().uuidString
  try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

func filesIn(_ path: String) -> [String] {
  ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
}
