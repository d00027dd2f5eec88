import Testing

@testable import reglab

@Suite("Help") struct HelpTests {
  @Test("each command's help names every option it accepts and its output files")
  func helpCoversOptions() {
    let common = [
      "--csv", "--target", "--penalty", "--l1-ratio", "--tol", "--max-iter", "--no-intercept",
      "--standardize", "--out", "--json", "--direct-gaps",
    ]
    let specific: [Command: [String]] = [
      .path: ["--n-alphas", "--eps", "path.csv", "path.svg", "solver_seconds", "dual_gaps"],
      .fit: ["--alpha", "fit.csv", "fit.svg", "dual_gap"],
      .cv: ["--folds", "--n-alphas", "--eps", "cv.csv", "cv.svg", "mse_path", "KFold"],
    ]
    for command in Command.allCases {
      let text = Help.text(for: command)
      for word in common + (specific[command] ?? []) {
        #expect(text.contains(word), "\(command) help lacks \(word)")
      }
    }
  }

  @Test("the help says exactly what --standardize and the l2 grid do, and the exit codes")
  func helpExplainsTheConventions() {
    let text = Help.overview
    for phrase in [
      "(x_j − mean_j)/sd_j", "(y − ȳ)/sd_y", "population standard deviations",
      "w_j = w'_j·sd_y/sd_j", "Ridge(alpha = n·α)", "ρ = 0.001", "64", "65", "66", "73",
    ] {
      #expect(text.contains(phrase), "overview lacks \(phrase)")
    }
  }

  @Test("no help line is wider than 90 columns")
  func linesFit() {
    for text in [Help.overview] + Command.allCases.map(Help.text(for:)) {
      for line in text.split(separator: "\n") { #expect(line.count <= 90, "\(line)") }
    }
  }
}
