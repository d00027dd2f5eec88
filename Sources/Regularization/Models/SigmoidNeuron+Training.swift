extension SigmoidNeuron {
  /// Trains the neuron on one sample by plain gradient descent, one step per epoch, and
  /// returns every state `[n_0, n_1, …, n_epochs]` (`epochs + 1` neurons, `n_0 = self`).
  ///
  ///     w ← w − η·∂C/∂w,   b ← b − η·∂C/∂b
  ///
  /// With one sample, an epoch is one full-batch step, as in Nielsen's demonstration.
  ///
  /// - Parameters:
  ///   - x: The input.
  ///   - y: The target output.
  ///   - learningRate: The step `η`.
  ///   - epochs: The number of steps.
  ///   - gradient: The gradient used for each step; `cost.gradient(of:x:y:)` by default
  ///     (tests pass a wrong formula here).
  /// - Throws: `.invalidParameter` if `learningRate` is not a finite number > 0 or
  ///   `epochs < 0`.
  public func trained(
    x: Double, y: Double, cost: NeuronCost, learningRate: Double, epochs: Int,
    gradient: ((SigmoidNeuron, Double, Double) -> NeuronGradient)? = nil
  ) throws(RegularizationError) -> [SigmoidNeuron] {
    let descent = try GradientDescent(learningRate: learningRate, steps: epochs)
    let step = gradient ?? { cost.gradient(of: $0, x: $1, y: $2) }
    var neuron = self
    return descent.trajectory(from: [weight, bias]) { parameters in
      neuron.weight = parameters[0]
      neuron.bias = parameters[1]
      let g = step(neuron, x, y)
      return [g.weight, g.bias]
    }.map { parameters in
      neuron.weight = parameters[0]
      neuron.bias = parameters[1]
      return neuron
    }
  }
}
