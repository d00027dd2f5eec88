import Regularization

/// The columns of the Gram matrix `X_cᵀX_c` that the fast solver needs, each computed the
/// first time a feature needs it and kept for the rest of the path.
///
///     G[k, j] = x_kᵀx_j
///
/// With column `j` at hand, changing `w_j` by `Δ` changes every gradient `x_kᵀr` by
/// `−Δ·G[k, j]`: O(p) work instead of O(n) ("covariance updates", Friedman, Hastie and
/// Tibshirani 2010, §2.2). Only features that enter the working set need a column, so a
/// sparse path never computes most of the p² entries.
///
/// Each batch of columns reads all of `X` once, so a request for a few columns is topped up
/// with the uncached features nearest to entering (largest `|x_kᵀr|`) to at least
/// `minimumBatch`: enough work per pass that arithmetic, not memory, sets the pace. An entry
/// between two cached features is copied from the earlier column (`G` is symmetric), so
/// caching every column costs half of `XᵀX`, and a column cached late costs less.
struct GramColumns {
  /// `p`, the length of every column.
  let features: Int
  /// Column `s` (in caching order) is `storage[s·p ..< (s + 1)·p]`.
  private(set) var storage: [Double] = []
  /// `slots[j]` is the position of feature `j`'s column in `storage`, or −1.
  private(set) var slots: [Int]
  /// The features whose columns are cached, in caching order.
  private(set) var cached: [Int] = []
  /// The smallest number of columns computed per pass over `X`.
  static let minimumBatch = 24

  init(features: Int) {
    self.features = features
    self.slots = [Int](repeating: -1, count: features)
  }

  /// The offset of column `j` in `storage`; `j` must be cached.
  @inline(__always)
  func offset(of j: Int) -> Int {
    assert(slots[j] >= 0, "Gram column \(j) is not cached")
    return slots[j] * features
  }

  /// Makes sure every feature in `needed` has its column, computing missing ones in one
  /// batch topped up by `priority` (larger first).
  ///
  /// - Parameters:
  ///   - needed: Features with `‖x_j‖² > 0`.
  ///   - priority: One value per feature, e.g. `|x_kᵀr|`.
  ///   - x: `X_c` column-major (`rows` values per column).
  ///   - norms: `‖x_j‖²`; columns with 0 are never computed (their entries are 0).
  mutating func cache(
    _ needed: [Int], priority: [Double], x: UnsafeBufferPointer<Double>, rows: Int,
    norms: [Double]
  ) {
    let p = features
    var inBatch = [Bool](repeating: false, count: p)
    var batch: [Int] = []
    for j in needed where slots[j] < 0 && !inBatch[j] {
      inBatch[j] = true
      batch.append(j)
    }
    if batch.isEmpty { return }
    let target = max(batch.count, Self.minimumBatch)
    if batch.count < target {
      let candidates = (0..<p).filter { slots[$0] < 0 && !inBatch[$0] && norms[$0] > 0 }
        .sorted { priority[$0] > priority[$1] || (priority[$0] == priority[$1] && $0 < $1) }
      for k in candidates.prefix(target - batch.count) {
        inBatch[k] = true
        batch.append(k)
      }
    }
    batch.sort()
    // Rows of the new columns: the uncached features outside the batch (a rectangle), and
    // the batch itself (a symmetric block, half the work).
    let others = (0..<p).filter { slots[$0] < 0 && !inBatch[$0] && norms[$0] > 0 }
    guard let base = x.baseAddress else { return }
    let columns = batch.map { base + $0 * rows }
    let rectangle = CrossProducts.products(others.map { base + $0 * rows }, columns, rows: rows)
    let square = CrossProducts.products(columns, columns, rows: rows, symmetric: true)
    let width = batch.count
    let start = storage.count
    storage.append(contentsOf: repeatElement(0, count: p * width))
    storage.withUnsafeMutableBufferPointer { g in
      for (b, j) in batch.enumerated() {
        let column = start + b * p
        for (a, k) in others.enumerated() { g[column + k] = rectangle[a * width + b] }
        for (a, k) in batch.enumerated() { g[column + k] = square[a * width + b] }
        for k in cached { g[column + k] = g[slots[k] * p + j] }
      }
    }
    for j in batch {
      slots[j] = cached.count
      cached.append(j)
    }
  }
}
