import Testing

@testable import Regularization

/// f(w) = ½wᵀAw − bᵀw with A = [[3, 1], [1, 2]] (eigenvalues (5 ± √5)/2 ≈ 1.38 and 3.62).
private let a = try! Matrix(rowArrays: [[3, 1], [1, 2]])
private let b = [1.0, -1.0]
private func gradient(_ w: [Double]) -> [Double] { subtracting(a.multiplied(by: w), b) }

@Suite("Gradient descent") struct GradientDescentTests {
  @Test("converges on a quadratic to its closed-form minimizer A⁻¹b")
  func convergesOnQuadratic() throws {
    let minimizer = try Cholesky(a).solve(b)
    let w = try GradientDescent(learningRate: 0.2, steps: 200)
      .minimize(from: [5, -5], gradient: gradient)
    // The error contracts by max|1 − ηλ_i| ≈ 0.72 per step: 0.72²⁰⁰ ≈ 1e-29 of the start;
    // what is left is rounding, measured 0.
    #expect(maxAbsDifference(w, minimizer) <= 1e-14)
  }

  @Test("diverges on the same quadratic when η > 2/λ_max")
  func divergesWithLargeStep() throws {
    let minimizer = try Cholesky(a).solve(b)
    // 2/λ_max ≈ 0.553; at η = 0.6 the top direction grows by |1 − 0.6·3.62| ≈ 1.17 a step.
    let w = try GradientDescent(learningRate: 0.6, steps: 100)
      .minimize(from: [5, -5], gradient: gradient)
    #expect(maxAbsDifference(w, minimizer) > 1e3)
  }

  @Test("each step is exactly w − η·∇f(w)")
  func stepRule() throws {
    let descent = try GradientDescent(learningRate: 0.25, steps: 3)
    let points = descent.trajectory(from: [1, 2], gradient: gradient)
    for t in 0..<3 {
      let g = gradient(points[t])
      #expect(points[t + 1] == [points[t][0] - 0.25 * g[0], points[t][1] - 0.25 * g[1]])
    }
  }

  @Test("the trajectory holds w_0 … w_steps and ends where minimize ends")
  func trajectoryMatchesMinimize() throws {
    let descent = try GradientDescent(learningRate: 0.1, steps: 7)
    let points = descent.trajectory(from: [1, 2], gradient: gradient)
    #expect(points.count == 8)
    #expect(points.first == [1, 2])
    #expect(points.last == descent.minimize(from: [1, 2], gradient: gradient))
  }

  @Test("the observer sees t = 0 … steps in order")
  func observerOrder() throws {
    var seen: [Int] = []
    _ = try GradientDescent(learningRate: 0.1, steps: 4)
      .minimize(from: [0, 0], gradient: gradient) { t, _ in seen.append(t) }
    #expect(seen == [0, 1, 2, 3, 4])
  }

  @Test("on ridge least squares it converges to RidgeRegression's solution")
  func reachesRidge() throws {
    // f(w) = ‖y − Xw‖² + α‖w‖², ∇f = 2(XᵀXw − Xᵀy) + 2αw, without intercept.
    let fixture = SklearnFixture.load("informative")
    let x = fixture.matrix
    let alpha = 10.0
    let closedForm = try RidgeRegression(alpha: alpha, fitIntercept: false)
      .fit(features: x, targets: fixture.targets).coefficients
    let gram = x.gram()
    let xty = x.transposeMultiplied(by: fixture.targets)
    let w = try GradientDescent(learningRate: 2e-3, steps: 3000).minimize(
      from: [Double](repeating: 0, count: x.columns)
    ) { w in
      adding(scaled(subtracting(gram.multiplied(by: w), xty), by: 2), scaled(w, by: 2 * alpha))
    }
    // The slowest direction contracts by 1 − 2η(λ_min(XᵀX) + α) ≈ 0.82 a step (λ_min ≈ 35,
    // measured), so after 3000 steps only rounding is left: measured 1.4e-14 on w ≈ 50.
    #expect(maxAbsDifference(w, closedForm) <= 1e-11)
  }

  @Test("zero steps return the start")
  func zeroSteps() throws {
    #expect(
      try GradientDescent(learningRate: 1, steps: 0).minimize(from: [3], gradient: { $0 }) == [3])
  }

  @Test(
    "rejects a learning rate that is not a finite number > 0",
    arguments: [0.0, -0.1, Double.nan, Double.infinity])
  func rejectsBadLearningRate(rate: Double) {
    #expect(throws: RegularizationError.self) { try GradientDescent(learningRate: rate, steps: 1) }
  }

  @Test("rejects a negative step count")
  func rejectsNegativeSteps() {
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "steps", value: -1, requirement: ">= 0")
    ) {
      try GradientDescent(learningRate: 0.1, steps: -1)
    }
  }
}
