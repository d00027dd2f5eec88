@testable import PathEngine
@testable import Regularization

/// Columns whose inner products are known exactly: integer values below 2²⁴ in size, so
/// every product is an exact double (< 2⁴⁸) and every sum of ≤ 2¹⁴ of them fits an `Int64`,
/// while a kernel's partial sums pass 2⁵³ and round.
struct IntegerColumns {
  let columns: [[Double]]

  /// `count` columns of `rows` values from a fixed recurrence, in `[0, 2²⁴)` or, with
  /// `signed`, in `[−2²⁴, 2²⁴)` (sums that cancel).
  init(_ count: Int, rows: Int, seed: UInt64, signed: Bool) {
    var rng = Xoshiro256StarStar(seed: seed)
    let (offset, range) = signed ? (-(1 << 24), 1 << 25) : (0, 1 << 24)
    columns = (0..<count).map { _ in
      (0..<rows).map { _ in Double(offset + rng.integer(below: range)) }
    }
  }

  /// `(Σ u_i·v_i, Σ |u_i·v_i|)`, exactly.
  static func exact(_ u: [Double], _ v: [Double]) -> (sum: Int64, absolute: Int64) {
    var sum: Int64 = 0
    var absolute: Int64 = 0
    for (x, y) in zip(u, v) {
      let term = Int64(x) * Int64(y)
      sum += term
      absolute += abs(term)
    }
    return (sum, absolute)
  }
}

/// Whether `|computed − exact| ≤ γ_d·absolute`, the bound `CrossProducts.roundingDepth`
/// promises. `computed` is integer-valued (sums of integers below 2⁶³ round to integers).
func isWithinRoundingBound(_ computed: Double, exact: Int64, absolute: Int64, depth: Int)
  -> Bool
{
  guard computed.isFinite, abs(computed) < 0x1p62, computed == computed.rounded() else {
    return false
  }
  let error = abs(Int64(computed) - exact)
  return Double(error) <= CertifiedGap.gamma(depth) * Double(absolute)
}

/// `C` computed by `CrossProducts` on `u` and `v` with `kernel` (`v` is ignored when
/// `symmetric`).
func crossProducts(
  _ u: [[Double]], _ v: [[Double]], symmetric: Bool = false,
  kernel: CrossProducts.Kernel = .automatic
) -> [Double] {
  let rows = u.first?.count ?? 0
  let flatU = u.flatMap { $0 }
  let flatV = v.flatMap { $0 }
  return flatU.withUnsafeBufferPointer { a in
    flatV.withUnsafeBufferPointer { b in
      let left = u.indices.map { a.baseAddress! + $0 * rows }
      let right = symmetric ? left : v.indices.map { b.baseAddress! + $0 * rows }
      return CrossProducts.products(
        left, right, rows: rows, symmetric: symmetric, kernel: kernel)
    }
  }
}
