/// Dropout on the inputs of a linear model `ŷ = xᵀw`, and the penalty it amounts to.
///
/// With a mask `m_ij` per sample and feature, each kept with probability `1 − q` and
/// multiplied by the dropout's training scale `s` (`1/(1 − q)` for inverted dropout):
///
///     x̃_ij = s·m_ij·x_ij,   E[x̃_ij] = s(1 − q)·x_ij,   Var[x̃_ij] = s²·q(1 − q)·x_ij²
///     E[mean_i (y_i − x̃_iᵀw)²] = mean_i (y_i − s(1 − q)·x_iᵀw)² + s²·q(1 − q)·Σ_j w_j²·mean_i x_ij²
///
/// For inverted dropout `s(1 − q) = 1` and `s²q(1 − q) = q/(1 − q)`: the expected loss is
/// MSE + q/(1 − q)·Σ_j w_j²·mean_i(x_ij²), a ridge penalty whose weight on w_j is the
/// feature's mean square (Srivastava et al. 2014, §9.1; Wager, Wang and Liang, "Dropout
/// training as adaptive regularization", NeurIPS 2013).
public enum InputDropout {
  /// `q/(1 − q)`, the penalty factor of inverted dropout at rate q.
  public static func penaltyFactor(_ dropout: Dropout) -> Double {
    dropout.rate / dropout.keepProbability
  }

  /// `Σ_j w_j²·mean_i(x_ij²)`, the data-dependent ridge term.
  public static func dataRidge(weights: [Double], features: Matrix) -> Double {
    var total = 0.0
    for j in 0..<features.columns {
      var squares = 0.0
      for i in 0..<features.rows { squares += features[i, j] * features[i, j] }
      total += weights[j] * weights[j] * squares / Double(features.rows)
    }
    return total
  }

  /// The loss `mean_i (y_i − Σ_j mask_ij·x_ij·w_j)²` under one mask (n × p multipliers,
  /// row-major, as `Dropout.mask(count:using:)` draws them).
  public static func loss(
    weights: [Double], features: Matrix, targets: [Double], mask: [Double]
  ) -> Double {
    let p = features.columns
    var total = 0.0
    for i in 0..<features.rows {
      var prediction = 0.0
      for j in 0..<p { prediction += mask[i * p + j] * features[i, j] * weights[j] }
      total += (targets[i] - prediction) * (targets[i] - prediction)
    }
    return total / Double(features.rows)
  }

  /// The expected loss computed exactly, by enumerating for every sample all `2^p` masks
  /// of its row with their probabilities `(1 − q)^kept·q^dropped`. By linearity of the
  /// expectation over samples this is the expectation under independent masks per sample.
  ///
  /// - Complexity: O(n·p·2^p); meant for p ≤ 16.
  public static func exactExpectedLoss(
    dropout: Dropout, weights: [Double], features: Matrix, targets: [Double]
  ) -> Double {
    let p = features.columns
    precondition(p <= 16, "enumerating 2^\(p) masks per sample is too many")
    let scale = dropout.trainingScale
    var total = 0.0
    for i in 0..<features.rows {
      for pattern in 0..<(1 << p) {
        var probability = 1.0
        var prediction = 0.0
        for j in 0..<p {
          if pattern & (1 << j) != 0 {
            probability *= dropout.keepProbability
            prediction += scale * features[i, j] * weights[j]
          } else {
            probability *= dropout.rate
          }
        }
        total += probability * (targets[i] - prediction) * (targets[i] - prediction)
      }
    }
    return total / Double(features.rows)
  }
}
