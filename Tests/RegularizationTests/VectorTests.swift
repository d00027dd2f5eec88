import Testing

@testable import Regularization

@Suite("Vector operations") struct VectorTests {
  @Test("dot, norms and mean on a hand-computed vector") func basics() {
    let v = [3.0, -4.0, 12.0]
    #expect(dot(v, [1, 2, 3]) == 31)
    #expect(squaredNorm(v) == 169)
    #expect(euclideanNorm(v) == 13)
    #expect(l1Norm(v) == 19)
    #expect(maxNorm(v) == 12)
    #expect(mean(v) == 11.0 / 3.0)
    #expect(mean([]).isNaN)
  }

  @Test("median: the middle value, or the mean of the two middle ones; NaN when empty")
  func median() {
    #expect(Regularization.median([3, 1, 2]) == 2)
    #expect(Regularization.median([4, 1, 3, 2]) == 2.5)
    #expect(Regularization.median([]).isNaN)
    #expect(Regularization.median([1, .nan]).isNaN)
  }

  @Test("the Euclidean norm survives entries whose squares underflow or overflow")
  func euclideanNormScales() {
    // 3-4-5 triangles scaled far below 1e-154 and above 1e154; exact up to one rounding.
    #expect(abs(euclideanNorm([3e-200, 4e-200]) / 5e-200 - 1) < 1e-15)
    #expect(abs(euclideanNorm([3e200, 4e200]) / 5e200 - 1) < 1e-15)
    #expect(euclideanNorm([0, 0]) == 0)
    #expect(euclideanNorm([]) == 0)
    #expect(euclideanNorm([1, .infinity]) == .infinity)
  }

  @Test("element-wise helpers") func elementWise() {
    #expect(adding([1, 2], [3, 4]) == [4, 6])
    #expect(subtracting([1, 2], [3, 5]) == [-2, -3])
    #expect(scaled([1, -2], by: 3) == [3, -6])
    #expect(maxAbsDifference([1, 2, 3], [1, 2.5, 2]) == 1)
  }

  @Test("relative distance ‖a − r‖/‖r‖: a 3-4-5 triangle, ∞ or NaN from a zero reference")
  func relativeDistances() {
    #expect(relativeDistance([3, 4], to: [0, 8]) == 5.0 / 8)
    #expect(relativeDistance([1, 1], to: [0, 0]) == .infinity)
    #expect(relativeDistance([0, 0], to: [0, 0]).isNaN)
  }
}
