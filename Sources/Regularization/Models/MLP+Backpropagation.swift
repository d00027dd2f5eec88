import Foundation

extension MLP {
  /// The training loss over a batch: binary cross-entropy on the logits (sigmoid output)
  /// or the mean squared error (identity output), averaged over samples and outputs.
  ///
  /// - Parameters:
  ///   - targets: n × outputWidth, row-major.
  ///   - masks: Training-mode dropout masks, or `nil` for the plain network.
  /// - Throws: `.dimensionMismatch` for a wrong size.
  public func loss(inputs: Matrix, targets: [Double], masks: [[Double]]? = nil)
    throws(RegularizationError) -> Double
  {
    try check(inputs: inputs, targets: targets, masks: masks)
    let logits = forward(inputs, masks: masks, hiddenScale: 1).preActivations[layerCount - 1]
    return meanLoss(logits: logits, targets: targets)
  }

  /// The loss and its gradient in every parameter, by backpropagation:
  ///
  ///     δ^L = ∂L/∂z^L = (ψ(z^L) − t)/N (cross-entropy on a sigmoid) or 2(z^L − t)/N (MSE)
  ///     ∂L/∂Wˡ = δˡᵀ·aˡ,   ∂L/∂bˡ = Σ_i δˡ_i,   δˡ⁻¹ = (δˡ·Wˡ) ⊙ mˡ⁻¹ ⊙ φ′(zˡ⁻¹)
  ///
  /// with N = n·outputWidth and mˡ the dropout mask (1 without dropout). The gradient has
  /// the layout of `parameters`.
  ///
  /// - Complexity: about 3 multiply-adds per weight per sample.
  /// - Throws: `.dimensionMismatch` for a wrong size.
  public func lossAndGradient(inputs: Matrix, targets: [Double], masks: [[Double]]? = nil)
    throws(RegularizationError) -> (loss: Double, gradient: [Double])
  {
    try check(inputs: inputs, targets: targets, masks: masks)
    let n = inputs.rows
    let pass = forward(inputs, masks: masks, hiddenScale: 1)
    let logits = pass.preActivations[layerCount - 1]
    var gradient = [Double](repeating: 0, count: parameterCount)
    var delta = outputDelta(logits: logits, targets: targets)
    for l in stride(from: layerCount - 1, through: 0, by: -1) {
      let (inWidth, outWidth) = (widths[l], widths[l + 1])
      let w0 = weightOffset(layer: l)
      let b0 = w0 + inWidth * outWidth
      var upstream = [Double](repeating: 0, count: l > 0 ? n * inWidth : 0)
      parameters.withUnsafeBufferPointer { p in
        pass.layerInputs[l].withUnsafeBufferPointer { a in
          delta.withUnsafeBufferPointer { d in
            gradient.withUnsafeMutableBufferPointer { g in
              upstream.withUnsafeMutableBufferPointer { u in
                for i in 0..<n {
                  for o in 0..<outWidth {
                    let dz = d[i * outWidth + o]
                    if dz == 0 { continue }
                    g[b0 + o] += dz
                    let row = w0 + o * inWidth
                    let base = i * inWidth
                    var k = 0  // `while`: a range iterator is a call per step in debug builds
                    while k < inWidth {
                      g[row + k] += dz * a[base + k]
                      if l > 0 { u[base + k] += dz * p[row + k] }
                      k += 1
                    }
                  }
                }
              }
            }
          }
        }
      }
      if l > 0 {
        delta = hiddenDelta(upstream, z: pass.preActivations[l - 1], mask: masks?[l - 1])
      }
    }
    return (meanLoss(logits: logits, targets: targets), gradient)
  }

  /// δ = ∂L/∂a ⊙ m ⊙ φ′(z).
  func hiddenDelta(_ upstream: [Double], z: [Double], mask: [Double]?) -> [Double] {
    var delta = [Double](repeating: 0, count: z.count)
    let multipliers = mask ?? [Double](repeating: 1, count: z.count)
    let relu = hiddenActivation == .relu
    upstream.withUnsafeBufferPointer { u in
      z.withUnsafeBufferPointer { z in
        multipliers.withUnsafeBufferPointer { m in
          delta.withUnsafeMutableBufferPointer { d in
            for j in 0..<z.count {
              let t = relu ? 0 : Foundation.tanh(z[j])
              let slope = relu ? (z[j] > 0 ? 1 : 0) : 1 - t * t
              d[j] = u[j] * m[j] * slope
            }
          }
        }
      }
    }
    return delta
  }

  /// ∂L/∂z^L for the mean loss over all N = n·outputWidth outputs.
  func outputDelta(logits: [Double], targets: [Double]) -> [Double] {
    let scale = 1 / Double(logits.count)
    return logits.indices.map { j in
      outputActivation == .sigmoid
        ? scale * (sigmoid(logits[j]) - targets[j]) : scale * 2 * (logits[j] - targets[j])
    }
  }

  /// The mean of `BCEWithLogitsLoss` (sigmoid) or `MSELoss` (identity) over all outputs.
  func meanLoss(logits: [Double], targets: [Double]) -> Double {
    outputActivation == .sigmoid
      ? BCEWithLogitsLoss().meanValue(predictions: logits, targets: targets)
      : MSELoss().meanValue(predictions: logits, targets: targets)
  }

  func check(inputs: Matrix, targets: [Double], masks: [[Double]]?) throws(RegularizationError) {
    try checkInputs(inputs)
    guard targets.count == inputs.rows * outputWidth else {
      throw .dimensionMismatch(
        what: "number of targets (samples × outputs)", expected: inputs.rows * outputWidth,
        actual: targets.count)
    }
    if let masks { try checkMasks(masks, samples: inputs.rows) }
  }
}
