/// The support of a weight vector: which entries are exactly zero and which are not.
/// L1 penalties make exact zeros, so the lessons count them with `== 0`, never with a
/// tolerance.

/// The indices `j` with `v_j ≠ 0`, in increasing order.
public func nonZeroIndices(_ v: [Double]) -> [Int] { v.indices.filter { v[$0] != 0 } }

/// The number of entries exactly equal to 0 (−0 included).
public func zeroCount(_ v: [Double]) -> Int { v.count(where: { $0 == 0 }) }

/// The smallest magnitude `min_j |v_j|`; NaN for an empty vector.
public func smallestMagnitude(_ v: [Double]) -> Double { v.map(abs).min() ?? .nan }

/// The root mean square `√((1/n)·Σ_i v_i²)`; NaN for an empty vector.
public func rootMeanSquare(_ v: [Double]) -> Double {
  v.isEmpty ? .nan : (squaredNorm(v) / Double(v.count)).squareRoot()
}
