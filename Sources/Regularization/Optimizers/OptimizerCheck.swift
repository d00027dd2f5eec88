/// The checks every optimizer and fixed-step solver shares: the group counts at a step, and
/// its hyper-parameters (learning rate, step counts, decays).
enum OptimizerCheck {
  /// Stops the program if `parameters` and `gradients` do not have one group per configured
  /// group, and one gradient entry per parameter in each.
  static func groups(_ parameters: [[Double]], _ gradients: [[Double]], configured: Int) {
    precondition(
      parameters.count == configured,
      "the optimizer was configured with \(configured) groups, stepped with \(parameters.count)")
    precondition(
      gradients.count == configured,
      "the optimizer has \(configured) groups, the gradients \(gradients.count)")
    for k in parameters.indices {
      precondition(
        gradients[k].count == parameters[k].count,
        "group \(k): the gradient has \(gradients[k].count) entries, the parameters "
          + "\(parameters[k].count)")
    }
  }

  /// Stops the program if a group's size changed since the state was made.
  static func sameSize(_ state: [Double], _ parameters: [Double], group k: Int) {
    precondition(
      state.count == parameters.count,
      "group \(k) had \(state.count) parameters at the previous step, now \(parameters.count)")
  }

  static func learningRate(_ value: Double) throws(RegularizationError) {
    guard value > 0, value.isFinite else {
      throw .invalidParameter(
        name: "learningRate", value: value, requirement: "a finite number > 0")
    }
  }

  /// A number of steps or iterations: `≥ 0`.
  static func count(_ value: Int, name: String) throws(RegularizationError) {
    guard value >= 0 else {
      throw .invalidParameter(name: name, value: Double(value), requirement: ">= 0")
    }
  }

  static func nonNegative(_ value: Double, name: String) throws(RegularizationError) {
    guard value >= 0, value.isFinite else {
      throw .invalidParameter(name: name, value: value, requirement: "a finite number >= 0")
    }
  }

  /// A β of Adam: `0 ≤ β < 1`.
  static func beta(_ value: Double, name: String) throws(RegularizationError) {
    guard value >= 0, value < 1 else {
      throw .invalidParameter(name: name, value: value, requirement: "in [0, 1)")
    }
  }

  /// At least one group, every decay a finite number ≥ 0.
  static func weightDecays(_ values: [Double]) throws(RegularizationError) {
    guard !values.isEmpty else {
      throw .invalidParameter(
        name: "weightDecays.count", value: 0, requirement: "at least 1 (one entry per group)")
    }
    for (k, value) in values.enumerated() {
      try nonNegative(value, name: "weightDecays[\(k)]")
    }
  }
}
