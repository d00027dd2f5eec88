// Lesson 13 — Early stopping.
//
// Claim: watching the validation loss and stopping when it has not improved for 10 epochs
// returns the best epoch's weights, stops exactly 10 epochs after them, and beats training
// for the whole budget; and stopping gradient descent after t steps is close to ridge with
// λ = 1/(η·t). The computations are in EarlyStoppingExperiment.swift and
// GradientDescentRidgePath.swift.
import Figures
import LessonKit
import Regularization

LessonRunner.main(Catalogue.info(13), story: story)

func story(_ lesson: inout Lesson) throws {
  // 1. The rule.
  lesson.narrative.section("The rule: seed 002, and Keras's convention")
  lesson.narrative.paragraph(
    """
    Seed 002, 提前停止 (early stopping): “在训练过程中监测验证集上的误差变化 … 当验证集误差在一段时间内\
    没有进一步改善时,停止训练并返回使验证集误差最低的模型” (watch the validation error during \
    training; when it has not improved for a while, stop and return the model with the lowest \
    validation error). “A while” is the patience, here the rule of thumb of 10 epochs:
    """)
  lesson.narrative.formula(
    """
    after epoch e:  if loss_e < best − min_delta:  best ← loss_e, best epoch ← e, snapshot, wait ← 0
                    else:  wait ← wait + 1;  stop when wait = patience, and return the snapshot
    """)
  lesson.narrative.paragraph(
    """
    This is Keras's EarlyStopping(monitor="val_loss", patience=10, min_delta=0, \
    restore_best_weights=True), with one difference: Keras restores the best weights only \
    when it stops early, and keeps the last ones if the epoch budget runs out first; this \
    implementation (Regularization's EarlyStopping) returns the best snapshot either way, as \
    the seed's rule says. Epochs are counted from 1.
    """)

  // 2. A problem that overfits when trained long.
  lesson.narrative.section(
    "A regression that overfits when trained long",
    uses: ["EarlyStoppingExperiment.swift", "EarlyStoppingFigures.swift"])
  lesson.narrative.paragraph(
    """
    40 examples of 40 inputs x ~ N(0, I), y = wᵀx + N(0, 0.5²) with w ~ N(0, I/40): as many \
    weights as equations, so least squares can thread the noise exactly. Minibatch SGD from \
    w = 0 on mean((ŷ − y)²/2), batches of 5, learning rate 0.02, a budget of 300 epochs, \
    validated on 100 examples, tested on 1000. It is run twice from the same generator \
    state: once with early stopping, once for the whole budget.
    """)
  lesson.narrative.expect(
    "the validation loss falls, bottoms out and climbs while the training loss keeps falling.")
  let experiment = try EarlyStoppingExperiment(seed: lesson.seed)
  let best = experiment.bestEpoch ?? 0
  let stop = experiment.stoppedEpoch ?? experiment.history.epochCount
  let shownEpochs = [1, 5, best, stop, 100, EarlyStoppingExperiment.budget].filter {
    $0 >= 1 && $0 <= experiment.fullHistory.epochCount
  }
  lesson.narrative.table(
    ["epoch", "train loss", "validation loss", "test loss", "note"],
    Array(Set(shownEpochs)).sorted().map { e in
      let model = experiment.fullHistory.models[e - 1]
      return [
        "\(e)", NumberFormat.scientific(experiment.fullHistory.trainingLoss[e - 1]),
        NumberFormat.scientific(experiment.fullHistory.validationLoss[e - 1]),
        NumberFormat.scientific(experiment.testLoss(model)),
        e == best ? "best" : (e == stop ? "stop" : ""),
      ]
    })
  lesson.narrative.result(
    """
    Lowest validation loss at epoch \(best); early stopping stopped at epoch \(stop) and \
    returned epoch \(best)'s weights. Test loss: \
    \(NumberFormat.readable(experiment.testLoss(experiment.returned))) early-stopped against \
    \(NumberFormat.readable(experiment.testLoss(experiment.fullModel))) after all \
    \(EarlyStoppingExperiment.budget) epochs. Against the model of the stop epoch itself, \
    \(EarlyStoppingExperiment.patience) epochs later (test loss \
    \(NumberFormat.readable(experiment.testLoss(experiment.fullHistory.models[stop - 1])))), \
    the difference is small and its sign varies with the seed, so only the comparison with the \
    full budget is claimed.
    """)
  lesson.narrative.paragraph(
    """
    What to look for in the figure: the two curves part at the best epoch; the stop line \
    sits \(EarlyStoppingExperiment.patience) epochs to its right, long before the budget ends.
    """)
  lesson.show(EarlyStoppingFigures.lossCurves(experiment), as: "loss-curves")

  // 3. Why stopping early is a penalty.
  lesson.narrative.section(
    "Early stopping is approximately ridge",
    uses: ["GradientDescentRidgePath.swift", "EarlyStoppingFigures.swift"])
  lesson.narrative.paragraph(
    """
    On least squares the link is exact in the eigenbasis of XᵀX/n = V·diag(d)·Vᵀ: both \
    methods multiply each least-squares coordinate by a filter factor.
    """)
  lesson.narrative.formula(
    """
    f(w) = (1/2n)‖y − Xw‖²,   w = Σⱼ fⱼ·(vⱼᵀXᵀy/n)/dⱼ · vⱼ
    gradient descent from 0, step η, t steps:   fⱼ = 1 − (1 − η·dⱼ)ᵗ
    ridge on f + (λ/2)‖w‖²:                     fⱼ = dⱼ/(dⱼ + λ)
    both ≈ η·dⱼ·t when η·dⱼ·t ≪ 1, both ≈ 1 when ≫ 1:  λ = 1/(η·t)  (scikit-learn: α = n/(η·t))
    """)
  let path = try GradientDescentRidgePath(training: experiment.training)
  let failing = try GradientDescentRidgePath(training: experiment.training, lambdaScale: 2)
  lesson.narrative.expect(
    "a poor match in the first few steps, then a relative distance of at most about 0.3.")
  lesson.narrative.table(
    ["t", "λ = 1/(ηt)", "‖w_GD − w_ridge‖/‖w_ridge‖", "same at λ = 2/(ηt)"],
    [1, 2, 5, 10, 20, 50, 100, 200, 300].map { t in
      [
        "\(t)", NumberFormat.scientific(path.lambda(at: t)),
        NumberFormat.fixed(path.relativeDistance(at: t), 3),
        NumberFormat.fixed(failing.relativeDistance(at: t), 3),
      ]
    })
  let u = [0.1, 0.5, 1, 1.8, 3, 10]
  let t = GradientDescentRidgePath.steps
  lesson.narrative.paragraph(
    "Per direction, with u = η·d·t (at t = \(t), so d = u/(η·t)):")
  lesson.narrative.table(
    ["u = η·d·t", "GD 1 − (1 − ηd)ᵗ", "ridge d/(d + λ)", "GD/ridge − 1"],
    u.map { u in
      let d = u / (path.learningRate * Double(t))
      let gd = SpectralFilter.gradientDescent(
        eigenvalue: d, learningRate: path.learningRate, steps: t)
      let ridge = SpectralFilter.ridge(eigenvalue: d, lambda: path.lambda(at: t))
      return [
        NumberFormat.readable(u), NumberFormat.fixed(gd, 3), NumberFormat.fixed(ridge, 3),
        NumberFormat.fixed(gd / ridge - 1, 3),
      ]
    })
  lesson.narrative.result(
    """
    The approximation is good where a direction is either barely started (u ≪ 1) or done \
    (u ≫ 1), and worst near u ≈ 1.8, where gradient descent has gone about 30 % further than \
    ridge. Over t ≥ \(GradientDescentRidgePath.firstClaimedStep) the largest relative distance \
    is \(NumberFormat.fixed(path.worst.distance, 3)) (at t = \(path.worst.step)); with \
    λ = 2/(η·t) it reaches \(NumberFormat.fixed(failing.worst.distance, 3)). At t = 1 the \
    match is poor, since one step of size η = 1/d_max is not yet in the regime u ≪ 1 for the \
    largest directions.
    """)
  lesson.narrative.paragraph(
    """
    What to look for in the figure: each solid gradient-descent path and its dashed ridge \
    twin rise together, the ridge one a little behind in the middle of the rise.
    """)
  lesson.show(EarlyStoppingFigures.path(path), as: "gd-vs-ridge-path")

  // 4. Claims.
  lesson.narrative.section("Checking the claims", uses: ["EarlyStoppingClaims.swift"])
  lesson.narrative.paragraph(
    """
    (a) and (b) read the early-stopped run's own record of epochs; (c) compares with the run \
    over the whole budget; (d) uses the path above at λ = 1/(η·t).
    """)
  for claim in EarlyStoppingClaims(experiment: experiment, path: path).all { lesson.claim(claim) }
}
