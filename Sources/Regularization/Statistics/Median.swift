/// The median: the middle value of the sorted values, or the mean of the two middle ones
/// for an even count (numpy's `median`); NaN for an empty array or one containing NaN.
public func median(_ values: [Double]) -> Double {
  if values.isEmpty || values.contains(where: \.isNaN) { return .nan }
  let sorted = values.sorted()
  let mid = sorted.count / 2
  return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
