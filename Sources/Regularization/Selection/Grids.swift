import Foundation

/// `count` evenly spaced values from `start` to `stop`, both included (numpy's `linspace`).
///
///     v_i = start + i · (stop − start)/(count − 1),   v_{count−1} = stop exactly
public func linearSpace(from start: Double, to stop: Double, count: Int) -> [Double] {
  precondition(count >= 0, "count must be >= 0")
  if count == 0 { return [] }
  if count == 1 { return [start] }
  let step = (stop - start) / Double(count - 1)
  var values = (0..<count).map { start + Double($0) * step }
  values[count - 1] = stop
  return values
}

/// `count` values from `start` to `stop` evenly spaced in log₁₀ (numpy's `logspace` on the
/// exponents `log₁₀ start … log₁₀ stop`); both ends must be > 0.
///
///     v_i = 10^(log₁₀ start + i · (log₁₀ stop − log₁₀ start)/(count − 1))
public func logSpace(from start: Double, to stop: Double, count: Int) -> [Double] {
  precondition(start > 0 && stop > 0, "logSpace needs positive ends, got \(start) and \(stop)")
  return linearSpace(from: log10(start), to: log10(stop), count: count).map { pow(10, $0) }
}
