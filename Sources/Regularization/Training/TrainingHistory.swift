/// What a training run recorded after every epoch: the mean data loss (without the
/// penalty) on the training and on the validation set, and the model itself.
public struct TrainingHistory: Equatable, Sendable {
  /// `trainingLoss[e − 1]`: the mean loss on the whole training set after epoch `e`.
  public internal(set) var trainingLoss: [Double] = []
  /// `validationLoss[e − 1]`: the mean loss on the validation set after epoch `e`.
  public internal(set) var validationLoss: [Double] = []
  /// `models[e − 1]`: the parameters after epoch `e`.
  public internal(set) var models: [LinearModel] = []

  /// The number of epochs run.
  public var epochCount: Int { models.count }

  /// The epoch (from 1) with the lowest validation loss, the first one if several tie;
  /// `nil` if nothing was recorded.
  public var lowestValidationEpoch: Int? {
    guard let low = validationLoss.indices.min(by: { validationLoss[$0] < validationLoss[$1] })
    else { return nil }
    return low + 1
  }
}
