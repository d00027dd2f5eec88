import Foundation

/// How the fast path cuts the data part of a CSV file into pieces to parse in parallel,
/// and the most rows each piece can hold.
///
/// Piece k starts near k/count of the way through, moved to just after the next line
/// break (LF, CRLF or a lone CR), so no row is split. A row ends at a line break or at the
/// end, and (when the caller knows its shortest form, e.g. `1,2,3` for three numbers) takes
/// at least `shortestRow` bytes, so a piece of b bytes has at most
///
///     rows ≤ min(line breaks + 1, ⌊b / shortestRow⌋ + 1),   line breaks = #LF + #CR − #CRLF
///
/// which is the space set aside for it before parsing. Empty lines make the first bound an
/// overestimate (the second keeps a file of mostly empty lines from asking for more than
/// a few times its size), and the pieces are moved together afterwards. The line breaks
/// of the pieces are counted in parallel, one piece per thread.
struct CSVChunks {
  /// Piece k is `bounds[k]..<bounds[k + 1]`.
  let bounds: [Int]
  /// The most rows piece k can hold.
  let rowCapacities: [Int]

  /// The number of pieces.
  var count: Int { rowCapacities.count }

  /// Cuts `text[start..<end]` into `count` pieces (fewer if it has fewer lines).
  init(
    _ text: UnsafePointer<UInt8>, from start: Int, to end: Int, count: Int, shortestRow: Int = 1
  ) {
    var cuts = [start]
    for k in 1..<max(count, 1) {
      var cut = max(start + (end - start) / count * k, cuts[cuts.count - 1])
      while cut < end && text[cut] != Self.newline && text[cut] != Self.carriageReturn {
        cut += 1
      }
      if cut < end {
        let isCRLF =
          text[cut] == Self.carriageReturn && cut + 1 < end && text[cut + 1] == Self.newline
        cut += isCRLF ? 2 : 1
      }
      if cut < end && cut > cuts[cuts.count - 1] { cuts.append(cut) }
    }
    cuts.append(end)
    let bounds = cuts
    self.bounds = bounds
    var capacities = [Int](repeating: 0, count: bounds.count - 1)
    capacities.withUnsafeMutableBufferPointer { capacities in
      let shared = Shared(text: text, capacities: capacities)
      let countPiece: @Sendable (Int) -> Void = { k in
        let lines = Self.lineBreaks(shared.text, from: bounds[k], to: bounds[k + 1]) + 1
        shared.capacities[k] = min(lines, (bounds[k + 1] - bounds[k]) / max(shortestRow, 1) + 1)
      }
      if shared.capacities.count == 1 {
        countPiece(0)
      } else {
        DispatchQueue.concurrentPerform(iterations: shared.capacities.count, execute: countPiece)
      }
    }
    rowCapacities = capacities
  }

  /// The text, read only, and the capacities, piece k writing only entry k.
  private struct Shared: @unchecked Sendable {
    let text: UnsafePointer<UInt8>
    let capacities: UnsafeMutableBufferPointer<Int>
  }

  /// The row at which piece k's rows start when every piece is given its capacity:
  /// `Σ_{i<k} rowCapacities[i]`, and the total at the end (`count + 1` entries).
  var firstRows: [Int] {
    var first = [0]
    for capacity in rowCapacities { first.append(first[first.count - 1] + capacity) }
    return first
  }

  /// The line breaks in `text[start..<end]`: LF, CRLF and lone CR, each counted once.
  ///
  /// LFs are found with `memchr` (vectorized in the C library); CRs are looked for the
  /// same way, and only a text that has some is walked byte by byte for lone CRs.
  static func lineBreaks(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
    let newlines = occurrences(of: newline, text, from: start, to: end)
    guard occurrences(of: carriageReturn, text, from: start, to: end, atMost: 1) > 0 else {
      return newlines
    }
    var loneCarriageReturns = 0
    for k in start..<end where text[k] == carriageReturn {
      if k + 1 == end || text[k + 1] != newline { loneCarriageReturns += 1 }
    }
    return newlines + loneCarriageReturns
  }

  /// How many times `byte` occurs in `text[start..<end]`, counting up to `limit`.
  static func occurrences(
    of byte: UInt8, _ text: UnsafePointer<UInt8>, from start: Int, to end: Int,
    atMost limit: Int = .max
  ) -> Int {
    var found = 0
    var p = start
    while p < end && found < limit,
      let hit = memchr(text + p, Int32(byte), end - p)
    {
      found += 1
      p = UnsafeRawPointer(text).distance(to: UnsafeRawPointer(hit)) + 1
    }
    return found
  }

  private static let newline = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")
}
