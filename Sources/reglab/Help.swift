import CommandLineOptions

/// The text of `reglab --help`, `reglab <command> --help` and the usage lines printed after
/// a command-line error.
enum Help {
  /// The synopsis of every command.
  static let synopsis = """
    usage: reglab path --csv FILE --target NAME [options]            the regularization path
           reglab fit  --csv FILE --target NAME --alpha A [options]  one fit
           reglab cv   --csv FILE --target NAME [--folds K] [options] k-fold cross-validation
           reglab help [path|fit|cv]     (or reglab <command> --help)

    """

  /// The usage printed after a command-line error.
  static func usage(for command: Command?) -> String {
    guard let command else { return synopsis + "Run 'reglab --help' for more.\n" }
    return usage(command) + "Run 'reglab \(command) --help' for more.\n"
  }

  /// `usage: reglab path --csv FILE …`, generated from the declarations.
  static func usage(_ command: Command) -> String {
    ArgumentParser.parser(for: command).synopsis(lead: "usage: reglab \(command) ") + "\n"
  }

  /// `reglab --help`.
  static let overview = [
    """
    reglab: the lessons' elastic-net solver on your own CSV data, with scikit-learn's
    objective, α grid and stopping rule, so that results compare one to one.

    """,
    synopsis,
    """
    The model, for n samples, coefficients w and intercept b:
      minimize  1/(2n)·‖y − Xw − b‖² + α·ρ·‖w‖₁ + α·(1 − ρ)/2·‖w‖²
      --penalty l1          ρ = 1: the lasso (sklearn Lasso, lasso_path)
      --penalty elasticnet  ρ = --l1-ratio, default 0.5 (sklearn ElasticNet, enet_path)
      --penalty l2          ρ = 0: 1/(2n)·‖y − Xw − b‖² + α/2·‖w‖², the same model as
                            sklearn Ridge(alpha = n·α); reglab prints that Ridge α too

    """,
    commonOptions,
    """
    Exit status: 0 done (a fit that reaches --max-iter is reported, not an error);
    64 bad command line; 65 bad data (the file, line and column are named); 66 the CSV
    file cannot be read; 73 an output file cannot be written; 70 internal error.
    Nothing is written unless all input is valid and every number computed is finite;
    the files of --out are written all or none (each to a temporary in DIR, then all
    renamed; an interrupted run removes its temporaries and changes nothing).

    """,
  ].joined(separator: "\n")

  /// The options every command shares, and what they mean.
  static let commonOptions = """
    Options (path, fit, cv):
    \(options(ArgumentParser.declarations.filter { $0.commands.count == 3 }))
    path, cv:
    \(options(ArgumentParser.declarations.filter { $0.commands == [.path, .cv] }))
    fit:
    \(options(ArgumentParser.declarations.filter { $0.commands == [.fit] }))
    cv:
    \(options(ArgumentParser.declarations.filter { $0.commands == [.cv] }))

    The CSV: a header row, then one row per sample; fields separated by commas, quoted
    with "…" when they hold commas or line breaks ("" inside quotes is one quote); LF or
    CRLF line ends; empty lines are skipped; spaces around a number are ignored. Every
    cell must be a finite number (nan and inf are refused); at least 2 rows.

    The α grid (path, cv): α_max = max_j |x_jᵀ(y − ȳ)| / (n·ρ), the smallest α at which
    every w_j is 0, then --n-alphas values log-spaced down to eps·α_max, solved in that
    order, each fit starting from the previous one (sklearn's grid and warm starts). For
    --penalty l2 that α_max would be infinite; reglab uses glmnet's convention for ridge,
    α_max computed with ρ = 0.001, and the same log-spaced grid below it.

    Convergence: every fit is accepted only when its duality gap over all features, at
    the coefficients returned, is ≤ tol·‖y − ȳ‖² (‖y‖² with --no-intercept). The solver
    computes that gap from w through Gram-matrix identities, adding a rigorous bound on
    every rounding error (O(p) per fit); a fit that bound cannot accept has its gap
    computed directly, r = y − Xw and Xᵀr for every feature (O(n·p)). --direct-gaps
    computes every gap directly (slower on large data; the reported gaps are then the
    direct ones rather than upper bounds).

    --standardize: every feature x_j becomes (x_j − mean_j)/sd_j and the target becomes
    (y − ȳ)/sd_y, with means and population standard deviations (ddof 0, as sklearn's
    StandardScaler) over all rows. α, the grid and the duality gaps refer to this
    standardized problem; coefficients and intercepts are reported on the original scale,
    w_j = w'_j·sd_y/sd_j and b = ȳ − Σ_j w_j·mean_j, which give the same predictions. A
    constant target or feature column cannot be standardized (exit status 65).

    Limits: --n-alphas × --max-iter is at most 1000000 (the sweeps one path may take;
    cv fits --folds + 1 paths), so that a run whose fits never meet --tol still ends.

    Large values: when some |value| reaches 2^256 (about 1e77), whose square would
    overflow, reglab solves on the data times a power of two (exact) with α scaled by its
    square, and maps the answer back; the duality gaps are then in the scaled units (the
    JSON says data_scale). A result that still is not a finite number (an α grid or an
    error near 1e320) is refused with exit status 65 rather than printed.

    """

  /// The help lines of some declared options, aligned.
  private static func options(_ declarations: [ArgumentParser.Declaration]) -> String {
    OptionParser(declarations.map(\.spec)).optionLines()
  }

  /// `reglab <command> --help`.
  static func text(for command: Command) -> String {
    let about =
      switch command {
      case .path: pathAbout
      case .fit: fitAbout
      case .cv: cvAbout
      }
    return [about, usage(command), commonOptions].joined(separator: "\n")
  }

  private static let pathAbout = """
    reglab path: the regularization path, one fit per α on a decreasing grid, each
    warm-started from the previous one (sklearn's lasso_path / enet_path).

    Prints the data's shape, the objective, the α range, the number of non-zero
    coefficients at a few α, the solver's own time, and convergence: the worst ratio of a
    fit's duality gap to its tolerance (≤ 1 means every fit met --tol).

    --out DIR writes
      DIR/path.csv   header alpha,intercept,<feature names>; one row per α, in the order
                     solved (decreasing α)
      DIR/path.svg   the coefficients against α (log axis); the 10 features largest at the
                     smallest α are coloured and labelled, any others are grey
    --json prints instead one object with
      alphas, intercepts, coefficients (one array per α, in feature_names order),
      feature_names, n_iter (sweeps per α), dual_gaps (per α, in the objective's units
      like sklearn's dual_gaps), gap_tolerance (tol·‖y − ȳ‖²/n, the same units),
      converged (per α), solver_seconds (the solver alone: not reading, standardizing or
      copying the data), and the settings: command, penalty, l1_ratio, fit_intercept,
      standardize, tol, gap_check ("certified" or "direct"), n_samples, n_features; with
      --penalty l2 also ridge_alphas (n·α, sklearn Ridge's alpha).

    """

  private static let fitAbout = """
    reglab fit: one fit at α = --alpha, starting from w = 0 (sklearn's ElasticNet(alpha,
    l1_ratio).fit, Lasso(alpha).fit).

    Prints the data's shape, the objective, the intercept and the non-zero coefficients
    (largest first, at most 20), the solver's own time and convergence (duality gap over
    its tolerance).

    --out DIR writes
      DIR/fit.csv    header alpha,intercept,<feature names>; one row
      DIR/fit.svg    the coefficients as a bar chart
    --json prints instead one object with
      alpha, intercept, coefficients, feature_names, n_iter, dual_gap, gap_tolerance,
      converged, solver_seconds, and the settings as for path; with --penalty l2 also
      ridge_alpha (n·α).

    """

  private static let cvAbout = """
    reglab cv: k-fold cross-validation as sklearn's LassoCV / ElasticNetCV with
    cv=KFold(K) (consecutive folds, no shuffling): the α grid is computed from all rows;
    for each fold, a path over that grid is fitted on the other folds (centered with their
    own means) and scored by the mean squared error on the fold; the α with the smallest
    mean over folds wins (the larger α on a tie); then one fit on all rows at that α,
    from w = 0. With --standardize the data are standardized once with all rows (as a
    StandardScaler applied before LassoCV), and MSEs are in the target's original units.

    Prints the data's shape, the objective, the mean test MSE at a few α and at the best,
    the refit's intercept and non-zero coefficients, the solver's own time (all fold paths
    and the refit) and convergence (the worst gap/tolerance over all of those fits).

    --out DIR writes
      DIR/cv.csv     header alpha,mean_mse,fold_1,…,fold_K; one row per α (decreasing)
      DIR/cv.svg     mean test MSE against α (log axis), each fold thin, best α marked
      DIR/fit.csv    the refit: header alpha,intercept,<feature names>; one row
    --json prints instead one object with
      alphas, mse_path (per α, one MSE per fold, as sklearn's mse_path_), mean_mse,
      alpha (the best), best_index, folds, intercept, coefficients, feature_names, n_iter,
      dual_gap, gap_tolerance, converged (the refit's), solver_seconds, and the settings
      as for path; with --penalty l2 also ridge_alpha (n·α).

    """
}
