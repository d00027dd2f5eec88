// Plain formulas the lesson-4 tests use to re-derive numbers without the library's losses.

/// PyTorch's Smooth L1 per element, written out: 0.5·r²/β inside |r| < β, |r| − 0.5·β outside.
func plainSmoothL1(_ r: Double, beta: Double) -> Double {
  abs(r) < beta ? 0.5 * r * r / beta : abs(r) - 0.5 * beta
}

/// Its derivative: r/β inside, ±1 outside.
func plainSmoothL1Slope(_ r: Double, beta: Double) -> Double {
  abs(r) < beta ? r / beta : (r > 0 ? 1 : -1)
}

/// `sign(r)` with sign(0) = 0, as `torch.sign`.
func plainSign(_ r: Double) -> Double { r > 0 ? 1 : (r < 0 ? -1 : 0) }

/// Fixed-step gradient descent on θ ↦ ℓ(θ − t), written as a plain loop.
func plainDescent(
  from start: Double, target: Double, learningRate: Double, steps: Int,
  slope: (Double) -> Double
) -> [Double] {
  var theta = start
  var path = [theta]
  for _ in 0..<steps {
    theta -= learningRate * slope(theta - target)
    path.append(theta)
  }
  return path
}

/// The least-squares line from the textbook formulas b = Sxy/Sxx, a = ȳ − b·x̄.
func plainLeastSquaresLine(_ x: [Double], _ y: [Double]) -> (intercept: Double, slope: Double) {
  let n = Double(x.count)
  let meanX = x.reduce(0, +) / n
  let meanY = y.reduce(0, +) / n
  var sxy = 0.0
  var sxx = 0.0
  for i in x.indices {
    sxy += (x[i] - meanX) * (y[i] - meanY)
    sxx += (x[i] - meanX) * (x[i] - meanX)
  }
  return (meanY - sxy / sxx * meanX, sxy / sxx)
}

/// The smallest Σ|r_i| over all lines through two points with distinct x: the L1 optimum
/// (a minimizer of this piecewise-linear convex loss sits at such a vertex).
func allPairsL1Loss(_ x: [Double], _ y: [Double]) -> Double {
  var best = Double.infinity
  for i in x.indices {
    for j in x.indices where j > i && x[j] != x[i] {
      let slope = (y[j] - y[i]) / (x[j] - x[i])
      let intercept = y[i] - slope * x[i]
      var loss = 0.0
      for k in x.indices { loss += abs(intercept + slope * x[k] - y[k]) }
      best = min(best, loss)
    }
  }
  return best
}
