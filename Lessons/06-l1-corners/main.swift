// Lesson 6 — Why L1 hits corners: diamond vs circle.
//
// Claim: the contours of a loss in two weights first touch the L1 ball at a vertex, where
// one weight is exactly 0, because a vertex's normal cone is a whole quadrant of
// directions while every point of the L2 circle has a single normal ray. Over random
// quadratics most L1 solutions at α = α_max/2 have an exact zero and no L2 solution has
// one. Every optimum is solved in closed form in the library (NormBalls/); the examples
// live in GeometryExperiment.swift and CornerFractionExperiment.swift.
import Figures
import LessonKit
import Regularization

LessonRunner.main(Catalogue.info(6), story: story)

func story(_ lesson: inout Lesson) throws {
  // 1. The article.
  lesson.narrative.section("The article: the loss meets the diamond at a corner")
  lesson.narrative.paragraph(
    """
    Seed 001 draws the loss contours with the L1 diamond and the L2 circle and says: \
    「損失函式和正則化項圖形首次相交的地方就是最優解, 左圖消交點(0,w), 因為正則化函式有很多突出的角 \
    (二維情況下四個, 多維情況下更多), 損失函式與這些角接觸的機率會遠大於與其它部位接觸的機率, \
    而在這些角上會有很多權值等於0」: the point where the loss first meets the penalty's \
    figure is the optimum; in the left figure it is (0, w); the L1 figure has many sharp \
    corners (four in two dimensions, more in higher ones), the loss is far more likely to \
    touch a corner than any other part, and at the corners many weights are 0.
    """)
  lesson.narrative.paragraph(
    """
    The figure was an image and is lost. The lesson redraws it with an explained example, \
    shows why a corner catches the contours, and then measures the article's "far more \
    likely", which needs a way of drawing losses to mean anything.
    """)

  // 2. The fixed example.
  lesson.narrative.section("One loss, two balls of radius 1", uses: ["GeometryExperiment.swift"])
  lesson.narrative.formula(
    """
    f(w) = ½(w − c)ᵀH(w − c),   c = (2, 0.6),   H = R(30°)·diag(1, 0.3)·R(30°)ᵀ
    L1:  minimize f(w) subject to |w₁| + |w₂| ≤ 1
    L2:  minimize f(w) subject to w₁² + w₂² ≤ 1
    """)
  lesson.narrative.paragraph(
    """
    Any least-squares loss in two weights is such an f up to a constant, with H = XᵀX/n and \
    c the unpenalized fit. Here c lies outside both balls, so both optima are on the \
    boundary. The L1 optimum is found exactly by minimizing the parabola f restricts to on \
    each of the diamond's four edges; the L2 optimum solves H(c − w) = μw with ‖w‖ = 1, a \
    one-dimensional equation in μ, to machine precision.
    """)
  let geometry = try GeometryExperiment()
  let hessian = geometry.loss.hessian
  lesson.narrative.result(
    """
    H = [[\(NumberFormat.readable(hessian.a)), \(NumberFormat.readable(hessian.b))], \
    [\(NumberFormat.readable(hessian.b)), \(NumberFormat.readable(hessian.d))]]. L1 optimum \
    \(CornerFigures.coordinates(geometry.l1Optimum)) with f = \
    \(NumberFormat.readable(geometry.touchingLevels.l1)); L2 optimum \
    \(CornerFigures.coordinates(geometry.l2Optimum)) with f = \
    \(NumberFormat.readable(geometry.touchingLevels.l2)).
    """)

  // 3. Why a corner.
  lesson.narrative.section(
    "Why the first contact is a corner: normal cones",
    uses: ["GeometryExperiment.swift", "CornerFigures+Geometry.swift", "CornerFigures.swift"])
  lesson.narrative.paragraph(
    """
    At a constrained optimum w the pull g = −∇f(w) = H(c − w) must point straight out of \
    the ball: it must lie in the ball's normal cone at w, the directions that no feasible \
    move has a positive component along. On the circle that cone is one ray, g = μw, so \
    the optimum sits exactly where some contour happens to be tangent. At the diamond's \
    vertex (1, 0) the cone is a whole quadrant of directions, {g : g₁ ≥ |g₂|}, between the \
    normals (1, 1) and (1, −1) of the two edges that meet there; every loss whose pull at \
    the vertex falls anywhere in that quarter of the plane stops there.
    """)
  lesson.narrative.formula(
    """
    L1 vertex (1, 0):  g = −∇f ∈ {g : g₁ ≥ |g₂|}     (a quadrant)
    L2 point w:        g = −∇f = μ·w, μ ≥ 0          (a ray)
    """)
  let pull = geometry.l1Pull
  lesson.narrative.result(
    """
    At the L1 optimum g = \(CornerFigures.coordinates(pull)): |g₂|/|g₁| = \
    \(NumberFormat.fixed(geometry.coneMargin, 2)) < 1, well inside the quadrant, so the \
    corner holds with margin. At the L2 optimum g = \(CornerFigures.coordinates(geometry.l2Pull)) \
    is parallel to w up to sin ∠(g, w) = \(NumberFormat.scientific(geometry.l2RayDeviation, 1)).
    """)
  lesson.narrative.paragraph(
    """
    What to look for in the figure: the dashed vermillion contour meets the diamond only at \
    its right vertex, on the w₁ axis; the dashed blue one, at a lower loss, is tangent to the \
    circle above the axis. Both are ellipses around c, tilted 30°; the grey contours, \
    labelled with their loss, show f falling toward c.
    """)
  lesson.show(CornerFigures.geometry(geometry), as: "geometry")
  lesson.narrative.paragraph(
    """
    The same holds in more dimensions: the L1 ball in p dimensions has 2p vertices and \
    edges and faces of every dimension, each with a normal cone of matching size, while the \
    sphere's normal is a single ray everywhere. The elastic net of lesson 8 keeps the \
    corners (its L1 part) and rounds the edges (its L2 part).
    """)
  lesson.narrative.paragraph(
    """
    What to look for in the figure: all three sets pass through (±1, 0) and (0, ±1); the \
    elastic net's has corners there like the diamond, but curved sides.
    """)
  lesson.show(try CornerFigures.unitBalls(), as: "unit-balls")

  // 4. How often.
  lesson.narrative.section(
    "How often: \(CornerFractionExperiment.draws) random quadratics",
    uses: ["CornerFractionExperiment.swift", "CornerFigures.swift"])
  lesson.narrative.paragraph(
    """
    To count, the lesson switches to the penalized form, where each problem gets a penalty \
    on its own scale. For every α there is a radius t with the same solution (the \
    constraint's multiplier), so the count is the same question.
    """)
  lesson.narrative.formula(
    """
    L1:  minimize f(w) + α‖w‖₁        α_max = ‖Hc‖∞: w = 0 exactly when α ≥ α_max
    L2:  minimize f(w) + (α/2)‖w‖²    w = (H + αI)⁻¹Hc
    H = R(θ)·diag(U(0.1, 1), U(0.1, 1))·R(θ)ᵀ, θ ~ U(0, π);  c ~ N(0, I);  α = r·α_max
    """)
  lesson.narrative.paragraph(
    """
    The L1 solution is the best of seven closed-form candidates, one per support and sign \
    pattern: 0, (S(q₁, α)/H₁₁, 0), (0, S(q₂, α)/H₂₂) and H⁻¹(q − α·s) for s ∈ {±1}², \
    with q = Hc. A zero weight is exactly 0.0 because it comes from a one-weight candidate.
    """)
  lesson.narrative.expect(
    """
    at r = ½ more than half of the L1 solutions have an exact zero, and the fraction grows \
    with r; L2 never has one.
    """)
  let fractions = try CornerFractionExperiment(seed: lesson.seed)
  lesson.narrative.table(
    ["α/α_max", "L1: with a zero", "± SE", "95 % interval", "L2: with a zero", "H = I exact"],
    CornerFractionExperiment.reportedRatios.compactMap(fractions.point(at:)).map { point in
      [
        "\(point.ratio)", NumberFormat.fixed(point.l1.fraction, 3),
        NumberFormat.fixed(point.l1.standardError, 3),
        NumberFormat.fixed(point.l1.interval95.lowerBound, 3) + "–"
          + NumberFormat.fixed(point.l1.interval95.upperBound, 3),
        "\(point.l2.successes) of \(point.l2.trials)",
        NumberFormat.fixed(CornerFractionExperiment.identityFraction(ratio: point.ratio), 3),
      ]
    })
  let exact = CornerFractionExperiment.identityFraction(ratio: CornerFractionExperiment.claimRatio)
  let identity = fractions.identity
  lesson.narrative.result(
    """
    The Monte Carlo checked where the answer is known: for H = I the solution is \
    S(c, α) coordinatewise, which has a zero exactly when min|cⱼ| ≤ r·max|cⱼ|, i.e. when \
    c's angle to the nearest axis is at most atan(r), probability (4/π)·atan(r). At r = ½ \
    that is \(NumberFormat.fixed(exact, 4)); \(identity.trials) draws of c give \
    \(NumberFormat.fixed(identity.fraction, 4)) ± \(NumberFormat.fixed(identity.standardError, 4)), \
    \(NumberFormat.fixed(abs(identity.fraction - exact) / identity.standardError, 1)) standard \
    errors away.
    """)
  lesson.narrative.paragraph(
    """
    So the article's "far more likely" is true at large penalties and false at small ones, \
    and its size depends on how the losses are drawn: round losses (H = I) give one number, \
    elongated tilted ones another, and a different law for c or for the eigenvalues would \
    give a third. What does not depend on the draw is the L2 column: a smooth map of c has \
    a zero weight only on a line of centres, which random draws never hit.
    """)
  lesson.narrative.paragraph(
    """
    What to look for in the figure: the vermillion L1 curve climbs from near 0 at small α to \
    near 1 close to α_max, with a thin band of ± 1.96 standard errors; the blue L2 line lies \
    on 0; the grey curve is the exact answer for round losses, H = I, for comparison.
    """)
  lesson.show(CornerFigures.cornerFraction(fractions), as: "corner-fraction")

  // 5. Claims.
  lesson.narrative.section(
    "Checking the claims", uses: ["CornerExperiment.swift", "CornerClaims.swift"])
  lesson.narrative.paragraph(
    """
    (a) counts the exact zeros of the two optima drawn; (b) counts zeros over the draws and \
    asks that the 95 % interval at α_max/2 lie above ½, that L2 has none and that the L1 \
    fraction rise over α/α_max = 0.1, 0.25, 0.5, 0.75, 0.9.
    """)
  let experiment = CornerExperiment(geometry: geometry, fractions: fractions)
  for claim in CornerClaims(experiment: experiment).all { lesson.claim(claim) }
}
