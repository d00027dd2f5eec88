import Foundation
import LessonKit

/// One lesson as the gallery shows it: the catalogue's entry, how its run ended, and what
/// it wrote (its claims from `claims.csv` and each figure's caption from its SVG).
public struct GalleryEntry: Equatable, Sendable {
  /// One figure the catalogue lists, with its caption, or why there is none.
  public struct CaptionedFigure: Equatable, Sendable {
    /// The base name: `<name>.svg` and `<name>.csv`.
    public let name: String
    public let caption: Result<FigureCaption, ReadProblem>

    public init(name: String, caption: Result<FigureCaption, ReadProblem>) {
      self.name = name
      self.caption = caption
    }
  }

  public let info: LessonInfo
  public let outcome: LessonOutcome
  /// The claims, or why `claims.csv` could not be read; empty when nothing was written.
  public let claims: Result<[Claim], ReadProblem>
  /// The figures in catalogue order; empty when nothing was written.
  public let figures: [CaptionedFigure]

  public init(
    info: LessonInfo, outcome: LessonOutcome, claims: Result<[Claim], ReadProblem>,
    figures: [CaptionedFigure]
  ) {
    self.info = info
    self.outcome = outcome
    self.claims = claims
    self.figures = figures
  }

  /// The files a lesson writes: `<figure>.svg` and `<figure>.csv` for each figure in the
  /// catalogue, then `claims.csv` and its notebook page `README.md`.
  public static func expectedFiles(of info: LessonInfo) -> [String] {
    info.figures.flatMap { [$0 + ".svg", $0 + ".csv"] } + ["claims.csv", "README.md"]
  }

  /// Reads what the lesson wrote under `root/lesson-N/`, if its outcome says it wrote
  /// anything. A missing or unreadable file becomes a failure shown in the gallery.
  public static func read(info: LessonInfo, outcome: LessonOutcome, root: String) -> GalleryEntry {
    guard outcome.wroteFiles else {
      return GalleryEntry(info: info, outcome: outcome, claims: .success([]), figures: [])
    }
    let folder = root + "/" + info.program + "/"
    let claims = Result { () throws(ReadProblem) -> [Claim] in
      guard let text = try? String(contentsOfFile: folder + "claims.csv", encoding: .utf8) else {
        throw ReadProblem("claims.csv is missing or not UTF-8")
      }
      do {
        return try ClaimReport.claims(fromCSV: text)
      } catch {
        throw ReadProblem("claims.csv, \(error)")
      }
    }
    let figures = info.figures.map { name in
      let file = name + ".svg"
      return CaptionedFigure(
        name: name,
        caption: Result { () throws(ReadProblem) -> FigureCaption in
          guard let svg = try? String(contentsOfFile: folder + file, encoding: .utf8) else {
            throw ReadProblem("\(file) is missing or not UTF-8")
          }
          do {
            return try FigureCaption(svg: svg)
          } catch {
            throw ReadProblem("\(file): \(error)")
          }
        })
    }
    return GalleryEntry(info: info, outcome: outcome, claims: claims, figures: figures)
  }

  /// Whether the lesson succeeded and everything it wrote could be read, with every claim
  /// holding.
  public var isSuccess: Bool {
    guard outcome.isSuccess, case .success(let claims) = claims else { return false }
    return claims.allSatisfy(\.holds)
      && figures.allSatisfy { if case .success = $0.caption { true } else { false } }
  }
}

/// A file the gallery could not read, and why, in one line.
public struct ReadProblem: Error, Equatable, Sendable, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
