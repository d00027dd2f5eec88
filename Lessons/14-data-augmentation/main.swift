// Lesson 14 — Data augmentation.
//
// Claim: enlarging the data set with transformed copies regularizes. Gaussian noise on the
// inputs of linear regression is, in expectation, exactly ridge with λ = σ² (Bishop 1995);
// least squares on K noisy copies approaches that ridge solution like K^(−1/2); and copies
// made by a symmetry the target really has (x → −x for an even target) lower the test
// error when data are few. The numerics are in NoiseRidgeExperiment.swift and
// SymmetryExperiment.swift.
import Figures
import LessonKit
import Regularization

LessonRunner.main(Catalogue.info(14), story: story)

func story(_ lesson: inout Lesson) throws {
  // 1. The article.
  lesson.narrative.section("The article: enlarge the data set with transformed copies")
  lesson.narrative.paragraph(
    """
    Seed 002 lists data augmentation among the common regularizers: "方法:虽然不是直接对模型进\
    行正则化,但通过对输入数据进行变换(如旋转、缩放、平移等)来扩充数据集" (method: although \
    it does not regularize the model directly, it enlarges the data set by transforming the \
    inputs, e.g. rotation, scaling, shifts), and "提高了模型的泛化能力,减少了过拟合的风险" \
    (it improves generalization and lowers the risk of overfitting).
    """)
  lesson.narrative.paragraph(
    """
    "Not directly" is looser than it needs to be. For the simplest transformation, adding \
    noise to the inputs, the effect on a linear model is exactly a penalty on the weights, \
    and we can compute which one. Rotations and shifts are transformations under which the \
    answer should not change; the last part uses the simplest such symmetry, x → −x.
    """)

  // 2. Noise is ridge, in expectation.
  lesson.narrative.section("Input noise is a ridge penalty", uses: ["NoiseRidgeExperiment.swift"])
  lesson.narrative.paragraph(
    """
    Linear regression without intercept, ŷ = xᵀw, loss MSE(w) = mean_i (y_i − x_iᵀw)² \
    (no ½). Replace every input by a noisy copy x̃_i = x_i + e_i, e_i ~ N(0, σ²·I), \
    independent of everything else. Then, step by step:
    """)
  lesson.narrative.formula(
    """
    r̃_i = y_i − x̃_iᵀw = r_i − e_iᵀw,                 r_i = y_i − x_iᵀw
    r̃_i² = r_i² − 2·r_i·e_iᵀw + (e_iᵀw)²
    E[e_iᵀw] = 0,   E[(e_iᵀw)²] = wᵀE[e_i e_iᵀ]w = σ²·‖w‖²
    E[r̃_i²] = r_i² + σ²·‖w‖²
    E[mean_i r̃_i²] = MSE(w) + σ²·‖w‖²
    """)
  lesson.narrative.paragraph(
    """
    That is ridge regression with λ = σ² in the form MSE + λ‖w‖², whose minimizer solves \
    (XᵀX/n + σ²·I)·w = Xᵀy/n: scikit-learn's Ridge(alpha = n·σ²), since its objective \
    ‖y − Xw‖² + α‖w‖² has no 1/n. This is Bishop's "Training with noise is equivalent to \
    Tikhonov regularization" (Neural Computation, 1995); for a linear model it is exact, \
    not a small-noise approximation. With ½·MSE the penalty halves too.
    """)
  let noise = try NoiseRidgeExperiment(seed: lesson.seed)
  let n = NoiseRidgeExperiment.samples
  lesson.narrative.paragraph(
    """
    Data: n = \(n), p = \(NoiseRidgeExperiment.features) standard-normal features, \
    y = X·w* + N(0, \(NumberFormat.fixed(NoiseRidgeExperiment.targetNoise, 1))²), w* \
    standard normal. Input noise σ = \(NumberFormat.fixed(NoiseRidgeExperiment.inputNoise, 1)), \
    σ² = \(NumberFormat.fixed(noise.variance, 2)). At the least-squares weights w we draw \
    \(NoiseRidgeExperiment.draws) noisy copies of X and average the loss.
    """)
  lesson.narrative.expect(
    "the Monte Carlo mean within a few standard errors of MSE(w) + σ²‖w‖².")
  lesson.narrative.table(
    ["quantity", "value"],
    [
      ["MSE(w) on clean inputs", NumberFormat.readable(noise.mse)],
      ["σ²·‖w‖²", NumberFormat.readable(noise.penalty)],
      ["predicted E[loss]", NumberFormat.readable(noise.predictedLoss)],
      ["Monte Carlo mean", NumberFormat.readable(noise.noisyLoss.mean)],
      ["standard error", NumberFormat.readable(noise.noisyLoss.standardError)],
      [
        "z = (mean − predicted)/SE",
        NumberFormat.fixed(noise.noisyLoss.zScore(against: noise.predictedLoss), 2),
      ],
    ])
  let wrongAlpha = noise.mse + noise.variance / Double(n) * squaredNorm(noise.weights)
  lesson.narrative.result(
    """
    The noise adds σ²‖w‖² = \(NumberFormat.readable(noise.penalty)) to the loss, as the \
    algebra says. Reading λ = σ² as scikit-learn's alpha (α = σ², i.e. σ²/n in the MSE \
    form) would predict \(NumberFormat.readable(wrongAlpha)), \
    \(NumberFormat.fixed(abs(noise.noisyLoss.zScore(against: wrongAlpha)), 0)) standard \
    errors away: the factor n matters.
    """)

  // 3. K noisy copies.
  lesson.narrative.section(
    "K noisy copies approach the ridge solution", uses: ["NoiseRidgeExperiment.swift"])
  lesson.narrative.paragraph(
    """
    The expectation is over infinitely many noise draws. In practice one trains on K noisy \
    copies of the data: least squares on [X + E₁; …; X + E_K] and [y; …; y]. Its normal \
    equations average K noisy Gram matrices, whose error shrinks like K^(−1/2), so the fit \
    should approach Ridge(alpha = n·σ²) at that rate. Here the copies are nested: K = 2 \
    uses the K = 1 copy and one more, and so on up to 1024.
    """)
  lesson.narrative.expect(
    "distances falling roughly like 1/√K, with ups and downs from one K to the next.")
  let distances = noise.distances
  lesson.narrative.table(
    ["K", "‖w_K − w_ridge‖", "ratio to K = 1", "K^(−1/2)"],
    NoiseRidgeExperiment.copies.indices.map { k in
      let copies = NoiseRidgeExperiment.copies[k]
      return [
        "\(copies)", NumberFormat.scientific(distances[k]),
        NumberFormat.readable(distances[k] / distances[0], significant: 3),
        NumberFormat.readable(1 / Double(copies).squareRoot(), significant: 3),
      ]
    })
  let rises = (1..<distances.count).filter { distances[$0] > distances[$0 - 1] }.count
  lesson.narrative.result(
    """
    From K = 1 to K = 1024 the distance falls by a factor \
    \(NumberFormat.readable(distances[0] / distances[distances.count - 1], significant: 3)) \
    (√1024 = 32); \(rises) of the 10 doublings moved away from ridge instead of toward it, \
    so the fall is a trend, not a monotone sequence.
    """)
  lesson.narrative.paragraph(
    """
    What to look for in the figure: the measured distances scatter around the dashed \
    K^(−1/2) line on log-log axes (slope −1/2), never drifting off it.
    """)
  lesson.show(AugmentationFigures.distanceVersusCopies(noise), as: "test-error-vs-copies")
  lesson.narrative.paragraph(
    """
    What to look for in the next figure: at every noise level the markers (least squares on \
    64 noisy copies) sit on the line of their colour (ridge at λ = σ²), and both shrink \
    toward 0 as σ² grows. More noise, more regularization.
    """)
  lesson.show(try AugmentationFigures.noiseVersusRidge(noise), as: "noise-vs-ridge")

  // 4. A known symmetry.
  lesson.narrative.section(
    "A known symmetry: mirrored copies of an even target", uses: ["SymmetryExperiment.swift"])
  lesson.narrative.paragraph(
    """
    Noise copies say "the answer should not depend on tiny changes of x". A symmetry says \
    more: here the target is even, f(x) = x⁴ − x², measured with noise \
    N(0, \(NumberFormat.fixed(SymmetryExperiment.noise, 1))²) at n points uniform in [−1, 1]. \
    The model is a degree-9 polynomial (10 coefficients, fitted by least squares in the \
    Legendre basis with a QR solver), which is free to be odd. Augmented: the same n \
    points plus their mirror images (−x_i, y_i), 2n rows and no new measurement. On those \
    rows least squares is itself even: every odd coefficient comes out 0, and the fit has \
    5 free coefficients instead of 10. Test error: mean (f̂(x) − f(x))² over 401 evenly \
    spaced x; \(SymmetryExperiment.repeats) training sets per size.
    """)
  let symmetry = try SymmetryExperiment(seed: lesson.seed)
  let oddLargest =
    stride(from: 1, to: 10, by: 2).map { abs(symmetry.exampleFits.augmented[$0]) }.max() ?? .nan
  lesson.narrative.expect(
    "a large gain when n is close to the 10 coefficients, shrinking as n grows.")
  lesson.narrative.table(
    ["n", "median test error, plain", "median, mirrored", "median ratio", "mirrored lower on"],
    symmetry.rows.map { row in
      [
        "\(row.size)", NumberFormat.scientific(median(row.plain)),
        NumberFormat.scientific(median(row.augmented)),
        NumberFormat.readable(median(row.ratios), significant: 3),
        "\(row.ratios.filter { $0 < 1 }.count) of \(row.ratios.count)",
      ]
    })
  let rowsBelowOne = symmetry.rows.filter { median($0.ratios) < 1 }.count
  lesson.narrative.result(
    """
    At n = 10 the plain fit interpolates 10 noisy points with 10 coefficients and swings \
    wildly between them; mirroring removes the odd half of the model. The gain shrinks as \
    n grows; the median ratio is below 1 in \(rowsBelowOne) of \(symmetry.rows.count) rows. Largest odd coefficient of a \
    mirrored fit (n = \(SymmetryExperiment.claimSize), first set): \
    \(NumberFormat.scientific(oddLargest)), zero up to rounding.
    """)

  // 5. Claims.
  lesson.narrative.section("Checking the claims")
  lesson.narrative.paragraph(
    """
    (a) compares the Monte Carlo mean with the algebra's prediction in standard errors; \
    (b) compares the distance at K = 1024 with K = 1; (c) compares test errors at n = 15, \
    where data are few for 10 coefficients.
    """)
  for claim in AugmentationClaims(noise: noise, symmetry: symmetry).all { lesson.claim(claim) }
}
