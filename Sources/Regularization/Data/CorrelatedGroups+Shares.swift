extension CorrelatedGroups {
  /// For each group, the largest member's share of the group's total |w|:
  ///
  ///     share_g = max_{j ∈ g} |w_j| / Σ_{j ∈ g} |w_j|
  ///
  /// 1 means one member carries the whole group (the Lasso's habit), `1/groupSize` an
  /// even spread (the elastic net's grouping effect). A group whose weights are all zero
  /// has no share: NaN.
  public func largestShares(of weights: [Double]) -> [Double] {
    groups.map { members in
      let magnitudes = members.map { abs(weights[$0]) }
      let total = magnitudes.reduce(0, +)
      return total > 0 ? (magnitudes.max() ?? 0) / total : .nan
    }
  }

  /// For each group, how many of its members have a non-zero weight.
  public func nonZeroMembers(of weights: [Double]) -> [Int] {
    groups.map { members in members.count(where: { weights[$0] != 0 }) }
  }
}
