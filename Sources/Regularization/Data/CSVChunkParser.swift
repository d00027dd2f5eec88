/// The fast path's row parser: the data rows of one chunk of CSV that has no quote, each
/// field a number, straight into the feature and target arrays.
///
///     row    = field ("," field)*  line break or end      (columns fields exactly)
///     field  = [spaces/tabs] number [spaces/tabs]          (number: `DecimalParser`)
///     empty lines (a line break where a row would start) are skipped
///
/// A field the decimal parser does not take, or is not sure of, is read as the reference
/// reader reads every cell: its bytes up to `,` or a line break, trimmed, through
/// `Double(String)`. Anything the reference path would report — a ragged row, a cell that
/// is not a number or not finite — makes the parse return `nil` without saying where:
/// `CSVDataset` then runs the reference scanner over the whole input, which finds the
/// first problem in file order and reports it exactly as before.
enum CSVChunkParser {
  /// What a row looks like.
  struct Layout {
    /// The fields in a row (the header's column count).
    var columns: Int
    /// Which of them is the target; the others are features, in order.
    var targetIndex: Int
  }

  /// Parses the rows in `text[start..<end]`, which must begin at the start of a line.
  ///
  /// Row `r`'s features go to `features[r · (columns − 1) ..]`, its target to
  /// `targets[r]`.
  ///
  /// - Returns: The number of rows, or `nil` if the chunk has anything unusual in it or
  ///   more than `rowCapacity` rows.
  /// - Complexity: O(end − start), one pass.
  static func parse(
    _ text: UnsafePointer<UInt8>, from start: Int, to end: Int, layout: Layout,
    features: UnsafeMutablePointer<Double>, targets: UnsafeMutablePointer<Double>,
    rowCapacity: Int
  ) -> Int? {
    var p = start
    var rows = 0
    var nextFeature = features
    let lastColumn = layout.columns - 1
    while p < end {
      if text[p] == newline || text[p] == carriageReturn {  // an empty line
        p &+= 1
        continue
      }
      guard rows < rowCapacity else { return nil }
      for column in 0...lastColumn {
        guard let (value, fieldEnd) = field(text, from: p, to: end) else { return nil }
        if column == layout.targetIndex {
          targets[rows] = value
        } else {
          nextFeature.initialize(to: value)
          nextFeature += 1
        }
        p = fieldEnd
        let endsRow = p == end || text[p] != comma
        guard endsRow == (column == lastColumn) else { return nil }  // too few or too many
        p &+= 1  // past the comma or the line break (or `end`)
      }
      if p < end && text[p &- 1] == carriageReturn && text[p] == newline { p &+= 1 }
      rows &+= 1
    }
    return rows
  }

  /// The finite number in the field at `start`, and the offset of the `,`, line break or
  /// `end` after it; `nil` if the field is not a finite number.
  @inline(__always)
  static func field(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int)
    -> (value: Double, end: Int)?
  {
    var p = start
    while p < end && (text[p] == space || text[p] == tab) { p &+= 1 }
    if let (decimal, numberEnd) = DecimalParser.scan(text, from: p, to: end) {
      p = numberEnd
      while p < end && (text[p] == space || text[p] == tab) { p &+= 1 }
      if p == end || text[p] == comma || text[p] == newline || text[p] == carriageReturn,
        let value = DecimalParser.value(of: decimal), value.isFinite
      {
        return (value, p)
      }
    }
    return referenceField(text, from: start, to: end)
  }

  /// The field at `start` as the reference reader reads it: trimmed, then
  /// `Double(String)`; `nil` unless that is a finite number.
  @inline(never)
  static func referenceField(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int)
    -> (value: Double, end: Int)?
  {
    var p = start
    while p < end && text[p] != comma && text[p] != newline && text[p] != carriageReturn {
      p += 1
    }
    let cell = CSVDatasetReader.trimmed(UnsafeBufferPointer(start: text + start, count: p - start))
    guard let value = Double(String(decoding: cell, as: UTF8.self)), value.isFinite else {
      return nil
    }
    return (value, p)
  }

  private static let comma = UInt8(ascii: ",")
  private static let newline = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")
  private static let space = UInt8(ascii: " ")
  private static let tab = UInt8(ascii: "\t")
}
