/// Every lesson that exists, in order: the single source of the titles, sources and
/// summaries printed by the lessons themselves, by `swift run lessons` and in the gallery.
public enum Catalogue {
  public static let lessons: [LessonInfo] = [
    LessonInfo(
      number: 1, slug: "01-l1-sparsity", title: "L1 makes weights exactly zero",
      sources: "seed 000 §2.1; seed 001 (l1 增加模型的稀疏性); seed 002 (L1 → sparse weights)",
      summary: "The article's Lasso(alpha=0.1) on random data returns all zeros, because α is "
        + "above α_max, the smallest penalty that zeroes every weight. On data with 5 "
        + "informative features out of 20, the Lasso path drops weights to exactly 0.0 one by "
        + "one as α grows and recovers the true support, while Ridge only shrinks them.",
      figures: ["lasso-path", "ridge-path", "nonzeros-vs-alpha"], defaultSeed: 1),
    LessonInfo(
      number: 2, slug: "02-weight-decay", title: "L2 is weight decay: the factor 1 − ηλ/n",
      sources: "seed 001 and seed 004 (C = C0 + λ/(2n)·Σw², 权重衰减); seed 003 "
        + "(w ← w(1 − ηλ) − η∇L, weight_decay); seed 000 §2.2 (λ/2·Σw², Ridge(alpha=0.1))",
      summary: "The articles' derivation, C = C0 + λ/(2n)·Σw² so w ← (1 − ηλ/n)·w − η·∂C0/∂w "
        + "with the bias untouched, is walked one printed step at a time and each step is "
        + "checked: finite differences, the two update forms side by side, the pure geometric "
        + "decay, convergence to the closed-form ridge solution. In the eigenbasis of XᵀX "
        + "ridge multiplies each least-squares coordinate by d_j/(d_j + λ), and the same "
        + "solution is reached in every convention for λ (scikit-learn, the articles, PyTorch).",
      figures: ["weight-norm-decay", "ridge-shrinkage", "shrinkage-factors"], defaultSeed: 2),
    LessonInfo(
      number: 3, slug: "03-unpenalized-bias", title: "Don't put the bias in the penalty",
      sources: "seed 004 §三 (偏置b为什么不加正则: b 不贡献曲率); seed 003 (if param.dim() > 1)",
      summary: "For f(x) = wᵀx + b the slope ∂f/∂x = w does not involve b, so penalizing b "
        + "buys no smoothness; it only drags predictions toward 0. On data with offset 50, ridge "
        + "with a free bias keeps a zero mean residual and ignores a shift of y, while ridge "
        + "that also penalizes b loses both and has a higher test MSE at almost every λ.",
      figures: ["test-mse-vs-lambda", "intercept-vs-lambda", "fits"], defaultSeed: 1),
    LessonInfo(
      number: 4, slug: "04-loss-gradients",
      title: "MSE vs L1 vs Smooth L1: what their gradients do",
      sources: "seed 001 (l1 loss, mse, smooth l1 of Fast R-CNN)",
      summary: "With PyTorch's definitions, MSE's gradient 2r grows with the error, L1's is "
        + "±1 whatever the error, and Smooth L1's fades to 0 near the target and is capped "
        + "at 1 far from it. So under a fixed step MSE and Smooth L1 converge geometrically "
        + "while L1 ends jumping across the optimum in a band of width η, a far start gives "
        + "MSE a huge first step and Smooth L1 one of at most η, and with 10 % outliers "
        + "the exact L1 and Smooth L1 lines keep the slope that the MSE line loses.",
      figures: ["losses", "gradients", "convergence", "outliers"], defaultSeed: 4),
    LessonInfo(
      number: 12, slug: "12-dropout", title: "Dropout",
      sources: "seed 002 (Dropout 随机丢弃神经元, 减少神经元之间的共适应性)",
      summary: "Inverted dropout keeps each hidden unit with probability 1 − q and scales it by "
        + "1/(1 − q), so the expected activation is unchanged and the network at test time is "
        + "the plain, deterministic one; the classic form scales by 1 − q at test time instead "
        + "and gives the same expected output. On linear regression, dropout on the inputs is "
        + "exactly a data-dependent ridge penalty q/(1 − q)·Σ_j w_j²·mean_i(x_ij²), and on a "
        + "2-32-1 network fitted to 50 points of two moons it shrinks the gap between test and "
        + "training cross-entropy.",
      figures: ["learning-curves", "decision-boundary"], defaultSeed: 12),
    LessonInfo(
      number: 14, slug: "14-data-augmentation", title: "Data augmentation",
      sources: "seed 002 (数据增强: 通过对输入数据进行变换来扩充数据集)",
      summary: "Adding Gaussian noise of variance σ² to the inputs of linear regression is, in "
        + "expectation, ridge with λ = σ² in MSE + λ‖w‖² (Bishop 1995), and least squares on K "
        + "noisy copies approaches that ridge solution like K^(−1/2). On a task with a known "
        + "symmetry, an even target fitted by a degree-9 polynomial, adding the mirrored copies "
        + "x → −x lowers the test error when data are few.",
      figures: ["test-error-vs-copies", "noise-vs-ridge"], defaultSeed: 14),
  ]

  /// The lesson with the given number, if it exists.
  public static func lesson(_ number: Int) -> LessonInfo? {
    lessons.first { $0.number == number }
  }

  /// The entry of a lesson program's own number; its absence is a bug, not bad input.
  public static func info(_ number: Int) -> LessonInfo {
    guard let info = lesson(number) else {
      preconditionFailure("lesson \(number) is missing from the catalogue")
    }
    return info
  }
}
