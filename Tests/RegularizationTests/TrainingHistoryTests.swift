import Testing

@testable import Regularization

@Suite("Training history") struct TrainingHistoryTests {
  @Test("the lowest validation epoch counts from 1 and takes the first of ties")
  func lowestEpoch() {
    var history = TrainingHistory()
    #expect(history.lowestValidationEpoch == nil)
    history.validationLoss = [3, 1, 2, 1]
    #expect(history.lowestValidationEpoch == 2)
  }
}
