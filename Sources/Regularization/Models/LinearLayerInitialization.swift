/// The initial parameters PyTorch gives `nn.Linear(p, 1)`: `kaiming_uniform_(a=√5)` for
/// the weights and the matching uniform for the bias, which both come to
///
///     w_j ~ U(−1/√p, 1/√p),   b ~ U(−1/√p, 1/√p)
///
/// (the Kaiming bound gain·√(3/p) with gain = √(2/(1 + a²)) = √(1/3) is 1/√p). The draws
/// are from `rng`, weights first, so they differ from PyTorch's numbers but not in law.
///
/// Reference: PyTorch, `torch.nn.Linear.reset_parameters`.
public func linearLayerInitialization(
  features p: Int, using rng: inout some SeededGenerator
) -> (weights: [Double], bias: Double) {
  precondition(p >= 1, "a linear layer needs at least one input, got \(p)")
  let bound = 1 / Double(p).squareRoot()
  let weights = (0..<p).map { _ in rng.uniform(in: -bound..<bound) }
  return (weights, rng.uniform(in: -bound..<bound))
}
