import Regularization

/// Claims (b) and (c): fixed-step gradient descent on a one-parameter problem,
///
///     minimize over θ:  f(θ) = ℓ(θ − t),   θ_{k+1} = θ_k − η·ℓ′(θ_k − t),
///
/// with one target t (a single regression output, like one coordinate of a Fast R-CNN
/// box) and θ* = t for every loss. The seed draws t ~ N(0, 1) and the start
/// θ₀ = t + d₀ with d₀ ~ U(4, 6), so the L1 band's offset differs from seed to seed.
struct LossDescentExperiment {
  static let learningRate = 0.1
  static let steps = 100
  static let beta = 1.0
  /// The distance of the far start of claim (c).
  static let farDistance = 1000.0
  /// Start distances for the first-step table.
  static let startDistances: [Double] = [0.5, 1, 10, 100, 1000, 10_000]
  /// A step size above MSE's stability limit η < 1 (curvature ℓ″ = 2), below Smooth L1's
  /// η < 2β (curvature 1/β inside the quadratic zone).
  static let largeLearningRate = 1.1
  static let largeSteps = 50
  /// How many final steps the rates and the band are measured on.
  static let tail = 20

  let target: Double
  let startDistance: Double
  let mse = MSELoss()
  let l1 = L1Loss()
  let smoothL1: SmoothL1Loss
  // `var` so that the tests can hand the claims another loss's run and see them fail.
  /// `θ₀ … θ_steps` for MSE, L1, Smooth L1 from θ₀ = t + d₀, η = 0.1.
  var trajectories: [[Double]]
  /// The same three from θ₀ = t + 1000 with η = 1.1, `largeSteps` steps.
  var largeStepTrajectories: [[Double]]
  /// `firstSteps[i][l]`: the first step `|θ₁ − θ₀|` of loss l (MSE, L1, Smooth L1) from
  /// `θ₀ = t + startDistances[i]`, measured from one step of the same gradient descent.
  var firstSteps: [[Double]]

  init(seed: UInt64) throws {
    var generator = Xoshiro256StarStar(seed: seed)
    target = generator.normal()
    startDistance = generator.uniform(in: 4..<6)
    smoothL1 = try SmoothL1Loss(beta: Self.beta)
    let descent = try GradientDescent(learningRate: Self.learningRate, steps: Self.steps)
    let large = try GradientDescent(learningRate: Self.largeLearningRate, steps: Self.largeSteps)
    let losses: [any ResidualLoss] = [mse, l1, smoothL1]
    let t = target
    let start = target + startDistance
    trajectories = losses.map { loss in
      descent.trajectory(from: [start]) { [loss.derivative(prediction: $0[0], target: t)] }
        .map { $0[0] }
    }
    largeStepTrajectories = losses.map { loss in
      large.trajectory(from: [t + Self.farDistance]) {
        [loss.derivative(prediction: $0[0], target: t)]
      }.map { $0[0] }
    }
    let one = try GradientDescent(learningRate: Self.learningRate, steps: 1)
    firstSteps = Self.startDistances.map { d in
      losses.map { loss in
        let path = one.trajectory(from: [t + d]) {
          [loss.derivative(prediction: $0[0], target: t)]
        }
        return abs(path[1][0] - path[0][0])
      }
    }
  }

  /// The rounding a measured step can carry: θ₀ and θ₁ are numbers up to |t| + 10⁴, each
  /// rounded to half an ulp, so their difference is off by at most one ulp of that size.
  var stepRounding: Double {
    (abs(target) + (Self.startDistances.max() ?? 0)).ulp
  }

  var names: [String] { ["MSE", "L1", smoothL1.name] }

  /// `|θ_k − θ*|` for each loss.
  var distances: [[Double]] { trajectories.map { $0.map { abs($0 - target) } } }

  /// The ratios `|θ_{k+1} − θ*| / |θ_k − θ*|` over the last `tail` steps of a loss.
  func tailRatios(_ index: Int) -> [Double] {
    let d = distances[index]
    return (d.count - Self.tail..<d.count).map { d[$0] / d[$0 - 1] }
  }

  /// The L1 iterates of the last `tail` steps.
  var l1Tail: ArraySlice<Double> { trajectories[1].suffix(Self.tail) }
  /// The band the L1 iterates end in: `max θ − min θ` over the tail.
  var l1BandWidth: Double { (l1Tail.max() ?? .nan) - (l1Tail.min() ?? .nan) }
  /// The closest the L1 iterates come to θ* over the tail.
  var l1ClosestApproach: Double { l1Tail.map { abs($0 - target) }.min() ?? .nan }
  /// Whether θ* lies inside the band.
  var l1BandContainsOptimum: Bool {
    (l1Tail.min() ?? .nan) <= target && target <= (l1Tail.max() ?? .nan)
  }
  /// The first step k with `|θ_k − θ*| < η`: the L1 iterate has reached the band.
  var l1BandEntry: Int? { distances[1].firstIndex { $0 < Self.learningRate } }
  /// The band's predicted offset `δ = d₀ − η·⌊d₀/η⌋`: the iterates end at θ* + δ and θ* + δ − η.
  var predictedOffset: Double {
    let eta = Self.learningRate
    return startDistance - eta * (startDistance / eta).rounded(.down)
  }
}
