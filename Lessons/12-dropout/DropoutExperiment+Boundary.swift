import Regularization

extension DropoutExperiment {
  /// The plane around the first training set: its range plus 0.5 on every side, sampled on
  /// a 48 × 36 grid (modest: one forward pass of 1728 points per panel).
  var boundaryAxes: (x: [Double], y: [Double]) {
    let x = firstTraining.features
    let xs = (0..<x.rows).map { x[$0, 0] }
    let ys = (0..<x.rows).map { x[$0, 1] }
    func axis(_ values: [Double], _ count: Int) -> [Double] {
      let lower = (values.min() ?? 0) - 0.5
      let upper = (values.max() ?? 1) + 0.5
      return (0..<count).map { lower + (upper - lower) * Double($0) / Double(count - 1) }
    }
    return (axis(xs, 48), axis(ys, 36))
  }

  /// The network's predicted probability of class 1 (evaluation mode) at every grid point,
  /// one row per y value.
  func probabilities(of network: MLP, x: [Double], y: [Double]) throws -> [[Double]] {
    var elements: [Double] = []
    for yj in y { for xi in x { elements += [xi, yj] } }
    let outputs = try network.outputs(
      for: Matrix(rows: x.count * y.count, columns: 2, elements: elements))
    return y.indices.map { j in Array(outputs[(j * x.count)..<((j + 1) * x.count)]) }
  }
}
