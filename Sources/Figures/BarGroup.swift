/// One group of a `BarChart`: a value for each category, drawn as bars of one colour.
public struct BarGroup: Sendable, Equatable {
  /// The legend text and CSV column name.
  public var name: String
  /// One value per category (missing or non-finite values draw no bar).
  public var values: [Double]
  /// The colour, or `nil` for the palette's colour of this group's index.
  public var color: Color?

  /// Creates a group.
  public init(name: String, values: [Double], color: Color? = nil) {
    self.name = name
    self.values = values
    self.color = color
  }
}
