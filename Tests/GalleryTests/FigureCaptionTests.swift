import Figures
import LessonKit
import Testing

@testable import Gallery

@Suite("Figure captions") struct FigureCaptionTests {
  @Test("reads the title and description a chart writes, with XML entities decoded")
  func fromChart() throws {
    let chart = LineChart(
      title: "Loss <and> gain: α & β", description: "It's \"quoted\" and\nwrapped.",
      xAxis: Axis(title: "x"), yAxis: Axis(title: "y"),
      series: [LineSeries(name: "s", x: [0, 1], y: [1, 2])])
    let caption = try FigureCaption(svg: chart.svg())
    #expect(caption.title == "Loss <and> gain: α & β")
    #expect(caption.description == "It's \"quoted\" and wrapped.")
  }

  @Test("takes the root's own title and desc, not a nested element's") func rootOnly() throws {
    let svg = """
      <svg xmlns="http://www.w3.org/2000/svg"><g><title>inner</title></g>
      <title>  outer
        title </title><desc>d</desc><desc>second</desc></svg>
      """
    #expect(try FigureCaption(svg: svg) == FigureCaption(title: "outer title", description: "d"))
  }

  @Test(
    "a file that is not an SVG with a title and a desc is rejected, saying why",
    arguments: [
      ("<svg><title>t</title><desc>d</desc>", "not well-formed XML"),
      ("<svg><title>t</title><desc>d</desc></svg><svg/>", "not well-formed XML"),
      ("<svg><title>t</desc></svg>", "not well-formed XML"),
      ("<html><title>t</title><desc>d</desc></html>", "the root element is <html>, not <svg>"),
      ("<svg><desc>d</desc></svg>", "the <svg> has no <title>"),
      ("<svg><title>t</title></svg>", "the <svg> has no <desc>"),
    ])
  func rejected(svg: String, reason: String) {
    #expect {
      try FigureCaption(svg: svg)
    } throws: { error in
      (error as? CaptionError)?.reason.hasPrefix(reason) == true
    }
  }
}
