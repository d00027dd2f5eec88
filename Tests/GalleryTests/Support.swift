import Foundation
import Gallery
import LessonKit
import Testing

/// Where the package, its committed gallery and the built programs are.
enum Package {
  /// The package root: three levels above this file (`Tests/GalleryTests/Support.swift`).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  /// The committed gallery, `Output/`.
  static let output = root + "/Output"

  /// The folder holding the built programs. `swift test` builds every executable product
  /// into the folder of the test bundle, so the programs are found beside it.
  static let binPath: String? = {
    let bundles = Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
    let candidates =
      bundles.map { $0.deletingLastPathComponent() }
      + [Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()]
      .compactMap { $0 }
    return candidates.map(\.path).first {
      FileManager.default.isExecutableFile(atPath: $0 + "/lessons")
    }
  }()

  /// The path of a built program, or an error that says how to get it.
  static func program(_ name: String) throws -> String {
    guard let binPath else {
      throw Missing("no folder beside the test bundle holds the built 'lessons'; run swift build")
    }
    let path = binPath + "/" + name
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw Missing("\(path) was not built; run swift build")
    }
    return path
  }

  /// Every file under `folder` whose name ends with `suffix`, as paths relative to it,
  /// sorted.
  static func files(under folder: String, endingWith suffix: String) -> [String] {
    let names = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
    return names.filter { $0.hasSuffix(suffix) }.sorted()
  }

  /// The names in `folder`, sorted; hidden ones included.
  static func contents(of folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
  }

  /// A fresh, empty temporary folder.
  static func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "gallery-tests-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }
}

struct Missing: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

extension LessonInfo: CustomTestStringConvertible {
  public var testDescription: String { program }
}

/// Collects the lines a runner prints, from any thread.
final class LineCapture: @unchecked Sendable {
  private let lock = NSLock()
  private var storage: [String] = []
  var lines: [String] { lock.withLock { storage } }
  var sink: @Sendable (String) -> Void {
    { line in self.lock.withLock { self.storage.append(line) } }
  }
}

/// A fresh, empty temporary folder.
func temporaryFolder() -> String { Package.temporaryFolder() }

/// The names in `path`, sorted.
func filesIn(_ path: String) -> [String] { Package.contents(of: path) }
