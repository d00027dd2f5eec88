import Testing

@testable import Regularization
@testable import reglab

@Suite("Summary wording") struct DescribeTests {
  @Test("numbers have 4 significant digits; times 3")
  func numbers() {
    #expect(Describe.number(0.000123456) == "0.0001235")
    #expect(Describe.number(1234567) == "1.235e+06")
    #expect(Describe.seconds(0.0123456) == "0.0123 s")
  }

  @Test("the objective is written out for each penalty, with and without intercept")
  func objectives() {
    var options = Options()
    #expect(Describe.objective(options) == "minimize 1/(2n)·‖y − Xw − b‖² + α·‖w‖₁")
    options.penalty = .l2
    options.fitIntercept = false
    #expect(
      Describe.objective(options)
        == "minimize 1/(2n)·‖y − Xw‖² + α/2·‖w‖²   (= sklearn Ridge with alpha n·α)")
    options.penalty = .elasticnet
    options.l1RatioOption = 0.3
    #expect(Describe.objective(options).hasSuffix("(ρ = 0.3)"))
  }

  @Test("the gap ratio is gap/tolerance, 0 for 0/0")
  func gapRatio() {
    let fit = ElasticNetFit(
      coefficients: [], intercept: 0, sweeps: 1, dualityGap: 1, gapTolerance: 4, isConverged: true)
    #expect(Describe.gapRatio(fit) == 0.25)
    var exact = fit
    exact.dualityGap = 0
    exact.gapTolerance = 0
    #expect(Describe.gapRatio(exact) == 0)
  }

  @Test("non-zero coefficients are listed largest first, at most the limit")
  func coefficientList() {
    let text = Describe.coefficients([0, -3, 1, 2], names: ["a", "b", "c", "d"], limit: 2)
    let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(lines == ["b         -3", "d         2", "… and 1 more (see --out or --json)"])
  }
}
