import Testing

@testable import Figures

/// The parsed SVG of `figure`, failing the test if it is not well-formed XML.
func tree(_ figure: some Figure, sourceLocation: SourceLocation = #_sourceLocation) throws
  -> XMLNode
{
  try #require(parseXML(figure.svg()), "not well-formed XML", sourceLocation: sourceLocation)
}

/// A `<rect>` element's rectangle.
func rect(of node: XMLNode) -> Rect? {
  rectangle(node).map { Rect(x: $0.x, y: $0.y, width: $0.width, height: $0.height) }
}

/// The plot area of a rendered chart.
func plotArea(_ root: XMLNode) throws -> Rect {
  try #require(root.all(class: "plot-area").first.flatMap(rect(of:)))
}

/// The canvas of a rendered chart.
func canvas(_ root: XMLNode) throws -> Rect {
  let width = try #require(root.number("width"))
  let height = try #require(root.number("height"))
  return Rect(x: 0, y: 0, width: width, height: height)
}

/// The texts of the tick labels on one axis (`"x"` or `"y"`), superscripts appended.
func tickLabels(_ root: XMLNode, axis: String) -> [String] {
  root.all(class: "tick-label").filter { $0.classes.contains(axis) }.map(\.allText)
}

/// Every number in a path's `d` attribute, as (x, y) pairs.
func pathPoints(_ node: XMLNode) -> [(Double, Double)] {
  let d = node.attributes["d"] ?? ""
  let numbers = d.split(whereSeparator: { "MLZ ".contains($0) }).compactMap { Double($0) }
  return stride(from: 0, to: numbers.count - 1, by: 2).map { (numbers[$0], numbers[$0 + 1]) }
}

/// The estimated extent of a `<text>` element (anchor and font size read from it).
func textExtent(_ node: XMLNode, fontSize: Double) -> (left: Double, right: Double)? {
  guard let x = node.number("x") else { return nil }
  let width = TextMetrics.width(of: node.allText, fontSize: fontSize)
  switch node.attributes["text-anchor"] {
  case "middle": return (x - width / 2, x + width / 2)
  case "end": return (x - width, x)
  default: return (x, x + width)
  }
}
