extension SeededGenerator {
  /// A uniform integer in `0..<n`, without modulo bias, by Lemire's multiply-and-reject
  /// method.
  ///
  ///     m = x · n  (the full 128-bit product, x = next())
  ///     reject while (m mod 2⁶⁴) < (2⁶⁴ − n) mod n,  then return ⌊m / 2⁶⁴⌋
  ///
  /// `x mod n` would favour small results whenever `n` does not divide 2⁶⁴. Here exactly
  /// `⌊2⁶⁴/n⌋` of the accepted `x` map to each result, so all `n` results are equally likely;
  /// the rejection costs nothing on average for small `n` (probability below n/2⁶⁴).
  ///
  /// Reference: D. Lemire, "Fast random integer generation in an interval", ACM Transactions
  /// on Modeling and Computer Simulation 29(1), 2019, arXiv:1805.10941.
  /// - Parameter n: The number of possible results, `n ≥ 1`.
  public mutating func integer(below n: Int) -> Int {
    precondition(n > 0, "integer(below:) needs n >= 1, got \(n)")
    let bound = UInt64(n)
    var product = next().multipliedFullWidth(by: bound)
    if product.low < bound {
      // (2⁶⁴ − n) mod n, computed in 64 bits as (0 − n) mod n.
      let threshold = (0 &- bound) % bound
      while product.low < threshold {
        product = next().multipliedFullWidth(by: bound)
      }
    }
    return Int(product.high)
  }
}
