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
      figures: ["test-mse-vs-lambda", "fits", "intercept-vs-lambda"], defaultSeed: 1),
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
      number: 5, slug: "05-sigmoid-saturation",
      title: "Sigmoid with MSE learns slowly; cross-entropy does not",
      sources: "seed 001 (σ′(z) 在z取大部分值時會很小, l2 loss不易與sigmod搭配使用)",
      summary: "A sigmoid neuron's quadratic-cost gradient (a − y)·σ′(z)·x carries σ′(z) ≤ 1/4, "
        + "which is nearly 0 once |z| > 4, so from the badly wrong start w = b = 2 it barely "
        + "moves for 50 epochs, while cross-entropy's gradient (a − y)·x cancels σ′ and falls "
        + "at once at the same η = 0.15. From the mild start w = 0.6, b = 0.9 the quadratic "
        + "cost learns too, and Nielsen's η = 0.005 makes cross-entropy look slow for a reason "
        + "that has nothing to do with the cost: equal η is the fair comparison.",
      figures: ["sigmoid-derivative", "output-vs-epoch"], defaultSeed: 5),
    LessonInfo(
      number: 6, slug: "06-l1-corners", title: "Why L1 hits corners: diamond vs circle",
      sources: "seed 001 (損失函式與這些角接觸的機率會遠大於與其它部位接觸的機率)",
      summary: "The contours of a two-weight quadratic loss first touch the L1 diamond at a "
        + "corner, where one weight is exactly 0, because the diamond's normal cone at a "
        + "vertex is a whole quadrant while the circle's is a single ray; every optimum is "
        + "solved in closed form and checked by its KKT conditions. Over 2,000 random "
        + "quadratics at α = α_max/2 most L1 solutions have an exact zero and no L2 solution "
        + "has one, a fraction that grows with α and depends on how the losses are drawn.",
      figures: ["geometry", "unit-balls", "corner-fraction"], defaultSeed: 6),
    LessonInfo(
      number: 7, slug: "07-lasso-vs-ridge-cv",
      title: "Lasso vs Ridge, each tuned by 5-fold cross-validation",
      sources: "seed 000 §2.3 (make_regression(100, 20, noise=0.1), LassoCV(cv=5), RidgeCV(cv=5))",
      summary: "The article's snippet is rerun with scikit-learn's own procedures: LassoCV picks "
        + "α by the mean fold MSE on a grid of 100, RidgeCV (cv=5) picks α from {0.1, 1, 10} by "
        + "the mean fold R², and the two α live on different scales. With noise 0.1 Ridge has "
        + "the smaller test MSE on most seeds, because the Lasso shrinks every kept weight by "
        + "about α̂ and its grid stops at 10⁻³·α_max, while Ridge's α = 0.1 barely shrinks.",
      figures: ["cv-curves", "coefficients"], defaultSeed: 7, dataFiles: ["data.csv"]),
    LessonInfo(
      number: 8, slug: "08-elastic-net", title: "Elastic net",
      sources: "seed 003 (弹性网络: weight_decay for L2, a hand-added L1 term in the loss)",
      summary: "On three groups of strongly correlated features the Lasso puts most of each "
        + "group's weight on one member while the elastic net spreads it evenly. The article's "
        + "PyTorch recipe (Adam's weight_decay for L2, λ₁·Σ|w| in the loss) minimizes "
        + "scikit-learn's objective with α = (λ₁ + λ₂)/2, ρ = λ₁/(λ₁ + λ₂), reaches its "
        + "optimum within 10⁻³ yet never makes a weight exactly zero.",
      figures: ["paths", "grouping"], defaultSeed: 8),
    LessonInfo(
      number: 9, slug: "09-optimizer-weight-decay",
      title: "weight_decay inside the optimizer: SGD, Adam, AdamW",
      sources: "seed 003 (optim.Adam(..., weight_decay=λ), 标准且最有效的方法); Loshchilov and "
        + "Hutter, Decoupled Weight Decay Regularization (ICLR 2019)",
      summary: "In SGD, weight_decay = λ is exactly the penalty (λ/2)‖w‖² on the loss, and "
        + "with no data gradient it shrinks weights by 1 − ηλ per step, as AdamW's decoupled "
        + "decay does in Adam. Adam's own weight_decay goes through the division by √v̂, so "
        + "each of its steps is ≈ η long whatever λ is; it still reaches the ridge solution "
        + "in full batch, which AdamW does not, and which tests better depends on the problem.",
      figures: ["zero-gradient-decay", "trajectories", "test-error-vs-lambda"], defaultSeed: 9),
    LessonInfo(
      number: 10, slug: "10-l1-in-practice",
      title: "L1 in practice: subgradients, proximal steps and two pitfalls",
      sources: "seed 003 (sign(w) 在 0 处未定义; L1 added to the loss by hand); seed 004 "
        + "(l1_reg += torch.norm(param, 1), l2_reg += torch.norm(param, 2) over every parameter)",
      summary: "Adding α‖w‖₁ to the loss and stepping along its subgradient leaves no weight "
        + "exactly 0, while the proximal step (soft-thresholding, ISTA, which the truncated "
        + "gradient done right is) reaches coordinate descent's solution with its exact zeros; "
        + "FISTA beats ISTA's O(1/k) on an ill-conditioned design and gains little on a "
        + "well-conditioned one. Seed 004's snippet adds norms, not squares, over every "
        + "parameter: its \"L2\" term has a gradient of constant length that zeroes the whole "
        + "vector past a threshold, and its bias is penalized too.",
      figures: ["subgradient-vs-prox", "ista-vs-fista", "norm-vs-squared"], defaultSeed: 10),
    LessonInfo(
      number: 11, slug: "11-overfitting-lambda", title: "Overfitting, and choosing λ on a log grid",
      sources: "seed 002 (正则化 fights overfitting); seed 003 (λ searched on a log scale on a "
        + "validation set); Dive into Deep Learning, weight decay (both editions)",
      summary: "d2l's 200-input regression on 20 examples fits its training set almost exactly "
        + "at λ = 0 and its validation set badly, in both editions of the book, whose "
        + "\"L2 norm of w\" is ‖w‖ in one and ‖w‖²/2 in the other; its validation curve over λ "
        + "falls to a flat predict-the-mean plateau. On a degree-15 polynomial fitted to 15 noisy "
        + "points of sin(2πx) by an SVD, training error only rises with λ and the validation "
        + "error has an interior minimum whose λ beats both ends of the grid on test error.",
      figures: ["train-test-vs-lambda", "polynomial-fits"], defaultSeed: 11),
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
      number: 13, slug: "13-early-stopping", title: "Early stopping",
      sources: "seed 002 (提前停止: stop when the validation error stops improving, return the "
        + "best model); Keras EarlyStopping(patience, restore_best_weights=True)",
      summary: "Minibatch SGD on 40 examples of 40 inputs overfits when trained long; early "
        + "stopping with patience 10 stops exactly 10 epochs after the lowest validation loss, "
        + "returns that epoch's weights, and beats the model trained for the whole budget on "
        + "test loss. Gradient descent stopped after t steps is close to ridge with "
        + "λ = 1/(η·t): the filters 1 − (1 − ηd)ᵗ and d/(d + λ) agree to about 30 %.",
      figures: ["loss-curves", "gd-vs-ridge-path"], defaultSeed: 13),
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
