import Testing

@testable import Regularization

/// Feeds `losses` (epochs 1, 2, …) to a stopper whose snapshot is the epoch number.
private func replay(_ losses: [Double], patience: Int, minDelta: Double = 0) throws
  -> EarlyStopping<Int>
{
  var stopper = try EarlyStopping<Int>(patience: patience, minDelta: minDelta)
  for (index, loss) in losses.enumerated() {
    if stopper.update(epoch: index + 1, loss: loss, snapshot: { index + 1 }) { break }
  }
  return stopper
}

@Suite("Early stopping") struct EarlyStoppingTests {
  @Test("stops exactly patience epochs after the best and keeps that epoch's snapshot")
  func stopsAfterPatience() throws {
    // Best 3 at epoch 3, two epochs without improvement, then 2.9 at epoch 6 resets the count.
    let losses: [Double] = [5, 4, 3, 3.5, 3.2, 2.9, 3, 3, 3, 3, 3]
    let stopper = try replay(losses, patience: 3)
    #expect(stopper.bestEpoch == 6)
    #expect(stopper.best == 6)
    #expect(stopper.stoppedEpoch == 9)
    #expect(stopper.bestLoss == 2.9)
  }

  @Test("an equal loss is not an improvement (Keras: monitor_op is strict)")
  func tiesDoNotReset() throws {
    let stopper = try replay([1, 1, 1, 1], patience: 2)
    #expect(stopper.bestEpoch == 1)
    #expect(stopper.stoppedEpoch == 3)
  }

  @Test("min_delta: a fall smaller than min_delta counts as no improvement")
  func minDelta() throws {
    let stopper = try replay([1, 0.95, 0.91, 0.5, 0.5, 0.5], patience: 2, minDelta: 0.1)
    #expect(stopper.bestEpoch == 1)
    #expect(stopper.stoppedEpoch == 3)
  }

  @Test("a NaN loss is never an improvement")
  func nanIsNoImprovement() throws {
    let stopper = try replay([1, .nan, .nan], patience: 2)
    #expect(stopper.bestEpoch == 1 && stopper.stoppedEpoch == 3)
  }

  @Test("without a stop the best snapshot is still kept (unlike Keras, which keeps the last)")
  func budgetRunsOut() throws {
    let stopper = try replay([3, 1, 2], patience: 5)
    #expect(stopper.stoppedEpoch == nil)
    #expect(stopper.best == 2)
  }

  @Test("rejects patience 0 and a negative min_delta")
  func rejectsBadInput() {
    #expect(throws: RegularizationError.self) { try EarlyStopping<Int>(patience: 0) }
    #expect(throws: RegularizationError.self) {
      try EarlyStopping<Int>(patience: 1, minDelta: -1)
    }
  }
}
