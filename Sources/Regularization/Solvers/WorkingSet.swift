/// The features the fast solver is currently optimizing over, with their block of the Gram
/// matrix copied into one contiguous array, and the coordinate-descent sweeps on it.
///
/// In the solver's scale (see `CoordinateDescent`), with `g_a = x_aᵀr` kept up to date by
/// covariance updates instead of a residual:
///
///     z_a = g_a + w_a·G[a, a]
///     w_a ← S(z_a, λ₁) / (G[a, a] + λ₂)
///     g_b ← g_b − (w_a,new − w_a,old)·G[b, a]     for every b in the set
///
/// so one update costs O(|set|), independent of `n`.
struct WorkingSet {
  /// The features, ascending (the sweep order, as in the reference solver).
  let members: [Int]
  /// `G[members, members]`, column-major: column `a` is `block[a·m ..< (a + 1)·m]`.
  let block: [Double]
  /// The coefficients of the members.
  var w: [Double]
  /// `x_aᵀr` for the members.
  var g: [Double]

  /// Copies the members' block of `gram` and their entries of `w` and `g`.
  init(members: [Int], gram: GramColumns, w: [Double], g: [Double]) {
    let m = members.count
    var block = [Double](repeating: 0, count: m * m)
    gram.storage.withUnsafeBufferPointer { storage in
      for (a, j) in members.enumerated() {
        let column = gram.offset(of: j)
        for (b, k) in members.enumerated() { block[a * m + b] = storage[column + k] }
      }
    }
    self.members = members
    self.block = block
    self.w = members.map { w[$0] }
    self.g = members.map { g[$0] }
  }

  /// Runs sweeps until one changes no coefficient by more than `tol·max_a |w_a|`, or
  /// `passes` reaches `limit`: a sweep over the whole set, then sweeps over its non-zero
  /// members until they settle, then the whole set again (glmnet's active-set iteration).
  mutating func descend(l1: Double, l2: Double, tolerance: Double, passes: inout Int, limit: Int)
  {
    let everyone = Array(0..<members.count)
    while passes < limit {
      passes += 1
      let whole = sweep(everyone, l1: l1, l2: l2)
      if whole.largestWeight == 0 || whole.largestChange <= tolerance * whole.largestWeight {
        return
      }
      let active = everyone.filter { w[$0] != 0 }
      while passes < limit {
        passes += 1
        let some = sweep(active, l1: l1, l2: l2)
        if some.largestWeight == 0 || some.largestChange <= tolerance * some.largestWeight {
          break
        }
      }
    }
  }

  /// One cyclic pass over `order` (positions in `members`); returns
  /// `(max |Δw_a|, max |w_a|)` over the positions visited.
  mutating func sweep(_ order: [Int], l1: Double, l2: Double)
    -> (largestChange: Double, largestWeight: Double)
  {
    let m = members.count
    var largestChange = 0.0
    var largestWeight = 0.0
    block.withUnsafeBufferPointer { h in
      w.withUnsafeMutableBufferPointer { w in
        g.withUnsafeMutableBufferPointer { g in
          guard let h = h.baseAddress, let g = g.baseAddress else { return }
          for a in order {
            let column = h + a * m
            let diagonal = column[a]
            if diagonal == 0 { continue }
            let old = w[a]
            let shrunk = softThreshold(g[a] + old * diagonal, by: l1)
            // `shrunk == 0` gives +0.0, never −0.0, as in the reference solver.
            let new = shrunk == 0 ? 0 : shrunk / (diagonal + l2)
            if new != old {
              w[a] = new
              let change = new - old
              for b in 0..<m { g[b] -= change * column[b] }
              largestChange = max(largestChange, abs(change))
            }
            largestWeight = max(largestWeight, abs(new))
          }
        }
      }
    }
    return (largestChange, largestWeight)
  }
}
