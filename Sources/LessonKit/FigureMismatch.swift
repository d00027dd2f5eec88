/// How the figures a lesson showed differ from the ones its catalogue entry lists: names
/// missing, names not in the catalogue, or the same names in another order.
///
/// The catalogue is the one list of a lesson's files (the gallery and the tests read it),
/// so a lesson that shows other figures is a bug of the lesson, reported before anything
/// is written.
public struct FigureMismatch: Equatable, Sendable, CustomStringConvertible {
  public let shown: [String]
  public let catalogued: [String]

  /// The mismatch, or nil when `shown` equals `catalogued`.
  public init?(shown: [String], catalogued: [String]) {
    guard shown != catalogued else { return nil }
    self.shown = shown
    self.catalogued = catalogued
  }

  /// Catalogued figures the lesson did not show.
  public var missing: [String] { catalogued.filter { !shown.contains($0) } }
  /// Figures the lesson showed that the catalogue does not list.
  public var extra: [String] { shown.filter { !catalogued.contains($0) } }

  public var description: String {
    var parts: [String] = []
    if !missing.isEmpty { parts.append("not shown: " + missing.joined(separator: ", ")) }
    if !extra.isEmpty { parts.append("not in the catalogue: " + extra.joined(separator: ", ")) }
    if parts.isEmpty {
      parts.append(
        "shown in the order " + shown.joined(separator: ", ") + ", catalogued as "
          + catalogued.joined(separator: ", "))
    }
    return "the figures shown differ from the catalogue's list (" + parts.joined(separator: "; ")
      + ")"
  }
}
