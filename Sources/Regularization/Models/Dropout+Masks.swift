extension Dropout {
  /// One training mask per hidden layer of `network` for a batch of `samples` rows:
  /// `masks[l]` has `samples × widths[l+1]` multipliers (row-major), drawn layer by layer
  /// from `generator` by `mask(count:using:)`. Pass them to `MLP.lossAndGradient` or
  /// `MLP.outputs(for:masks:)`.
  public func masks(
    for network: MLP, samples: Int, using generator: inout some SeededGenerator
  ) -> [[Double]] {
    (1..<network.layerCount).map { l in
      mask(count: samples * network.widths[l], using: &generator)
    }
  }
}
