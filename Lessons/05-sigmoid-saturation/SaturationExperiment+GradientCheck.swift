import Regularization

extension SaturationExperiment {
  /// One point of the gradient check: analytic and central-difference gradients.
  struct GradientCheck {
    let cost: NeuronCost
    let neuron: SigmoidNeuron
    let x: Double
    let y: Double
    let analytic: NeuronGradient
    let numeric: NeuronGradient

    /// ‖analytic − numeric‖₂ / max(‖analytic‖₂, ‖numeric‖₂).
    var relativeError: Double {
      FiniteDifference.relativeError(
        [analytic.weight, analytic.bias], [numeric.weight, numeric.bias])
    }
  }
}
