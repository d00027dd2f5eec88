import Testing

@testable import Figures

@Suite("Palette") struct PaletteTests {
  @Test("the colours are the Okabe–Ito palette without yellow")
  func okabeIto() {
    #expect(
      Palette.colors.map(\.hex) == [
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#000000",
      ])
  }

  @Test("colour and marker together differ for the first 42 series")
  func colourMarkerPairs() {
    let pairs = (0..<42).map { "\(Palette.color(at: $0).hex) \(Palette.marker(at: $0))" }
    #expect(Set(pairs).count == 42)
  }

  @Test("marker and dash, the cues that survive greyscale, differ for the first 30 series")
  func markerDashPairs() {
    let pairs = (0..<30).map { "\(Palette.marker(at: $0)) \(Palette.dash(at: $0))" }
    #expect(Set(pairs).count == 30)
  }

  @Test("a negative index still gets a style")
  func negativeIndex() {
    #expect(Palette.color(at: -1) == Palette.colors.last)
  }
}
