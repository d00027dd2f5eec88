// Vector operations on `[Double]`. Free functions rather than operators, because `+` on
// arrays already means concatenation in Swift.

/// The inner product `aᵀb = Σ_i a_i·b_i`.
public func dot(_ a: [Double], _ b: [Double]) -> Double {
  precondition(a.count == b.count, "dot needs equal lengths, got \(a.count) and \(b.count)")
  var sum = 0.0
  a.withUnsafeBufferPointer { x in
    b.withUnsafeBufferPointer { y in
      for i in 0..<x.count { sum += x[i] * y[i] }
    }
  }
  return sum
}

/// The squared Euclidean norm `‖v‖₂² = Σ_i v_i²`.
public func squaredNorm(_ v: [Double]) -> Double { dot(v, v) }

/// The Euclidean norm `‖v‖₂ = √(Σ_i v_i²)`, computed as `m·‖v/m‖₂` with `m = ‖v‖_∞` so
/// that neither tiny entries (whose squares underflow below 1e-154) nor huge ones (whose
/// squares overflow above 1e154) lose the norm.
public func euclideanNorm(_ v: [Double]) -> Double {
  let largest = maxNorm(v)
  guard largest > 0, largest.isFinite else { return largest }
  var sum = 0.0
  for x in v {
    let scaledEntry = x / largest
    sum += scaledEntry * scaledEntry
  }
  return largest * sum.squareRoot()
}

/// The L1 norm `‖v‖₁ = Σ_i |v_i|`.
public func l1Norm(_ v: [Double]) -> Double { v.reduce(0) { $0 + abs($1) } }

/// The maximum norm `‖v‖_∞ = max_i |v_i|` (0 for an empty vector).
public func maxNorm(_ v: [Double]) -> Double { v.reduce(0) { max($0, abs($1)) } }

/// The element-wise sum `a + b`.
public func adding(_ a: [Double], _ b: [Double]) -> [Double] {
  precondition(a.count == b.count, "adding needs equal lengths, got \(a.count) and \(b.count)")
  return zip(a, b).map { $0 + $1 }
}

/// The element-wise difference `a − b`.
public func subtracting(_ a: [Double], _ b: [Double]) -> [Double] {
  precondition(a.count == b.count, "subtracting needs equal lengths, got \(a.count) and \(b.count)")
  return zip(a, b).map { $0 - $1 }
}

/// The scaled vector `s·v`.
public func scaled(_ v: [Double], by s: Double) -> [Double] { v.map { $0 * s } }

/// The arithmetic mean `(1/n)·Σ_i v_i`; NaN for an empty vector.
public func mean(_ v: [Double]) -> Double {
  v.isEmpty ? .nan : v.reduce(0, +) / Double(v.count)
}

/// The median: the middle value of the sorted entries, or the mean of the two middle ones
/// for an even count (numpy's `median`); NaN for an empty vector or one containing NaN.
public func median(_ v: [Double]) -> Double {
  if v.isEmpty || v.contains(where: \.isNaN) { return .nan }
  let sorted = v.sorted()
  let middle = sorted.count / 2
  return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// The largest element-wise distance `max_i |a_i − b_i|`, used to compare solutions.
public func maxAbsDifference(_ a: [Double], _ b: [Double]) -> Double {
  precondition(a.count == b.count, "lengths differ: \(a.count) and \(b.count)")
  return zip(a, b).reduce(0) { max($0, abs($1.0 - $1.1)) }
}

/// The distance of `a` from a reference point relative to the reference's length,
/// `‖a − reference‖₂ / ‖reference‖₂` (∞ from a zero reference, NaN if a is 0 too): "how far from the
/// solution, as a fraction of the solution".
public func relativeDistance(_ a: [Double], to reference: [Double]) -> Double {
  euclideanNorm(subtracting(a, reference)) / euclideanNorm(reference)
}
