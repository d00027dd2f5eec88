import Testing

@testable import Regularization

/// `CSVChunkParser.parse` over all of `text`: the feature rows and targets, or `nil`.
private func parsed(_ text: String, columns: Int = 3, targetIndex: Int = 1, rowCapacity: Int = 10)
  -> (features: [[Double]], targets: [Double])?
{
  let bytes = Array(text.utf8)
  let width = columns - 1
  var features = [Double](repeating: .nan, count: rowCapacity * width)
  var targets = [Double](repeating: .nan, count: rowCapacity)
  let rows = bytes.withUnsafeBufferPointer { text in
    features.withUnsafeMutableBufferPointer { features in
      targets.withUnsafeMutableBufferPointer { targets in
        CSVChunkParser.parse(
          text.baseAddress!, from: 0, to: text.count,
          layout: .init(columns: columns, targetIndex: targetIndex),
          features: features.baseAddress!, targets: targets.baseAddress!,
          rowCapacity: rowCapacity)
      }
    }
  }
  guard let rows else { return nil }
  let featureRows = (0..<rows).map { Array(features[($0 * width)..<(($0 + 1) * width)]) }
  return (featureRows, Array(targets.prefix(rows)))
}

@Suite("CSV chunk parser (the fast path's rows)") struct CSVChunkParserTests {
  @Test(
    "reads rows with LF, CRLF or CR, empty lines, spaces and tabs, and no final line break",
    arguments: [
      "1,2,3\n4,5,6\n", "1,2,3\r\n4,5,6\r\n", "1,2,3\r4,5,6", "\n1,2,3\n\r\n\n4,5,6",
      " 1 ,\t2\t, 3\n4, 5 ,6 \n",
    ])
  func readsRows(text: String) throws {
    let result = try #require(parsed(text))
    #expect(result.features == [[1, 3], [4, 6]])
    #expect(result.targets == [2, 5])
  }

  @Test("a cell it does not parse itself is read by Double(String), as the reference reads it")
  func otherNumbersThroughDoubleString() throws {
    let result = try #require(parsed("0x1p3,1.000000000000000000000000001,-0\n"))
    #expect(result.features == [[8, -0.0]])
    #expect(result.features[0][1].sign == .minus)
    #expect(result.targets == [1])
  }

  @Test(
    "gives up on anything the reference would report or parse differently",
    arguments: [
      "1,2\n",  // too few fields
      "1,2,3,4\n",  // too many
      "1,2,3\n4,,6\n",  // an empty cell
      "1,2,abc\n",  // not a number
      "1,2,1e999\n",  // not finite
      "1,nan,3\n",  // not finite
      "1,\"2\",3\n",  // a quoted field
      "1,2,3\n \n",  // a line of one blank field, not an empty line
    ])
  func givesUp(text: String) {
    #expect(parsed(text) == nil)
  }

  @Test("gives up on more rows than it has room for")
  func rowCapacity() {
    #expect(parsed("1,2,3\n4,5,6\n", rowCapacity: 2) != nil)
    #expect(parsed("1,2,3\n4,5,6\n7,8,9\n", rowCapacity: 2) == nil)
  }
}
