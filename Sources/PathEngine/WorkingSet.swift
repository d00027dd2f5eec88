import Regularization

/// The features the fast solver optimizes over, with their block of the Gram matrix in one
/// contiguous array, and the coordinate-descent sweeps on it.
///
/// In the solver's scale (see `CoordinateDescent`), with `g_a = x_aᵀr` kept up to date by
/// covariance updates instead of a residual:
///
///     z_a = g_a + w_a·G[a, a]
///     w_a ← S(z_a, λ₁) / (G[a, a] + λ₂)
///     g_b ← g_b − (w_a,new − w_a,old)·G[b, a]     for every member b
///
/// so one update costs O(members), independent of `n`. The set only grows along a path
/// (a member whose coefficient returns to 0 costs one comparison per sweep), so its block
/// is extended in place, never rebuilt; members are swept in the order they joined.
struct WorkingSet {
  /// The members' feature indices, in the order they joined.
  private(set) var members: [Int] = []
  /// `isMember[j]` for every feature `j`.
  private(set) var isMember: [Bool]
  /// The stride of `block`, ≥ `members.count`.
  private(set) var capacity = 0
  /// `G[members, members]`: column `a` is `block[a·capacity ..< a·capacity + members.count]`.
  private(set) var block: [Double] = []
  /// The members' coefficients.
  var w: [Double] = []
  /// `x_aᵀr` for the members.
  var g: [Double] = []

  init(features: Int) {
    isMember = [Bool](repeating: false, count: features)
  }

  /// Adds features (whose Gram columns are cached), with their current `w` and `g`.
  mutating func add(_ features: [Int], gram: GramColumns, w fullW: [Double], g fullG: [Double]) {
    let joining = features.filter { !isMember[$0] }
    if joining.isEmpty { return }
    let old = members.count
    let count = old + joining.count
    if count > capacity {
      let wider = max(2 * capacity, count, 16)
      var grown = [Double](repeating: 0, count: wider * wider)
      for a in 0..<old {
        for b in 0..<old { grown[a * wider + b] = block[a * capacity + b] }
      }
      block = grown
      capacity = wider
    }
    for j in joining {
      isMember[j] = true
      members.append(j)
      w.append(fullW[j])
      g.append(fullG[j])
    }
    let stride = capacity
    gram.storage.withUnsafeBufferPointer { storage in
      block.withUnsafeMutableBufferPointer { block in
        for a in old..<count {
          let column = gram.offset(of: members[a])
          for b in 0..<count {
            let entry = storage[column + members[b]]
            block[a * stride + b] = entry  // G[b, a]
            block[b * stride + a] = entry  // G[a, b], the same by symmetry
          }
        }
      }
    }
  }

  /// Copies the members' entries of a freshly computed gradient.
  mutating func load(g fullG: [Double]) {
    for (a, j) in members.enumerated() { g[a] = fullG[j] }
  }

  /// Runs sweeps until one changes no coefficient by more than `tol·max_a |w_a|`, or
  /// `passes` reaches `limit`: a sweep over the whole set, then sweeps over its non-zero
  /// members until they settle, then the whole set again (glmnet's active-set iteration).
  mutating func descend(l1: Double, l2: Double, tolerance: Double, passes: inout Int, limit: Int) {
    let everyone = Array(members.indices)
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
    let stride = capacity
    var largestChange = 0.0
    var largestWeight = 0.0
    block.withUnsafeBufferPointer { h in
      w.withUnsafeMutableBufferPointer { w in
        g.withUnsafeMutableBufferPointer { g in
          guard let h = h.baseAddress, let g = g.baseAddress else { return }
          for a in order {
            let column = h + a * stride
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
