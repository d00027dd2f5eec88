/// A dense matrix of `Double`, stored row-major.
///
///     element (i, j) = elements[i · columns + j]
///
/// Rows are samples and columns are features wherever a matrix holds a data set, as in
/// scikit-learn's `X` of shape `(n_samples, n_features)`.
public struct Matrix: Equatable, Sendable {
  /// The number of rows, `n`.
  public let rows: Int
  /// The number of columns, `p`.
  public let columns: Int
  /// The entries in row-major order; `elements.count == rows · columns`.
  public var elements: [Double]

  /// A `rows × columns` matrix with every entry equal to `value`.
  public init(rows: Int, columns: Int, repeating value: Double = 0) {
    precondition(rows >= 0 && columns >= 0, "matrix dimensions must be >= 0")
    self.rows = rows
    self.columns = columns
    self.elements = Array(repeating: value, count: rows * columns)
  }

  /// A matrix over row-major `elements`, whose count must be `rows · columns`.
  public init(rows: Int, columns: Int, elements: [Double]) throws(RegularizationError) {
    guard rows >= 0, columns >= 0, elements.count == rows * columns else {
      throw .dimensionMismatch(
        what: "matrix elements", expected: rows * columns, actual: elements.count)
    }
    self.rows = rows
    self.columns = columns
    self.elements = elements
  }

  /// A matrix from an array of rows, which must all have the same length.
  public init(rowArrays: [[Double]]) throws(RegularizationError) {
    let width = rowArrays.first?.count ?? 0
    for (index, row) in rowArrays.enumerated() where row.count != width {
      throw .dimensionMismatch(what: "length of row \(index)", expected: width, actual: row.count)
    }
    self.rows = rowArrays.count
    self.columns = width
    self.elements = rowArrays.flatMap { $0 }
  }

  /// The `n × n` identity matrix.
  public static func identity(_ n: Int) -> Matrix {
    var result = Matrix(rows: n, columns: n)
    for i in 0..<n { result.elements[i * n + i] = 1 }
    return result
  }

  /// The entry in row `row` and column `column`.
  public subscript(row: Int, column: Int) -> Double {
    get { elements[row * columns + column] }
    set { elements[row * columns + column] = newValue }
  }

  /// Row `i` as a vector of length `columns`.
  public func row(_ i: Int) -> [Double] {
    Array(elements[(i * columns)..<((i + 1) * columns)])
  }

  /// Column `j` as a vector of length `rows`.
  public func column(_ j: Int) -> [Double] {
    (0..<rows).map { elements[$0 * columns + j] }
  }

  /// The transpose `Aᵀ`, with `Aᵀ[j, i] = A[i, j]`.
  public func transposed() -> Matrix {
    var result = Matrix(rows: columns, columns: rows)
    for i in 0..<rows {
      for j in 0..<columns { result.elements[j * rows + i] = elements[i * columns + j] }
    }
    return result
  }

  /// The rows with the given indices, in that order (a subset of samples).
  public func selectingRows(_ indices: [Int]) -> Matrix {
    var result = Matrix(rows: indices.count, columns: columns)
    for (k, i) in indices.enumerated() {
      result.elements.replaceSubrange(
        (k * columns)..<((k + 1) * columns), with: elements[(i * columns)..<((i + 1) * columns)])
    }
    return result
  }
}
