import Foundation

@testable import Figures

/// Finds series that a figure names but the reader cannot see, because another series is
/// drawn over them along most of their length.
///
/// Each line is taken as drawn: in pixels of the figure's own layout, in draw order, with
/// its stroke width. Line `a` is hidden by a later line `b` when at least `share` of `a`'s
/// length (sampled every 2 px) lies within `tolerance` px of `b`, unless `a` is drawn at
/// least 3 px wider than `b` (a light band under a thin line stays visible), or both share
/// a legend entry (a group such as "15 uninformative, all 0" is meant to be one line).
/// A dashed or dotted line is also hidden by the lines drawn before it: over another line
/// its dashes merge with it into one striped line (lesson 4's Smooth L1 did).
enum SeriesCoincidence {
  /// One drawn line of a chart.
  struct DrawnLine {
    var name: String
    var runs: [[(x: Double, y: Double)]]
    var width: Double
    var group: String?
    /// Whether the stroke has gaps (dashed, dotted): such a line over another shows as
    /// one striped line, so both count as hidden.
    var isDashed = false
  }

  /// A pair where `hidden` is covered by `by`, and the share of its length covered.
  struct Finding: CustomStringConvertible {
    var hidden: String
    var by: String
    var share: Double
    var description: String {
      "\(hidden) is hidden under \(by) over \(Int((share * 100).rounded())) % of its length"
    }
  }

  /// The lines of `figure` in pixels, one list per panel.
  static func lines(of figure: any Figure) -> [[DrawnLine]] {
    if let panels = figure as? Panels { return panels.panels.flatMap { lines(of: $0.chart) } }
    if let chart = figure as? LineChart { return [lines(of: chart)] }
    if let chart = figure as? ScatterChart { return [lines(of: chart)] }
    return []
  }

  static func lines(of chart: LineChart) -> [DrawnLine] {
    let layout = ChartLayout(chart.drawing().spec)
    guard let xMap = layout.x else { return [] }
    let standard = chart.series.count > 8 ? 1.5 : 2
    let order = chart.series.indices.sorted {
      (chart.series[$0].layer, $0) < (chart.series[$1].layer, $1)
    }
    return order.filter { chart.series[$0].drawsLine }.map { index in
      let one = chart.series[index]
      let runs = SeriesRenderer.runs(
        x: Array(one.x.prefix(one.count)), y: one.y, xMap: xMap, yMap: layout.y
      ).map { SeriesRenderer.stepped($0, one.interpolation).map { (x: $0.1.x, y: $0.1.y) } }
      return DrawnLine(
        name: one.name, runs: runs, width: one.lineWidth ?? standard, group: one.legendGroup,
        isDashed: chart.style(ofSeriesAt: index).dash != .solid)
    }
  }

  static func lines(of chart: ScatterChart) -> [DrawnLine] {
    let layout = ChartLayout(chart.drawing().spec)
    guard let xMap = layout.x else { return [] }
    let polylines = chart.linePolylines(xMap.ticks)
    return chart.lines.indices.map { index in
      let runs = SeriesRenderer.runs(
        x: polylines[index].x, y: polylines[index].y, xMap: xMap, yMap: layout.y
      ).map { $0.map { (x: $0.1.x, y: $0.1.y) } }
      return DrawnLine(
        name: chart.lines[index].name, runs: runs,
        width: chart.lines[index].lineWidth ?? 2.5, group: nil,
        isDashed: chart.style(ofLineAt: index).dash != .solid)
    }
  }

  /// Every line hidden by the lines drawn after it (together: a line can be covered by
  /// one series on one part and by another on the rest).
  static func hidden(
    in lines: [DrawnLine], tolerance: Double = 2, share: Double = 0.8
  ) -> [Finding] {
    var findings: [Finding] = []
    for (i, below) in lines.enumerated() {
      let samples = resampled(below.runs, every: 2)
      guard !samples.isEmpty else { continue }
      let later = lines[(i + 1)...].filter { above in
        !(below.group != nil && below.group == above.group) && below.width < above.width + 3
      }
      let earlier =
        below.isDashed
        ? lines[..<i].filter { under in
          !(below.group != nil && below.group == under.group) && under.width < below.width + 3
        } : []
      let covering = Array(later) + earlier
      var counts = [Int](repeating: 0, count: covering.count)
      var covered = 0
      for sample in samples {
        var hit = false
        for (k, above) in covering.enumerated() where distance(sample, to: above.runs) <= tolerance
        {
          counts[k] += 1
          hit = true
        }
        if hit { covered += 1 }
      }
      let fraction = Double(covered) / Double(samples.count)
      if fraction >= share {
        // Name the lines that cover a noticeable part (5 %), not those it merely crosses.
        let names = covering.indices.filter { counts[$0] * 20 >= samples.count }.map {
          covering[$0].name
        }
        findings.append(
          Finding(hidden: below.name, by: names.joined(separator: " and "), share: fraction))
      }
    }
    return findings
  }

  /// Points every `step` px of arc length along each run (a lone point counts once).
  static func resampled(_ runs: [[(x: Double, y: Double)]], every step: Double)
    -> [(x: Double, y: Double)]
  {
    var points: [(x: Double, y: Double)] = []
    for run in runs {
      guard let first = run.first else { continue }
      points.append(first)
      var carried = 0.0  // arc length since the last sample
      for (p, q) in zip(run, run.dropFirst()) {
        let length = hypot(q.x - p.x, q.y - p.y)
        var along = step - carried
        while along <= length {
          let t = along / length
          points.append((p.x + t * (q.x - p.x), p.y + t * (q.y - p.y)))
          along += step
        }
        carried = length - (along - step)
      }
    }
    return points
  }

  /// The distance from `point` to the nearest segment (or lone point) of `runs`.
  static func distance(_ point: (x: Double, y: Double), to runs: [[(x: Double, y: Double)]])
    -> Double
  {
    var best = Double.infinity
    for run in runs {
      if run.count == 1, let only = run.first {
        best = min(best, hypot(point.x - only.x, point.y - only.y))
      }
      for (p, q) in zip(run, run.dropFirst()) {
        let (dx, dy) = (q.x - p.x, q.y - p.y)
        let squared = dx * dx + dy * dy
        let t =
          squared == 0 ? 0 : max(0, min(1, ((point.x - p.x) * dx + (point.y - p.y) * dy) / squared))
        best = min(best, hypot(point.x - (p.x + t * dx), point.y - (p.y + t * dy)))
      }
    }
    return best
  }
}
