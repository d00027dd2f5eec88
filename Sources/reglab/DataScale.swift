import CommandLineOptions
import Regularization

/// Data whose squares would overflow (|x| ≥ 2²⁵⁶, e.g. values near 1e160) are solved
/// multiplied by one power of two `s = 2^(−e)` that brings the largest |value| into [1, 2).
/// Multiplying by a power of two is exact, and with features and target scaled alike the
/// elastic net's minimizer maps back exactly:
///
///     X' = s·X, y' = s·y, α' = s²·α   ⇒   w = w',  b = b'/s,  gap = gap'/s²
///
/// (the objective of (X', y', α') is s² times that of (X, y, α) at the same w, every term
/// included). α on the grid is α'/s²; the reported duality gaps and their tolerance stay
/// in the scaled problem's units, like the gaps of `--standardize` (their ratio is the
/// same). Data already standardized never need it.
enum DataScale {
  /// Scaling starts at this magnitude: its square, 2⁵¹², leaves room for sums over rows.
  static let threshold = 0x1p256
  /// A column whose largest |value| falls below this after scaling is refused: its
  /// squares would underflow, and the solver would see a column of zero norm.
  static let smallest = 0x1p-400

  /// The largest |value| in the file, and the column it is in.
  struct Largest: Sendable {
    var value = 0.0
    var column = 0
    var name = ""
  }

  /// `data` scaled if its largest |value| reaches `threshold`, else unchanged.
  ///
  /// - Throws: `.data` naming a column too small to keep beside the largest one.
  static func apply(to data: LabData) throws(ReglabError) -> LabData {
    let csv = data.csv
    let p = data.featureCount
    var columnLargest = [Double](repeating: 0, count: p)
    for i in 0..<data.rows {
      for j in 0..<p { columnLargest[j] = max(columnLargest[j], abs(data.features[i, j])) }
    }
    let targetLargest = data.targets.map(abs).max() ?? 0
    var scaled = data
    scaled.largest = fileLargest(csv)
    guard max(columnLargest.max() ?? 0, targetLargest) >= threshold else { return scaled }
    let largest = scaled.largest
    let s = powerOfTwoScale(toNormalize: max(columnLargest.max() ?? 0, targetLargest))
    let small = (columnLargest + [targetLargest]).enumerated().first { _, value in
      value > 0 && value * s < smallest
    }
    if let (index, value) = small {
      let (column, name) =
        index == p
        ? (csv.targetColumn, csv.targetName)
        : (LabData.fileColumn(feature: index, csv), csv.featureNames[index])
      throw .data(
        "\(data.source): column \(column) (\(Quote.text(name))) has values only up to "
          + "\(Describe.number(value)), while column \(largest.column) "
          + "(\(Quote.text(largest.name))) reaches \(Describe.number(largest.value)): "
          + "double precision cannot hold both columns' squares; rescale one of them "
          + "(or use --standardize)")
    }
    scaled.features.elements = data.features.elements.map { $0 * s }
    scaled.targets = data.targets.map { $0 * s }
    scaled.scale = s
    return scaled
  }

  /// The largest |value| in the file (features and target), for messages.
  static func fileLargest(_ csv: CSVDataset) -> Largest {
    var largest = Largest(
      value: csv.targets.map(abs).max() ?? 0, column: csv.targetColumn, name: csv.targetName)
    let p = csv.features.columns
    for (index, value) in csv.features.elements.enumerated() where abs(value) > largest.value {
      let j = index % p
      largest = Largest(
        value: abs(value), column: LabData.fileColumn(feature: j, csv), name: csv.featureNames[j])
    }
    return largest
  }
}
