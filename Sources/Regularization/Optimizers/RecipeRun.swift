/// The outcome of `ElasticNetRecipe.train`: the final parameters and the objective after
/// every step.
public struct RecipeRun: Equatable, Sendable {
  public var weights: [Double]
  public var bias: Double
  /// `F` after step 1, 2, …
  public var objectives: [Double]

  /// The first step (counted from 1) after which `F ≤ (1 + relative)·best`, or `nil`.
  public func firstStep(within relative: Double, of best: Double) -> Int? {
    objectives.firstIndex { $0 <= best + relative * abs(best) }.map { $0 + 1 }
  }
}
