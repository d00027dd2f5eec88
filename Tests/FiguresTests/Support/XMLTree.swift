import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A parsed XML element, for structural checks of the SVG the charts write.
final class XMLNode {
  let name: String
  let attributes: [String: String]
  var children: [XMLNode] = []
  var text = ""
  weak var parent: XMLNode?

  init(name: String, attributes: [String: String]) {
    self.name = name
    self.attributes = attributes
  }

  /// This element and all below it, in document order.
  var descendants: [XMLNode] {
    [self] + children.flatMap(\.descendants)
  }

  /// The text of this element and all below it.
  var allText: String {
    text + children.map(\.allText).joined()
  }

  /// The class names of this element.
  var classes: [String] {
    (attributes["class"] ?? "").split(separator: " ").map(String.init)
  }

  /// Elements below (and including) this one that have class `name`.
  func all(class name: String) -> [XMLNode] {
    descendants.filter { $0.classes.contains(name) }
  }

  /// Elements below (and including) this one named `element`.
  func all(named element: String) -> [XMLNode] {
    descendants.filter { $0.name == element }
  }

  /// A numeric attribute.
  func number(_ attribute: String) -> Double? {
    attributes[attribute].flatMap(Double.init)
  }
}

/// Parses `text` as XML; `nil` if it is not well-formed.
func parseXML(_ text: String) -> XMLNode? {
  let delegate = TreeBuilder()
  let parser = XMLParser(data: Data(text.utf8))
  parser.delegate = delegate
  guard parser.parse(), let root = delegate.root else { return nil }
  return root
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
  var root: XMLNode?
  var stack: [XMLNode] = []

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    let node = XMLNode(name: elementName, attributes: attributeDict)
    node.parent = stack.last
    stack.last?.children.append(node)
    if root == nil { root = node }
    stack.append(node)
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    stack.removeLast()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    stack.last?.text += string
  }
}

/// The `(x, y, width, height)` of a `<rect>`.
func rectangle(_ node: XMLNode) -> (x: Double, y: Double, width: Double, height: Double)? {
  guard let width = node.number("width"), let height = node.number("height") else { return nil }
  return (node.number("x") ?? 0, node.number("y") ?? 0, width, height)
}
