import Figures
import Regularization
import Testing

@testable import reglab

@Suite("Path figures") struct PathFigureTests {
  private static func report(features: Int) throws -> PathReport {
    let data = sampleData(samples: 25, features: features)
    let csv = try CSVDataset(parsing: csvText(data), target: "y", source: "d.csv")
    var options = Options()
    options.csvPath = "d.csv"
    options.target = "y"
    options.alphaCount = 10
    let problem = Problem(
      options: options,
      data: LabData(
        source: "d.csv", csv: csv, features: csv.features, targets: csv.targets,
        standardization: nil))
    return try PathReport(problem)
  }

  @Test("with more than 10 features the 10 largest at the smallest α are named, others grey")
  func largestAreLabelled() throws {
    let report = try Self.report(features: 14)
    let chart = PathFigure.chart(report)
    let named = chart.series.filter(\.showsInLegend)
    #expect(named.count == 10)
    #expect(chart.series.count == 14)
    let last = report.coefficients.last ?? []
    let smallest = named.map { Int($0.name.dropFirst())! - 1 }.map { abs(last[$0]) }.min() ?? 0
    let greyLargest =
      chart.series.filter { !$0.showsInLegend }
      .map { Int($0.name.dropFirst())! - 1 }.map { abs(last[$0]) }.max() ?? 0
    #expect(smallest >= greyLargest)
    #expect(chart.xAxis.scale == .log)
  }

  @Test("with 10 features or fewer every feature is named")
  func smallPathsNameAll() throws {
    let chart = PathFigure.chart(try Self.report(features: 5))
    #expect(chart.series.allSatisfy { $0.showsInLegend })
    #expect(chart.resolvedDescription.contains("Every feature is named"))
  }
}
