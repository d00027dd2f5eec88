/// One update rule over parameter groups (PyTorch's `param_groups`): group k is
/// `parameters[k]`, and `gradients[k]` is the loss gradient for it, one entry per parameter.
///
/// A group is a list of parameters that share hyper-parameters; the usual use is weight decay
/// on the weights and none on the bias (lesson 3), PyTorch's
///
///     SGD([{'params': weights, 'weight_decay': wd}, {'params': biases, 'weight_decay': 0}])
///
/// which is `SGD(learningRate: η, weightDecays: [wd, 0])` here, stepped with
/// `optimizer.step(&groups, gradients: [gradientInW, gradientInB])`. An optimizer keeps its
/// state (momentum buffers, Adam's moments) per group, so it must be given the same groups,
/// with the same sizes, at every step; a different count is a bug and stops the program.
public protocol Optimizer: Sendable {
  /// One update of every group, given the loss gradient of each (without the weight decay
  /// term: the optimizer adds its own).
  mutating func step(_ parameters: inout [[Double]], gradients: [[Double]])
}

extension Optimizer {
  /// One update of a single group (an optimizer configured with one group).
  public mutating func step(_ parameters: inout [Double], gradient: [Double]) {
    var groups = [parameters]
    parameters = []  // the one reference left is in `groups`: no copy on write
    step(&groups, gradients: [gradient])
    parameters = groups[0]
  }
}
