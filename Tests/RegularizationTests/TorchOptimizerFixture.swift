import Foundation

@testable import Regularization

/// Reference trajectories from PyTorch's `torch.optim`, written by
/// `Reference/make_optimizer_fixture.py` (see that script for how each was produced).
struct TorchOptimizerFixture: Decodable, Sendable {
  struct Case: Decodable, Sendable {
    let name: String
    /// "SGD", "Adam" or "AdamW".
    let optimizer: String
    let learningRate: Double
    let momentum: Double
    let dampening: Double
    let nesterov: Bool
    let betas: [Double]
    let epsilon: Double
    let amsgrad: Bool
    let weightDecays: [Double]
    let start: [[Double]]
    /// `gradients[t][k]`: group k's gradient at step t + 1, as PyTorch computed it.
    let gradients: [[[Double]]]
    /// `trajectory[t][k]`: group k after step t + 1.
    let trajectory: [[[Double]]]

    /// The library's optimizer with this case's configuration.
    func makeOptimizer() throws -> any Optimizer {
      switch optimizer {
      case "SGD":
        try SGD(
          learningRate: learningRate, momentum: momentum, dampening: dampening,
          nesterov: nesterov, weightDecays: weightDecays)
      case "Adam":
        try Adam(
          learningRate: learningRate, betas: (betas[0], betas[1]), epsilon: epsilon,
          weightDecays: weightDecays, amsgrad: amsgrad)
      default:
        try AdamW(
          learningRate: learningRate, betas: (betas[0], betas[1]), epsilon: epsilon,
          weightDecays: weightDecays, amsgrad: amsgrad)
      }
    }
  }

  let description: String
  let versions: [String: String]
  let steps: Int
  let cases: [Case]

  /// `Fixtures/optimizers.json`, decoded once.
  static let shared: TorchOptimizerFixture = {
    let url = Bundle.module.url(
      forResource: "optimizers", withExtension: "json", subdirectory: "Fixtures")
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    // The file is committed beside the tests; a missing or broken one is a broken checkout.
    return try! decoder.decode(TorchOptimizerFixture.self, from: Data(contentsOf: url!))
  }()
}
