/// The median: the middle value of the sorted `v`, or the mean of the two middle values
/// when the count is even (numpy's `median`); NaN for an empty vector.
public func median(_ v: [Double]) -> Double {
  guard !v.isEmpty else { return .nan }
  let sorted = v.sorted()
  let middle = sorted.count / 2
  return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
