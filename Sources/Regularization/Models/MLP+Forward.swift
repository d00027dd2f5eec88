import Foundation

/// The forward pass, layer by layer, over a batch stored row-major (`n × width`).
///
///     zˡ = aˡ·Wˡᵀ + bˡ               (n × widths[l+1])
///     aˡ⁺¹ = mˡ ⊙ φ(zˡ)              hidden layers; mˡ a dropout mask, or a constant scale
///
/// `layerInputs[l]` is aˡ (the input of weight layer `l`) and `preActivations[l]` is zˡ;
/// the last one is the output logit z^L, before ψ.
struct ForwardPass {
  var layerInputs: [[Double]]
  var preActivations: [[Double]]
}

extension MLP {
  /// The network's outputs ŷ = ψ(z^L) for the rows of `inputs` (n × outputWidth,
  /// row-major), in evaluation mode: no dropout, or `dropout`'s evaluation scale (1 for
  /// inverted dropout, 1 − q for the classic form) applied to every hidden activation.
  ///
  /// - Throws: `.dimensionMismatch` if `inputs` does not have `inputWidth` columns.
  public func outputs(for inputs: Matrix, dropout: Dropout? = nil) throws(RegularizationError)
    -> [Double]
  {
    try checkInputs(inputs)
    let pass = forward(inputs, masks: nil, hiddenScale: dropout?.evaluationScale ?? 1)
    return applyOutput(pass.preActivations[layerCount - 1])
  }

  /// The outputs in training mode: hidden layer `l`'s activations multiplied entrywise by
  /// `masks[l]` (n × widths[l+1], row-major), as drawn by `Dropout.masks(for:samples:using:)`.
  ///
  /// - Throws: `.dimensionMismatch` if `inputs` or a mask has the wrong size.
  public func outputs(for inputs: Matrix, masks: [[Double]]) throws(RegularizationError)
    -> [Double]
  {
    try checkInputs(inputs)
    try checkMasks(masks, samples: inputs.rows)
    return applyOutput(forward(inputs, masks: masks, hiddenScale: 1).preActivations[layerCount - 1])
  }

  /// ψ applied to each output logit.
  func applyOutput(_ logits: [Double]) -> [Double] {
    outputActivation == .sigmoid ? logits.map(sigmoid) : logits
  }

  /// zˡ and aˡ for every layer; `masks` (training) or `hiddenScale` (evaluation) multiplies
  /// the hidden activations. Sizes are checked by the callers.
  func forward(_ inputs: Matrix, masks: [[Double]]?, hiddenScale: Double) -> ForwardPass {
    let n = inputs.rows
    var pass = ForwardPass(layerInputs: [inputs.elements], preActivations: [])
    for l in 0..<layerCount {
      let (inWidth, outWidth) = (widths[l], widths[l + 1])
      var z = [Double](repeating: 0, count: n * outWidth)
      let w0 = weightOffset(layer: l)
      let b0 = w0 + inWidth * outWidth
      parameters.withUnsafeBufferPointer { p in
        pass.layerInputs[l].withUnsafeBufferPointer { a in
          z.withUnsafeMutableBufferPointer { z in
            for i in 0..<n {
              for o in 0..<outWidth {
                var sum = p[b0 + o]
                let row = w0 + o * inWidth
                let base = i * inWidth
                var k = 0  // `while`, not `for … in`: a range iterator is a call per step in debug
                while k < inWidth {
                  sum += p[row + k] * a[base + k]
                  k += 1
                }
                z[i * outWidth + o] = sum
              }
            }
          }
        }
      }
      pass.preActivations.append(z)
      if l < layerCount - 1 {
        pass.layerInputs.append(hiddenOutput(z, mask: masks?[l], scale: hiddenScale))
      }
    }
    return pass
  }

  /// `m ⊙ φ(z)` (a mask) or `scale·φ(z)`.
  func hiddenOutput(_ z: [Double], mask: [Double]?, scale: Double) -> [Double] {
    var a = [Double](repeating: 0, count: z.count)
    let multipliers = mask ?? [Double](repeating: scale, count: z.count)
    let relu = hiddenActivation == .relu
    z.withUnsafeBufferPointer { z in
      multipliers.withUnsafeBufferPointer { m in
        a.withUnsafeMutableBufferPointer { a in
          for j in 0..<z.count { a[j] = m[j] * (relu ? max(z[j], 0) : Foundation.tanh(z[j])) }
        }
      }
    }
    return a
  }

  func checkInputs(_ inputs: Matrix) throws(RegularizationError) {
    guard inputs.columns == inputWidth else {
      throw .dimensionMismatch(
        what: "number of input columns", expected: inputWidth, actual: inputs.columns)
    }
  }

  func checkMasks(_ masks: [[Double]], samples n: Int) throws(RegularizationError) {
    guard masks.count == layerCount - 1 else {
      throw .dimensionMismatch(
        what: "number of dropout masks (one per hidden layer)", expected: layerCount - 1,
        actual: masks.count)
    }
    for (l, mask) in masks.enumerated() where mask.count != n * widths[l + 1] {
      throw .dimensionMismatch(
        what: "entries of the dropout mask of hidden layer \(l + 1)", expected: n * widths[l + 1],
        actual: mask.count)
    }
  }
}
