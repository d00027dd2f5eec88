/// Early stopping on a monitored validation loss: stop when it has not improved for
/// `patience` epochs, and give back the model of the best epoch.
///
///     improvement at epoch e:  loss_e < best − minDelta   (then best ← loss_e, wait ← 0)
///     otherwise:               wait ← wait + 1;  stop when wait = patience
///
/// So training stops exactly `patience` epochs after the best one, and the model returned
/// is the snapshot taken at that best epoch. This is seed 002's rule, “当验证集误差在一段时间
/// 内没有进一步改善时,停止训练并返回使验证集误差最低的模型” (stop when the validation error
/// has not improved for a while, and return the model with the lowest validation error),
/// with “a while” = `patience` epochs.
///
/// Convention: Keras's `EarlyStopping(monitor="val_loss", patience=…, min_delta=…,
/// restore_best_weights=True)` counts the same way (`wait` reset on an improvement of more
/// than `min_delta`, stop when `wait >= patience`). One difference: Keras restores the best
/// weights only when it stops early; if the epoch budget runs out first it keeps the last
/// weights. Here `best` is the best snapshot in both cases, as seed 002's rule says.
/// Epochs are counted from 1 (Keras counts from 0 and prints `epoch + 1`).
///
/// Reference: Keras documentation, `keras.callbacks.EarlyStopping`; L. Prechelt, “Early
/// stopping — but when?”, in *Neural Networks: Tricks of the Trade*, 1998.
public struct EarlyStopping<Snapshot: Sendable>: Sendable {
  /// How many epochs without improvement are tolerated, `≥ 1`.
  public let patience: Int
  /// How much the loss must fall below the best to count as an improvement, `≥ 0`.
  public let minDelta: Double
  /// The lowest monitored loss so far (∞ before the first epoch).
  public private(set) var bestLoss = Double.infinity
  /// The epoch of `bestLoss` (counted from 1), `nil` before any improvement.
  public private(set) var bestEpoch: Int?
  /// The snapshot taken at `bestEpoch`.
  public private(set) var best: Snapshot?
  /// Epochs since the last improvement.
  public private(set) var wait = 0
  /// The epoch at which `update` said stop, `nil` while training goes on.
  public private(set) var stoppedEpoch: Int?

  /// Checks and stores a configuration.
  ///
  /// - Throws: `.invalidParameter` if `patience < 1` or `minDelta` is negative or not finite.
  public init(patience: Int, minDelta: Double = 0) throws(RegularizationError) {
    guard patience >= 1 else {
      throw .invalidParameter(
        name: "patience", value: Double(patience), requirement: "an integer >= 1")
    }
    guard minDelta >= 0, minDelta.isFinite else {
      throw .invalidParameter(
        name: "minDelta", value: minDelta, requirement: "a finite number >= 0")
    }
    self.patience = patience
    self.minDelta = minDelta
  }

  /// Records the monitored loss of `epoch` and returns whether to stop now. The snapshot
  /// is taken only on an improvement. A NaN loss is never an improvement.
  public mutating func update(
    epoch: Int, loss: Double, snapshot: () -> Snapshot
  ) -> Bool {
    if loss < bestLoss - minDelta {
      bestLoss = loss
      bestEpoch = epoch
      best = snapshot()
      wait = 0
      return false
    }
    wait += 1
    if wait >= patience {
      stoppedEpoch = epoch
      return true
    }
    return false
  }
}
