/// The index of the smallest value, the first one on a tie (numpy's `argmin`); `nil` for
/// an empty array. NaN never wins.
///
/// The first on a tie is what scikit-learn's CV estimators choose: on a decreasing α grid
/// it is the largest α among equally good ones.
public func firstArgmin(_ values: [Double]) -> Int? {
  guard !values.isEmpty else { return nil }
  var best = 0
  for k in values.indices where values[k] < values[best] || values[best].isNaN { best = k }
  return values[best].isNaN ? nil : best
}

/// The index of the largest value, the first one on a tie (numpy's `argmax`); `nil` for
/// an empty array. NaN never wins.
public func firstArgmax(_ values: [Double]) -> Int? {
  firstArgmin(values.map { -$0 })
}
