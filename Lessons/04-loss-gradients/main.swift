// Lesson 4 — MSE vs L1 vs Smooth L1: what their gradients do.
//
// Claim: MSE's gradient 2r grows with the error, L1's is ±1 whatever the error, and
// Smooth L1's (Fast R-CNN, PyTorch's β) is r/β near the target and ±1 far from it. Under a
// fixed step that makes MSE and Smooth L1 converge geometrically and L1 oscillate in a
// band of width η; from a far start MSE takes a huge first step and Smooth L1 one of at
// most η; and with gross outliers the L1 and Smooth L1 lines keep their slope while the
// MSE line is dragged. The experiments live in LossCurveExperiment.swift,
// LossDescentExperiment.swift and OutlierFitExperiment.swift; the solvers in the library.
import Figures
import LessonKit
import Regularization

LessonRunner.main(Catalogue.info(4), story: story)

func story(_ lesson: inout Lesson) throws {
  // 1. What the article says, and the definitions used here.
  lesson.narrative.section("The article's three losses, in PyTorch's definitions")
  lesson.narrative.paragraph(
    """
    Seed 001 compares three regression losses of the residual r = prediction − target. \
    L1: "the gradient is the same almost everywhere, so even a small loss gets a large \
    gradient, which hurts convergence; but it is stable for any input, does not cause \
    梯度**問題, and is robust". MSE: "smooth and differentiable; its gradient shrinks \
    with the error, so even a fixed learning rate reaches the minimum quickly; but for \
    large differences the square easily causes 梯度**". Smooth L1, proposed in the \
    Fast R-CNN paper: "when the predicted box is far from the ground truth the gradient \
    is not too large; when it is close, the gradient is small enough".
    """)
  lesson.narrative.paragraph(
    """
    The "**" are words a site's filter removed: 梯度** is 梯度爆炸, gradient explosion \
    (the same filter ate 預測 in "**框", the predicted box, and most likely 論文, paper, \
    in "fast rcnn**提出"). The formulas were images and are lost, leaving "?−?(?)=0" \
    where L1 has no derivative: y − f(x) = 0, a zero residual. The lesson uses PyTorch's \
    definitions, per element:
    """)
  lesson.narrative.formula(
    """
    MSELoss          ℓ(r) = r²                        ℓ′(r) = 2r
    L1Loss           ℓ(r) = |r|                       ℓ′(r) = sign(r), none at 0 (PyTorch: 0)
    SmoothL1Loss(β)  ℓ(r) = 0.5·r²/β   if |r| < β     ℓ′(r) = r/β
                     ℓ(r) = |r| − 0.5·β otherwise     ℓ′(r) = sign(r)
    HuberLoss(δ)     ℓ(r) = δ·SmoothL1_{β=δ}(r)       ℓ′(r) = r inside, δ·sign(r) outside
    """)
  lesson.narrative.paragraph(
    """
    PyTorch's MSE has no ½, so its gradient is 2r. Fast R-CNN's smooth L1 is the β = 1 \
    case; near 0 it is ½·r², half of MSE, so it has half MSE's curvature. Huber keeps \
    MSE/2 near 0 and caps the slope at δ; Smooth L1 keeps L1's unit slope far out.
    """)

  // 2. The curves.
  lesson.narrative.section(
    "Loss and gradient curves", uses: ["LossCurveExperiment.swift", "LossGradientFigures.swift"])
  lesson.narrative.expect(
    """
    L1's slope is ±1 at every r ≠ 0 and jumps at 0; MSE's is 2r, as large as the error; \
    Smooth L1's is r/β inside (fading to 0 with r) and ±1 outside, with no jump at ±β.
    """)
  let curves = try LossCurveExperiment()
  let probes: [Double] = [1e-3, 0.5, 1, 3, 1000]
  lesson.narrative.table(
    ["ℓ′(r) at r ="] + probes.map { NumberFormat.readable($0) },
    curves.losses.map { loss in
      [loss.name] + probes.map { NumberFormat.readable(loss.derivative(residual: $0)) }
    })
  let kink = curves.l1Kink
  let joint = curves.smoothL1Joints[1]
  lesson.narrative.result(
    """
    One-sided difference quotients (h = 10⁻⁶): L1 at r = 0 has slopes \
    \(NumberFormat.readable(kink.left)) from the left and \(NumberFormat.readable(kink.right)) \
    from the right, a jump of \(NumberFormat.readable(kink.right - kink.left, significant: 1)); Smooth L1 at r = β has \
    \(NumberFormat.readable(joint.left, significant: 7)) and \
    \(NumberFormat.readable(joint.right, significant: 7)), equal up to the h/(2β) error of a \
    difference quotient on a parabola: it is C¹. Huber_δ − δ·SmoothL1_{β=δ} on the grid, δ \
    = 0.5, 1, 2: at most \(NumberFormat.readable(try curves.huberScalingGap())).
    """)

  lesson.narrative.paragraph(
    """
    The first figure draws the three losses: MSE's parabola, L1's V, and Smooth L1 \
    following the parabola inside ±β and the V, shifted down by β/2, outside. The second \
    draws their slopes, the subject of this lesson: MSE's unbounded line, L1's step from −1 \
    to 1, and Smooth L1's ramp that is capped at ±1.
    """)
  lesson.show(LossGradientFigures.losses(curves), as: "losses")
  lesson.show(LossGradientFigures.gradients(curves), as: "gradients")

  // 3. Fixed-step gradient descent.
  let descent = try LossDescentExperiment(seed: lesson.seed)
  let eta = LossDescentExperiment.learningRate
  let beta = LossDescentExperiment.beta
  lesson.narrative.section(
    "Fixed-step gradient descent on one parameter", uses: ["LossDescentExperiment.swift"])
  lesson.narrative.paragraph(
    """
    The smallest problem that shows the gradients at work: one parameter θ, one target t, \
    minimize f(θ) = ℓ(θ − t), whose optimum is θ* = t for every loss. Here t = \
    \(NumberFormat.readable(descent.target)) and θ₀ = t + \
    \(NumberFormat.readable(descent.startDistance)) (both drawn from the seed); every loss \
    gets η = \(eta) for \(LossDescentExperiment.steps) steps of θ_{k+1} = θ_k − η·ℓ′(θ_k − t):
    """)
  lesson.narrative.formula(
    """
    MSE        θ_{k+1} − t = (1 − 2η)·(θ_k − t): factor \
    \(NumberFormat.readable(1 - 2 * eta, significant: 2)) per step
    Smooth L1  steps of exactly η while |θ_k − t| ≥ β, then factor 1 − η/β = \
    \(NumberFormat.readable(1 - eta / beta, significant: 2))
    L1         steps of exactly η, always
    """)
  lesson.narrative.expect(
    """
    straight lines on a log scale for MSE and (after its walk) Smooth L1; L1 walks to θ* at \
    speed η and then, with nothing to shrink its step, jumps over θ* back and forth.
    """)
  let shown = [0, 10, 20, 40, 60, 80, 100]
  lesson.narrative.table(
    ["|θ_k − θ*| at k ="] + shown.map(String.init),
    descent.names.indices.map { index in
      [descent.names[index]]
        + shown.map { NumberFormat.scientific(descent.distances[index][$0], 1) }
    })
  let tail = descent.l1Tail
  lesson.narrative.result(
    """
    Over the last \(LossDescentExperiment.tail) steps the L1 iterates take two values only, \
    θ* + \(NumberFormat.readable((tail.max() ?? .nan) - descent.target)) and θ* − \
    \(NumberFormat.readable(descent.target - (tail.min() ?? .nan))): a band of width \
    \(NumberFormat.readable(descent.l1BandWidth, significant: 6)) around θ*.
    """)
  lesson.narrative.paragraph(
    """
    Why exactly η: every L1 step has length η·|sign(r)| = η. From d₀ = \
    \(NumberFormat.readable(descent.startDistance)), after ⌊d₀/η⌋ steps θ sits δ = d₀ − \
    η·⌊d₀/η⌋ = \(NumberFormat.readable(descent.predictedOffset)) above θ*; the next step \
    lands η − δ below it, the next δ above again, forever. Only if d₀ were an exact \
    multiple of η would it land on θ*, where PyTorch's sign(0) = 0 stops it. A decaying \
    step size, or Smooth L1's fading gradient, closes the band.
    """)

  lesson.narrative.paragraph(
    """
    In the convergence figure (distance to θ* on a log axis) MSE and Smooth L1 fall as \
    straight lines, a constant factor per step, while L1 levels off at its band.
    """)
  lesson.show(LossGradientFigures.convergence(descent), as: "convergence")

  // 4. A far start.
  lesson.narrative.section("A far start: the first step", uses: ["LossDescentExperiment.swift"])
  let far = LossDescentExperiment.farDistance
  let distances = LossDescentExperiment.startDistances
  lesson.narrative.paragraph(
    """
    From θ₀ = θ* + d the first step is η·|ℓ′(d)|: MSE 2η·d, L1 η, Smooth L1 η·min(d/β, 1). \
    The table measures it: one step of the same gradient descent from each start, |θ₁ − θ₀|.
    """)
  lesson.narrative.expect("MSE's step grows with d without limit; Smooth L1's never exceeds η.")
  lesson.narrative.table(
    ["|θ₁ − θ₀| at d ="] + distances.map { NumberFormat.readable($0) },
    descent.names.indices.map { index in
      [descent.names[index]] + descent.firstSteps.map { NumberFormat.readable($0[index]) }
    })
  let large = LossDescentExperiment.largeLearningRate
  let largeShown = [0, 1, 2, 5, 10, 20, 50]
  lesson.narrative.paragraph(
    """
    Here the big MSE step does no harm: it is proportional to the distance, so MSE covers \
    2η = \(NumberFormat.readable(2 * eta, significant: 2)) of it per step from anywhere. \
    The danger is that the step scales with the error: one far-off error, or a step size \
    tuned for small errors, gives a huge update. With curvature ℓ″ = 2, MSE converges only \
    for η < 2/ℓ″ = 1 (|1 − 2η| < 1) and diverges beyond. Smooth L1 never diverges, since \
    no step is longer than η; inside its quadratic zone (curvature 1/β) it converges for \
    η < 2β, and for η ≥ 2β it stops converging and oscillates in a band of width at most \
    η. The same start d = \(NumberFormat.readable(far)) with η = \(large):
    """)
  lesson.narrative.table(
    ["|θ_k − θ*| at k ="] + largeShown.map(String.init),
    [0, 2].map { index in
      let path = descent.largeStepTrajectories[index]
      return [descent.names[index]]
        + largeShown.map { NumberFormat.readable(abs(path[$0] - descent.target)) }
    })
  lesson.narrative.result(
    """
    MSE's distance grows by |1 − 2η| = \
    \(NumberFormat.readable(abs(1 - 2 * large), significant: 2)) per step: that is the \
    explosion. Note the article's wording: the square does not make the gradient explode \
    by itself (2r grows only linearly), and the large first step of the table above is \
    harmless at η = \(eta); a step η > 2/ℓ″ too large for the curvature is what explodes. \
    Smooth L1 never moves more than η; its price is that from d = \
    \(NumberFormat.readable(far)) it walks about d/η steps before it reaches its quadratic \
    zone.
    """)

  // 5. Outliers.
  let outliers = try OutlierFitExperiment(seed: lesson.seed)
  lesson.narrative.section(
    "A line through 10 % gross outliers", uses: ["OutlierFitExperiment.swift"])
  lesson.narrative.paragraph(
    """
    Data: 90 inliers x ~ U(0, 10), y = 1 + 2x + ε, ε ~ N(0, 1); 10 outliers at the right \
    end, x ~ U(8, 10), on the same line plus noise plus U(20, 40): one-sided and far from \
    the centre of x, where they can tilt a line. Each loss's line minimizes Σ ℓ(a + b·x_i − \
    y_i) exactly, found by:
    """)
  lesson.narrative.formula(
    """
    MSE        normal equations, closed form (RidgeRegression with α = 0)
    L1         Wesolowsky's descent: the best line through a pivot point is a weighted
               median of slopes; pivot along data points until no pivot lowers Σ|r_i|
    Smooth L1  IRLS with weights min(1/β, 1/|r_i|), β = 1, then an exact solve once it is
               known which residuals lie inside (−β, β)
    """)
  lesson.narrative.expect(
    "the MSE slope pulled well above 2; the L1 and Smooth L1 slopes close to 2.")
  let optimality = outliers.optimality
  lesson.narrative.table(
    ["loss", "method", "slope", "|slope − 2|", "intercept", "iterations"],
    outliers.fits.indices.map { index in
      [
        outliers.names[index], outliers.methods[index],
        NumberFormat.fixed(outliers.fits[index].slope, 4),
        NumberFormat.fixed(outliers.slopeErrors[index], 4),
        NumberFormat.fixed(outliers.fits[index].intercept, 4),
        "\(outliers.fits[index].iterations)",
      ]
    })
  lesson.narrative.result(
    """
    Optimality, checked rather than assumed. MSE and Smooth L1 are differentiable, so \
    their lines are optimal when the gradient of the mean loss is 0: \
    \(NumberFormat.scientific(optimality.mseGradient, 1)) and \
    \(NumberFormat.scientific(optimality.smoothGradient, 1)). L1 has kinks: its line is \
    optimal when no direction in (a, b) lowers Σ|r_i|, i.e. 0 ∈ Σ sign(r_i)·(1, x_i) with \
    sign(0) free in [−1, 1]; the smallest directional derivative (per sample) is \
    \(NumberFormat.readable(optimality.l1DescentRate)) ≥ 0.
    """)
  lesson.narrative.paragraph(
    """
    Why MSE gives in: its gradient weights each point by its residual, 2r. At the MSE \
    line an outlier's |r| is on average \
    \(NumberFormat.readable(outliers.outlierPull, significant: 2)) times an inlier's, and \
    all ten push the same way while the inliers' residuals have both signs: the line tilts \
    until the inliers push back as hard. L1 and Smooth L1 weight every point with |r| ≥ β \
    by 1, however far it is: the outliers count as ten votes, not as their distance. \
    (The article also says L2 loss and a sigmoid do not mix because σ′ is tiny: that is \
    lesson 5.)
    """)

  lesson.narrative.paragraph(
    """
    The outliers figure shows the data and the three lines: the MSE line tilted toward the \
    outliers at the right, the L1 and Smooth L1 lines close to the true y = 1 + 2x.
    """)
  lesson.show(LossGradientFigures.outliers(outliers), as: "outliers")

  // 6. The claims, measured.
  lesson.narrative.section("Checking the claims", uses: ["LossGradientClaims.swift"])
  lesson.narrative.paragraph(
    """
    (a) is measured on the plotted grid and on \(LossCurveExperiment.wideResiduals.count) \
    residuals log-spaced over ±[10⁻⁶, 10⁶]; (b) on the last \(LossDescentExperiment.tail) of \
    the \(LossDescentExperiment.steps) steps; (c) at η = \(eta); (d) on the data above, \
    against a bound of \(LossGradientClaims.slopeFractionBound) set from 1000 seeds with a \
    margin. The tests re-derive each number with plain loops, closed forms, finite \
    differences and, for the L1 line, a search over all lines through two points.
    """)
  let claims = LossGradientClaims(curves: curves, descent: descent, outliers: outliers)
  for claim in claims.all { lesson.claim(claim) }

}
