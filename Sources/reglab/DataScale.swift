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
    let columnLargest = ColumnMaxima(data.features)
    let targetLargest = data.targets.map(abs).max() ?? 0
    var scaled = data
    // Without --standardize the solver's features are the file's: one pass serves both.
    scaled.largest = fileLargest(
      csv, columns: data.standardization == nil ? columnLargest : ColumnMaxima(csv.features))
    guard max(columnLargest.values.max() ?? 0, targetLargest) >= threshold else { return scaled }
    let largest = scaled.largest
    let s = powerOfTwoScale(toNormalize: max(columnLargest.values.max() ?? 0, targetLargest))
    let small = (columnLargest.values + [targetLargest]).enumerated().first { _, value in
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

  /// The largest |value| in the file (features and target), for messages: the target's
  /// if no feature exceeds it, else the first exceeding cell in file order.
  static func fileLargest(_ csv: CSVDataset, columns: ColumnMaxima) -> Largest {
    let largest = Largest(
      value: csv.targets.map(abs).max() ?? 0, column: csv.targetColumn, name: csv.targetName)
    let top = columns.values.max() ?? 0
    // The first cell in file order that holds `top`: the earliest row, then the leftmost.
    let candidates = columns.values.indices.filter { columns.values[$0] == top }
    guard top > largest.value,
      let j = candidates.min(by: { (columns.firstRows[$0], $0) < (columns.firstRows[$1], $1) })
    else { return largest }
    return Largest(
      value: top, column: LabData.fileColumn(feature: j, csv), name: csv.featureNames[j])
  }
}

/// Each column's largest |value| and the first row where it occurs, in one pass over the
/// row-major elements.
struct ColumnMaxima {
  var values: [Double]
  var firstRows: [Int]

  init(_ features: Matrix) {
    let p = features.columns
    var values = [Double](repeating: 0, count: p)
    var firstRows = [Int](repeating: 0, count: p)
    features.elements.withUnsafeBufferPointer { x in
      for i in 0..<features.rows {
        for j in 0..<p where abs(x[i * p + j]) > values[j] {
          values[j] = abs(x[i * p + j])
          firstRows[j] = i
        }
      }
    }
    self.values = values
    self.firstRows = firstRows
  }
}
