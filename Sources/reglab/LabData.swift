import CommandLineOptions
import Regularization

/// The CSV data as the solver sees them: read, checked, and standardized if asked.
struct LabData: Sendable {
  /// The file's path, as given.
  let source: String
  /// The parsed file.
  let csv: CSVDataset
  /// The features the solver fits (standardized with `--standardize`).
  var features: Matrix
  /// The targets the solver fits (standardized with `--standardize`).
  var targets: [Double]
  /// The statistics used by `--standardize`, or `nil`.
  let standardization: Standardization?
  /// The power of two `s` the features and targets above were multiplied by (1 unless
  /// their squares would overflow; see `DataScale`).
  var scale = 1.0
  /// Where the file's largest |value| is, for messages.
  var largest = DataScale.Largest()

  var rows: Int { features.rows }
  var featureCount: Int { features.columns }

  /// Reads `options.csvPath` and prepares it.
  ///
  /// - Throws: `.noInput` if the file cannot be read, `.data` for any problem with its
  ///   contents (including a constant column under `--standardize`).
  static func load(_ options: Options) throws(ReglabError) -> LabData {
    let csv: CSVDataset
    do {
      csv = try CSVDataset(contentsOfFile: options.csvPath, target: options.target)
    } catch {
      throw ReglabError(error)
    }
    var data: LabData
    if options.standardize {
      let standardization = try Standardization(csv, source: options.csvPath)
      data = LabData(
        source: options.csvPath, csv: csv,
        features: standardization.standardizedFeatures(csv.features),
        targets: csv.targets.map {
          ($0 - standardization.targetMean) / standardization.targetScale
        },
        standardization: standardization)
    } else {
      data = LabData(
        source: options.csvPath, csv: csv, features: csv.features, targets: csv.targets,
        standardization: nil)
    }
    return try DataScale.apply(to: data)
  }

  /// The 1-based column in the file of feature `index`.
  static func fileColumn(feature index: Int, _ csv: CSVDataset) -> Int {
    index + (index + 1 >= csv.targetColumn ? 2 : 1)
  }

  /// The coefficients and intercept on the scale of the file's columns: the intercept
  /// divided by the scale (the weights are unchanged, features and target having been
  /// multiplied by the same `s`), then standardization undone.
  func originalScale(weights: [Double], intercept: Double) -> (weights: [Double], intercept: Double)
  {
    standardization?.originalScale(weights: weights, intercept: intercept / scale)
      ?? (weights, intercept / scale)
  }
}

/// `--standardize`: features through `StandardScaler`, the target by its own mean and
/// population standard deviation.
///
///     x'_j = (x_j − μ_j)/σ_j,   y' = (y − ȳ)/σ_y
///     w_j = w'_j·σ_y/σ_j,       b = ȳ + σ_y·b' − Σ_j w_j·μ_j
struct Standardization: Sendable {
  let scaler: StandardScaler
  let targetMean: Double
  let targetScale: Double

  init(_ csv: CSVDataset, source: String) throws(ReglabError) {
    do {
      scaler = try StandardScaler(fitting: csv.features)
    } catch {
      guard case .constantColumn(let index) = error else { throw .software("\(error)") }
      let column = LabData.fileColumn(feature: index, csv)
      throw .data(
        "\(source): column \(column) (\(Quote.text(csv.featureNames[index]))) "
          + Self.constantReason(csv.features.column(index)))
    }
    do {
      let target = try StandardScaler(
        fitting: Matrix(rows: csv.targets.count, columns: 1, elements: csv.targets))
      targetMean = target.means[0]
      targetScale = target.standardDeviations[0]
    } catch {
      guard case .constantColumn = error else { throw .software("\(error)") }
      throw .data(
        "\(source): column \(csv.targetColumn) (\(Quote.text(csv.targetName)), the target) "
          + Self.constantReason(csv.targets))
    }
  }

  /// Why `StandardScaler` refused a column: every value equal, or a spread at the level of
  /// rounding (σ ≤ 10⁻¹²·max|x|), which is not the same thing.
  static func constantReason(_ values: [Double]) -> String {
    values.allSatisfy({ $0 == values.first })
      ? "is constant, so --standardize cannot scale it (its standard deviation is 0)"
      : "varies only at the level of rounding (standard deviation ≤ 1e-12 of its largest "
        + "|value|), so --standardize would divide by noise; drop it or rescale it"
  }

  func standardizedFeatures(_ features: Matrix) -> Matrix {
    // The scaler was fitted on these very columns, so the sizes agree.
    (try? scaler.transform(features)) ?? features
  }

  func originalScale(weights: [Double], intercept: Double) -> (weights: [Double], intercept: Double)
  {
    let scaled = weights.map { $0 * targetScale }
    let mapped = try? scaler.originalScale(
      weights: scaled, intercept: targetMean + targetScale * intercept)
    return mapped ?? (scaled, intercept)
  }
}
