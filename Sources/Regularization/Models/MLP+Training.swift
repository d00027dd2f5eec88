extension MLP {
  /// Full-batch training: `steps` optimizer steps on the mean loss over all of `inputs`,
  /// with fresh dropout masks at every step when `dropout` is given.
  ///
  ///     for t = 1 … steps:  m ← dropout.masks(…);  g ← ∇L(θ; m);  θ ← optimizer.step(θ, g)
  ///
  /// The parameters form one group (`parameters`), so an optimizer configured with one
  /// weight decay steps them all. Calling it again continues with the same optimizer state
  /// and generator (learning curves train in chunks and evaluate in between).
  ///
  /// - Returns: The training-mode loss before each step.
  /// - Throws: `.dimensionMismatch` for inputs or targets of the wrong size.
  @discardableResult
  public mutating func train(
    inputs: Matrix, targets: [Double], steps: Int, optimizer: inout some Optimizer,
    dropout: Dropout? = nil, using generator: inout some SeededGenerator
  ) throws(RegularizationError) -> [Double] {
    try check(inputs: inputs, targets: targets, masks: nil)
    var losses: [Double] = []
    losses.reserveCapacity(max(steps, 0))
    for _ in 0..<max(steps, 0) {
      let masks = dropout.map { $0.masks(for: self, samples: inputs.rows, using: &generator) }
      let (loss, gradient) = try lossAndGradient(inputs: inputs, targets: targets, masks: masks)
      losses.append(loss)
      optimizer.step(&parameters, gradient: gradient)
    }
    return losses
  }
}
