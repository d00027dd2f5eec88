/// Polynomial features of a scalar input in the Legendre basis: the columns
/// `P₀(x), P₁(x), …, P_d(x)`, computed by Bonnet's recursion
///
///     P₀ = 1,   P₁ = x,   (k + 1)·P_{k+1}(x) = (2k + 1)·x·P_k(x) − k·P_{k−1}(x)
///
/// They span the same functions as `1, x, …, x^d`, so a least-squares fit gives the same
/// polynomial, but on `[−1, 1]` they are close to orthogonal (∫P_j·P_k = 0 for j ≠ k),
/// which keeps the normal equations of a degree-9 fit well conditioned where the monomial
/// columns are not. `P_k` has the parity of `k`: `P_k(−x) = (−1)^k·P_k(x)`.
///
/// Reference: M. Abramowitz and I. A. Stegun, *Handbook of Mathematical Functions*, 22.7.10.
/// - Throws: `.invalidParameter` for a degree below 0.
public func legendreFeatures(_ x: [Double], degree: Int) throws(RegularizationError) -> Matrix {
  guard degree >= 0 else {
    throw .invalidParameter(name: "degree", value: Double(degree), requirement: ">= 0")
  }
  let width = degree + 1
  var features = Matrix(rows: x.count, columns: width)
  for (i, xi) in x.enumerated() {
    var previous = 1.0
    var current = xi
    features.elements[i * width] = 1
    if degree >= 1 { features.elements[i * width + 1] = xi }
    if degree >= 2 {
      for k in 1..<degree {
        let next = (Double(2 * k + 1) * xi * current - Double(k) * previous) / Double(k + 1)
        previous = current
        current = next
        features.elements[i * width + k + 1] = next
      }
    }
  }
  return features
}
