/// One claim a lesson makes: the statement, what was measured (with its numbers), and
/// whether it held.
///
/// A lesson computes `measured` and `holds` from its own experiment; the tests re-derive
/// the same numbers independently rather than trusting `holds`.
public struct Claim: Equatable, Sendable {
  /// The claim's letter in the catalogue, e.g. `"a"`.
  public let label: String
  /// The statement, as a learner would say it.
  public let statement: String
  /// What was measured, with the numbers and the bound they were held to.
  public let measured: String
  /// Whether the measurement supports the statement.
  public let holds: Bool

  public init(_ label: String, _ statement: String, measured: String, holds: Bool) {
    self.label = label
    self.statement = statement
    self.measured = measured
    self.holds = holds
  }

  /// A claim that a measured quantity is at most `bound`: `measured ≤ bound`.
  ///
  /// - Parameters:
  ///   - quantity: What the number is, e.g. `"largest KKT violation"`.
  ///   - value: The measured value; NaN never holds.
  public static func atMost(
    _ label: String, _ statement: String, quantity: String, value: Double, bound: Double
  ) -> Claim {
    Claim(
      label, statement,
      measured: "\(quantity) = \(NumberFormat.readable(value, significant: 3))"
        + " ≤ \(NumberFormat.readable(bound, significant: 3))",
      holds: value <= bound)
  }

  /// A claim that a measured quantity is at least `bound`: `measured ≥ bound`.
  public static func atLeast(
    _ label: String, _ statement: String, quantity: String, value: Double, bound: Double
  ) -> Claim {
    Claim(
      label, statement,
      measured: "\(quantity) = \(NumberFormat.readable(value, significant: 3))"
        + " ≥ \(NumberFormat.readable(bound, significant: 3))",
      holds: value >= bound)
  }
}
