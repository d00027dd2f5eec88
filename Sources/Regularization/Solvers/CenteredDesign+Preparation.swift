import Dispatch
import Foundation

extension CenteredDesign {
  /// Below this many entries the preparation runs on one core (threads cost more).
  static let parallelEntries = 1 << 20

  /// `x̄_j = (Σ_i x_ij)/n`, each sum taken in row order whatever the split: the columns are
  /// dealt out to the cores in ranges, and each core reads its range of every row.
  static func columnMeans(_ features: Matrix) -> [Double] {
    let n = features.rows
    let p = features.columns
    var sums = [Double](repeating: 0, count: p)
    features.elements.withUnsafeBufferPointer { x in
      sums.withUnsafeMutableBufferPointer { sums in
        let shared = Shared(x: x, out: sums)
        inParts(of: p, entries: n * p) { columns in
          for i in 0..<n {
            for j in columns { shared.out[j] += shared.x[i * p + j] }
          }
        }
      }
    }
    return sums.map { $0 / Double(n) }
  }

  /// `X − 1·x̄ᵀ` column by column: a transpose, in blocks of 64 rows so that the rows being
  /// read stay in the cache while each column's stretch is written; the cores take
  /// ranges of rows (each entry is written once, by one core, so the split changes nothing).
  static func centeredColumns(_ features: Matrix, means: [Double]) -> [Double] {
    let n = features.rows
    let p = features.columns
    let block = 64
    return features.elements.withUnsafeBufferPointer { x in
      means.withUnsafeBufferPointer { means in
        [Double](unsafeUninitializedCapacity: n * p) { out, count in
          let shared = Shared(x: x, out: out)
          inParts(of: (n + block - 1) / block, entries: n * p) { blocks in
            for b in blocks {
              let rows = b * block..<min((b + 1) * block, n)
              for j in 0..<p {
                for i in rows { shared.out[j * n + i] = shared.x[i * p + j] - means[j] }
              }
            }
          }
          count = n * p
        }
      }
    }
  }

  /// Runs `body` on consecutive ranges that cover `0..<count`, one per core when the work
  /// (`entries`) is large enough, else on the whole range here.
  private static func inParts(
    of count: Int, entries: Int, _ body: (Range<Int>) -> Void
  ) {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let parts = entries < parallelEntries ? 1 : max(1, min(cores, count))
    if parts == 1 {
      body(0..<count)
      return
    }
    withoutActuallyEscaping(body) { body in
      let task = Task(body: body)
      DispatchQueue.concurrentPerform(iterations: parts) { part in
        task.body(count * part / parts..<count * (part + 1) / parts)
      }
    }
  }

  /// The buffers the parts share; each part writes only its own entries of `out`.
  private struct Shared: @unchecked Sendable {
    let x: UnsafeBufferPointer<Double>
    let out: UnsafeMutableBufferPointer<Double>
  }

  /// The non-escaping body, handed to the parts (which all finish before it returns).
  private struct Task: @unchecked Sendable {
    let body: (Range<Int>) -> Void
  }
}
