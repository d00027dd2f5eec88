import Testing

@testable import Figures

@Suite("Category labels") struct CategoryLabelsTests {
  @Test("short labels that fit their bands stay horizontal, every one written")
  func horizontal() {
    let labels = CategoryLabels(names: ["a", "b", "c"], plotWidth: 600)
    #expect(!labels.isRotated && labels.stride == 1)
  }

  @Test("labels wider than their bands are rotated")
  func rotated() {
    let names = (1...20).map { "feature \($0)" }
    let labels = CategoryLabels(names: names, plotWidth: 600)
    #expect(labels.isRotated && labels.stride == 1)
  }

  @Test("rotated labels closer than 1.7 em are thinned so that they never overlap")
  func thinned() {
    let names = (1...200).map { "category \($0)" }
    let labels = CategoryLabels(names: names, plotWidth: 600)
    #expect(labels.stride > 1)
    // Two written neighbours are `stride` bands apart; rotated by 45° their lines are
    // (distance · sin 45°) apart, which must exceed one line of text (1.2 em).
    let spacing = Double(labels.stride) * labels.bandWidth * 0.7071
    #expect(spacing >= 1.2 * Theme.tickFontSize)
  }

  @Test("horizontal labels never overlap their neighbours")
  func horizontalNoOverlap() {
    let names = (1...12).map { "c\($0)" }
    let labels = CategoryLabels(names: names, plotWidth: 600)
    let widest = names.map { TextMetrics.width(of: $0, fontSize: Theme.tickFontSize) }.max() ?? 0
    #expect(!labels.isRotated)
    #expect(Double(labels.stride) * labels.bandWidth >= widest)
  }

  @Test("rotated labels make the block below the axis taller")
  func blockHeight() {
    let short = CategoryLabels(names: ["a", "b"], plotWidth: 600)
    let long = CategoryLabels(names: (1...30).map { "a long label \($0)" }, plotWidth: 600)
    #expect(long.blockHeight > short.blockHeight)
  }
}
