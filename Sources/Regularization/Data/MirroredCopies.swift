/// Data augmentation by a known symmetry: the data set followed by its mirror image under
/// x → −x, with the same targets.
///
///     [X; −X],   [y; y]
///
/// Right when the target is even, `f(−x) = f(x)`: the mirrored rows are as good as new
/// measurements. A least-squares fit on them is itself even: for polynomial features
/// every odd coefficient comes out 0 (up to rounding), because the normal equations of
/// the doubled data do not couple odd and even columns.
public func mirroredCopies(of dataset: Dataset) -> Dataset {
  let x = dataset.features
  var doubled = Matrix(rows: 2 * x.rows, columns: x.columns)
  doubled.elements = x.elements + x.elements.map { -$0 }
  return Dataset(unchecked: doubled, targets: dataset.targets + dataset.targets)
}
