/// The labels under a bar chart's categories, laid out so that they never overlap.
///
/// Each category owns a band `plotWidth / n` wide. Labels are horizontal when the
/// longest fits its band with 6 px to spare; otherwise they are rotated by −45°, which
/// needs a horizontal spacing of about one line height / sin 45° ≈ 1.7 · fontSize per
/// label, and when even that is more than the band only every `stride`-th label is
/// written (the first, then every `stride`-th after it).
struct CategoryLabels: Sendable {
  var names: [String]
  var bandWidth: Double
  var isRotated: Bool
  var stride: Int

  init(names: [String], plotWidth: Double) {
    self.names = names
    bandWidth = plotWidth / Double(max(1, names.count))
    let longest = names.map { TextMetrics.width(of: $0, fontSize: Theme.tickFontSize) }.max() ?? 0
    isRotated = longest + 6 > bandWidth
    let spacing = isRotated ? 1.7 * Theme.tickFontSize : longest + 6
    stride = max(1, Int((spacing / bandWidth).rounded(.up)))
  }

  /// Whether category `index` gets a written label.
  func isLabelled(_ index: Int) -> Bool {
    index % stride == 0
  }

  private var longestLabelled: Double {
    names.indices.filter(isLabelled).map {
      TextMetrics.width(of: names[$0], fontSize: Theme.tickFontSize)
    }.max() ?? 0
  }

  /// The height of the label block below the tick marks.
  var blockHeight: Double {
    guard isRotated else { return Theme.tickFontSize * 1.2 }
    return (longestLabelled + Theme.tickFontSize) * 0.7072
  }

  /// How far the labels reach left of the plot area's left edge.
  var leftOverhang: Double {
    guard let first = names.first else { return 0 }
    let width = TextMetrics.width(of: first, fontSize: Theme.tickFontSize)
    let reach = isRotated ? width * 0.7072 + 4 : width / 2
    return max(0, reach - bandWidth / 2)
  }

  /// How far the labels reach right of the plot area's right edge.
  var rightOverhang: Double {
    guard let last = names.indices.last, isLabelled(last), !isRotated else { return 0 }
    let width = TextMetrics.width(of: names[last], fontSize: Theme.tickFontSize)
    return max(0, width / 2 - bandWidth / 2)
  }
}
