"""Reference numbers from scikit-learn for the Swift cross-validation tests.

Run from the package root (needs `pip install scikit-learn`):

    python3 Tests/RegularizationTests/Reference/make_cv_fixtures.py

It writes Tests/RegularizationTests/Fixtures/cv.json. Floats are written with Python's
repr, which round-trips every float64 exactly. The Swift tests read this file; they never
run Python.

For each data set (make_regression with a fixed random_state):
  - train_test_split(X, y, test_size=0.2, random_state=0) and the permutation it is cut
    from, np.random.RandomState(0).permutation(n): the test rows are its first 20 %;
  - LassoCV(cv=5) on the training rows, at the default tol=1e-4 ("default") and at
    tol=1e-12 ("tight"): its grid alphas_, the fold table mse_path_ (one row per alpha,
    one column per fold), alpha_ and the refit's coef_ and intercept_;
  - RidgeCV(cv=5) with its default alphas (0.1, 1, 10): alpha_ and best_score_ (mean R²),
    and the same grid search spelled out as GridSearchCV(Ridge(), cv=5), whose
    split<k>_test_score are the fold R² (scoring=None uses Ridge.score, R²) and, with
    scoring="neg_mean_squared_error", the fold MSE; the refit's coef_ and intercept_.
"""

import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.datasets import make_regression
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LassoCV, Ridge, RidgeCV
from sklearn.model_selection import GridSearchCV, train_test_split

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "Fixtures", "cv.json")

RIDGE_ALPHAS = [0.1, 1.0, 10.0]
TIGHT_TOL = 1e-12


def floats(values):
    return [float(v) for v in np.ravel(values)]


def lasso_cv(X, y, tol):
    model = LassoCV(cv=5, tol=tol, max_iter=1_000_000).fit(X, y)
    return {
        "tol": tol,
        "alphas": floats(model.alphas_),
        "mse_path": [floats(row) for row in model.mse_path_],
        "alpha": float(model.alpha_),
        "coefficients": floats(model.coef_),
        "intercept": float(model.intercept_),
    }


def fold_scores(X, y, scoring):
    search = GridSearchCV(Ridge(), {"alpha": RIDGE_ALPHAS}, cv=5, scoring=scoring).fit(X, y)
    results = search.cv_results_
    table = [
        [float(results[f"split{k}_test_score"][a]) for k in range(5)]
        for a in range(len(RIDGE_ALPHAS))
    ]
    return table, float(search.best_params_["alpha"])


def ridge_cv(X, y):
    model = RidgeCV(cv=5).fit(X, y)
    r2, r2_alpha = fold_scores(X, y, None)
    neg_mse, mse_alpha = fold_scores(X, y, "neg_mean_squared_error")
    assert r2_alpha == model.alpha_, (r2_alpha, model.alpha_)
    return {
        "alphas": RIDGE_ALPHAS,
        "r2_path": r2,
        "mse_path": [[-v for v in row] for row in neg_mse],
        "alpha": float(model.alpha_),
        "best_score": float(model.best_score_),
        "alpha_by_mse": mse_alpha,
        "coefficients": floats(model.coef_),
        "intercept": float(model.intercept_),
    }


def case(name, description, **kwargs):
    X, y = make_regression(**kwargs)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
    permutation = np.random.RandomState(0).permutation(len(y))
    test = permutation[:20]
    train = permutation[20:]
    assert np.array_equal(X[test], X_test) and np.array_equal(X[train], X_train)
    return {
        "name": name,
        "description": description,
        "features": [floats(row) for row in X],
        "targets": floats(y),
        "permutation": [int(i) for i in permutation],
        "train_indices": [int(i) for i in train],
        "test_indices": [int(i) for i in test],
        "lasso_default": lasso_cv(X_train, y_train, 1e-4),
        "lasso_tight": lasso_cv(X_train, y_train, TIGHT_TOL),
        "ridge": ridge_cv(X_train, y_train),
    }


def main():
    warnings.simplefilter("error", ConvergenceWarning)
    cases = [
        case(
            "snippet", "make_regression(n_samples=100, n_features=20, noise=0.1, random_state=0)",
            n_samples=100, n_features=20, noise=0.1, random_state=0,
        ),
        case(
            "noisy",
            "make_regression(n_samples=100, n_features=20, n_informative=5, noise=60, "
            "random_state=1)",
            n_samples=100, n_features=20, n_informative=5, noise=60.0, random_state=1,
        ),
    ]
    fixture = {
        "versions": {"sklearn": sklearn.__version__, "numpy": np.__version__},
        "cases": cases,
    }
    with open(OUT, "w") as f:
        json.dump(fixture, f, separators=(",", ":"))
        f.write("\n")
    for c in cases:
        lasso = c["lasso_default"]
        index = lasso["alphas"].index(lasso["alpha"])
        print(
            f"{c['name']}: LassoCV alpha_ {lasso['alpha']:.6g} (index {index}), tight "
            f"{c['lasso_tight']['alpha']:.6g}; RidgeCV alpha_ {c['ridge']['alpha']} "
            f"(by MSE {c['ridge']['alpha_by_mse']})"
        )
    print(f"{OUT}: {os.path.getsize(OUT)} bytes")


if __name__ == "__main__":
    main()
