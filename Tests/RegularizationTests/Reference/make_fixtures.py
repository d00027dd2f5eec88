"""Reference numbers from scikit-learn for the Swift solver tests.

Run from the package root:

    python3 Tests/RegularizationTests/Reference/make_fixtures.py

It writes one JSON file per data set into Tests/TestFixtures/Fixtures/ (shared by the
Regularization and PathEngine tests). Floats are
written with Python's repr, which round-trips every float64 exactly. The Swift tests read
these files; they never run Python (CI has none).

What is recorded, for each data set (X, y as generated, not centered):
  - lasso_path and enet_path(l1_ratio=0.5) on the *centered* X and y (enet_path does not
    center; coordinate descent on centered data is what ElasticNet(fit_intercept=True)
    does), with sklearn's own grid of 100 alphas, eps=1e-3, at tol=1e-10 ("tight") and at
    the default tol=1e-4 ("default"). Both use precompute=False and do_screening=False, so
    sklearn runs exactly the cyclic algorithm the Swift reference solver implements
    (screening and the Gram variant change the iterates, not the solutions).
  - the alpha grids, the dual gaps (in the 1/(2n) scaling) and the sweep counts;
  - Ridge(alpha, fit_intercept=True, solver="cholesky") coefficients and intercept.
"""

import json
import os
import warnings

import numpy as np
import scipy
import sklearn
from sklearn.datasets import make_regression
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import Ridge, enet_path, lasso_path

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(os.path.dirname(HERE)), "TestFixtures", "Fixtures")

N_ALPHAS = 100
EPS = 1e-3
TIGHT_TOL = 1e-10
DEFAULT_TOL = 1e-4
MAX_ITER = 1_000_000
RIDGE_ALPHAS = [0.01, 0.1, 1.0, 10.0, 100.0]


def informative():
    X, y = make_regression(
        n_samples=100, n_features=20, n_informative=5, noise=1.0, random_state=0
    )
    return "informative", "make_regression(100, 20, n_informative=5, noise=1, random_state=0)", X, y


def correlated_pairs():
    """50 samples, 80 features in 40 pairs whose two columns correlate 0.9; p > n."""
    rng = np.random.RandomState(7)
    n, pairs, rho = 50, 40, 0.9
    base = rng.standard_normal((n, pairs))
    partner = rho * base + np.sqrt(1 - rho**2) * rng.standard_normal((n, pairs))
    X = np.empty((n, 2 * pairs))
    X[:, 0::2] = base
    X[:, 1::2] = partner
    coef = np.zeros(2 * pairs)
    coef[[0, 1, 10, 11, 24, 37, 50, 63]] = [3.0, 2.0, -2.5, -1.5, 1.0, 4.0, -3.0, 0.5]
    y = X @ coef + 0.5 * rng.standard_normal(n) + 5.0
    description = (
        "RandomState(7): 50 x 80, columns 2k and 2k+1 correlated 0.9, "
        "8 non-zero coefficients, noise sd 0.5, offset 5"
    )
    return "correlated", description, X, y


def path(kind, Xc, yc, tol):
    kwargs = dict(
        eps=EPS, alphas=N_ALPHAS, tol=tol, max_iter=MAX_ITER, precompute=False,
        do_screening=False, return_n_iter=True,
    )
    if kind == "lasso":
        alphas, coefs, gaps, n_iter = lasso_path(Xc, yc, **kwargs)
    else:
        alphas, coefs, gaps, n_iter = enet_path(Xc, yc, l1_ratio=0.5, **kwargs)
    return {
        "l1_ratio": 1.0 if kind == "lasso" else 0.5,
        "tol": tol,
        "alphas": [float(a) for a in alphas],
        # coefficients[k] is the solution at alphas[k]
        "coefficients": [[float(c) for c in coefs[:, k]] for k in range(len(alphas))],
        "dual_gaps": [float(g) for g in gaps],
        "n_iter": [int(i) for i in n_iter],
    }


def ridge(X, y):
    fits = []
    for alpha in RIDGE_ALPHAS:
        model = Ridge(alpha=alpha, fit_intercept=True, solver="cholesky").fit(X, y)
        fits.append({
            "alpha": alpha,
            "coefficients": [float(c) for c in model.coef_],
            "intercept": float(model.intercept_),
        })
    return fits


def main():
    warnings.simplefilter("error", ConvergenceWarning)
    os.makedirs(OUT, exist_ok=True)
    for make in (informative, correlated_pairs):
        name, description, X, y = make()
        Xc = X - X.mean(axis=0)
        yc = y - y.mean()
        fixture = {
            "name": name,
            "description": description,
            "versions": {
                "sklearn": sklearn.__version__,
                "numpy": np.__version__,
                "scipy": scipy.__version__,
            },
            "n_alphas": N_ALPHAS,
            "eps": EPS,
            "features": [[float(v) for v in row] for row in X],
            "targets": [float(v) for v in y],
            "paths": {
                "lasso_tight": path("lasso", Xc, yc, TIGHT_TOL),
                "enet_tight": path("enet", Xc, yc, TIGHT_TOL),
                "lasso_default": path("lasso", Xc, yc, DEFAULT_TOL),
                "enet_default": path("enet", Xc, yc, DEFAULT_TOL),
            },
            "ridge": ridge(X, y),
        }
        target = os.path.join(OUT, f"{name}.json")
        with open(target, "w") as f:
            json.dump(fixture, f, separators=(",", ":"))
            f.write("\n")
        print(f"{target}: {os.path.getsize(target)} bytes, max n_iter tight "
              f"{max(fixture['paths']['lasso_tight']['n_iter'])}/"
              f"{max(fixture['paths']['enet_tight']['n_iter'])}")


if __name__ == "__main__":
    main()
