extension SeededGenerator {
  /// Shuffles `array` in place by the Fisher–Yates algorithm (Durstenfeld's in-place form).
  ///
  ///     for i = n − 1 down to 1:  j = integer(below: i + 1);  swap a[i] and a[j]
  ///
  /// With an unbiased `integer(below:)`, each of the `n!` orders is equally likely.
  /// Reference: D. E. Knuth, *The Art of Computer Programming*, vol. 2, §3.4.2, Algorithm P.
  public mutating func shuffle<Element>(_ array: inout [Element]) {
    var i = array.count - 1
    while i > 0 {
      let j = integer(below: i + 1)
      array.swapAt(i, j)
      i -= 1
    }
  }

  /// A random permutation of `0..<n`: the Fisher–Yates shuffle of `[0, 1, …, n − 1]`.
  public mutating func permutation(_ n: Int) -> [Int] {
    precondition(n >= 0, "permutation needs n >= 0, got \(n)")
    var indices = Array(0..<n)
    shuffle(&indices)
    return indices
  }
}
