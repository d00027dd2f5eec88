"""reglab's path solver against scikit-learn, celer and glum. Not a test; CI does not run it.

Run from the package root (python3 with numpy and scikit-learn, written for numpy 2.4 and
scikit-learn 1.9; pandas, celer and glum are optional: `pip install pandas celer glum`, and
a peer that is not installed is reported as such):

    python3 Tests/Benchmarks/benchmark.py               # builds reglab in release mode first
    python3 Tests/Benchmarks/benchmark.py --no-build --repeats 1 --sets 1000x100,10000x500
    python3 Tests/Benchmarks/benchmark.py --no-build --data /tmp/reglab-bench --markdown

Options: --repeats R (default 5; every time is the best of R runs, since the machine may be
shared), --sets NxP[xK],... (default 1000x100,10000x500,100000x249; K, the informative
features, is 10, 20, 20 for those and 20 otherwise), --data DIR (default
.build/benchmark-data), --no-build, --binary PATH (a reglab to run instead of the release
build), --markdown (the tables in Markdown, for the README's Performance section),
--tight-peers (also run celer at tol 1e-10 and glum at gradient_tol 1e-10, and print their
max|Δw| from the exact path: small only if their objective is the one below), --threads N
(limit the Python solvers' BLAS and OpenMP pools, via threadpoolctl; reglab is not limited:
it uses every core for its cross products).

Data: make_regression(n, p, K, noise=1, random_state=0), written once as
DIR/regression-NxP.csv (header x1..xp,y; every float in round-trip precision, except
100000x249, written with five decimals as regression-100000x249-5f.csv, 212 MB; written
under a temporary name and renamed, so a file of that name is always complete). A file that
is there already is used if it holds exactly the generator's numbers, and refused if not.

For each data set and penalty (lasso ρ = 1; elastic net ρ = 0.5), every solver minimizes

    (1/(2n))·‖yc − Xc·w‖² + α·(ρ‖w‖₁ + (1 − ρ)/2·‖w‖²)

(Xc, yc centered: an intercept) on the same grid of 100 α, log-spaced from
α_max = max|Xcᵀyc|/(n·ρ) down to 1e-3·α_max, each fit warm-started from the previous one,
and these rows are printed:

  reglab solver    `reglab path --csv FILE --target y --json [--penalty elasticnet
                   --l1-ratio 0.5]`: its JSON's `solver_seconds`, the solver alone (grid,
                   path and every gap check; not reading, centering or copying the data);
  reglab process   the same runs' whole-process wall time, spawn to exit (reading and
                   parsing the CSV, solving, printing the JSON);
  reglab peak RSS  its maximum resident set size in MiB, from one more run under
                   `/usr/bin/time -v` ("Maximum resident set size"; "no /usr/bin/time"
                   without it: apt-get install time);
  reglab direct    `solver_seconds` with --direct-gaps (every gap from r = y − Xw and Xᵀr);
  sklearn default  lasso_path / enet_path(Xc, yc, alphas=100, eps=1e-3, tol=1e-4,
                   precompute=False), Xc in Fortran order (its own grid, checked to equal
                   the one above);
  sklearn Gram     the same with precompute=True: the Gram matrix XcᵀXc is computed inside
                   the timed call;
  celer            celer.celer_path(Xc, yc, "lasso", l1_ratio=ρ, alphas=grid, tol=1e-4):
                   celer's objective and its stopping rule (gap ≤ tol·‖yc‖²/n in the
                   objective's units) are scikit-learn's, so tol means the same;
  glum             glum.GeneralizedLinearRegressor(family="normal", alpha_search=True,
                   alpha=list(grid), l1_ratio=ρ, fit_intercept=True, solver="irls-cd")
                   .fit(X, y) on the uncentered X (Fortran order; glum centers it itself),
                   coefficients from `coef_path_` (`alphas=` is deprecated in glum 3, and
                   its solver="auto" fails on an array alpha); glum's objective is the
                   one above (1/(2·Σweights)·deviance + α·ρ‖w‖₁ + α·(1−ρ)/2·‖w‖²), no
                   rescaling needed, but its stopping rule is its own (gradient_tol, default
                   1e-4, on the subgradient), so compare its max|Δw|, not only its time;
  pandas read      pandas.read_csv(FILE) (default C engine) and .to_numpy(): how long Python
                   takes to get the numbers reglab's process time includes;
  pandas+center+Gram  end-to-end sum: pandas read + centering (a Fortran copy of X minus
                   its column means, y minus its mean) + sklearn Gram, each its best time.

Columns, per penalty: `time` (seconds; MiB in the RSS row), `reglab/x` (reglab solver's time
over that row's: below 1 means reglab is faster; in the pandas+center+Gram row, reglab
process over the end-to-end sum), and `max|Δw|`, the largest |coefficient difference| along
the whole path from an "exact" path: scikit-learn's Gram solver at tol 1e-12 (max_iter
100000) on the same grid. Every solver runs at tol 1e-4 (glum at its default gradient_tol),
so max|Δw| shows how close each one's answer is, and speeds are compared at the accuracy
each delivers. For the gap-based solvers (reglab, sklearn, celer) it can be large at tol
1e-4: the gap allowed, 1e-4·‖yc‖²/n, is about 2.6 in the objective's units on 1000 × 100,
and where a warm start already meets it a solver returns the previous α's coefficients
unchanged (0 sweeps), hence the same max|Δw| for all of them.

Below each table: reglab (tol 1e-10, --max-iter 10000, the most reglab allows with 100 α)
against sklearn's Gram solver (tol 1e-10, max_iter 100000), which must agree within 1e-6,
and any grid difference. The script exits 1 if that check fails, if a grid differs from the
common one by more than 1e-12 relative, or if a solver fails (its rows then say "failed").

Python reads X with pandas when installed (else numpy.loadtxt). Thread pools are left as they
are unless --threads is given (sklearn's Gram, celer and glum use BLAS, glum also OpenMP; the
header prints them): on a busy machine glum's OpenMP regions can be many times slower, so
read its time with the load average in mind.
"""

import argparse
import importlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import textwrap
import time
import warnings

import numpy as np
import sklearn
from sklearn.datasets import make_regression
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import enet_path, lasso_path


def optional(name):
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


pandas = optional("pandas")
celer = optional("celer")
glum = optional("glum")

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
INFORMATIVE = {(1000, 100): 10, (10000, 500): 20, (100000, 249): 20}
# Decimals each float is written with (None: round-trip repr, ~20 characters a value). The
# large set keeps five, as a measured or exported data file would: 212 MB instead of 491.
DECIMALS = {(100000, 249): 5}
DEFAULT_SETS = "1000x100,10000x500,100000x249"
PENALTIES = [("lasso", 1.0), ("elastic net ρ=0.5", 0.5)]
N_ALPHAS, EPS, TOL = 100, 1e-3, 1e-4
EXACT_TOL, TIGHT_TOL, TIGHT_ITER, AGREEMENT = 1e-12, 1e-10, 100000, 1e-6
REGLAB_TIGHT_ITER = 10000  # reglab refuses --n-alphas × --max-iter > 1e6
GRID_RTOL = 1e-12


# ---------------------------------------------------------------- data


def parse_sets(text):
    sets = []
    for item in text.split(","):
        parts = item.strip().lower().split("x")
        if len(parts) not in (2, 3) or not all(part.isdigit() for part in parts):
            raise SystemExit(f"--sets: {item!r} is not NxP or NxPxK (e.g. 1000x100)")
        n, p = int(parts[0]), int(parts[1])
        k = int(parts[2]) if len(parts) == 3 else INFORMATIVE.get((n, p), 20)
        if n < 2 or p < 1 or not 1 <= k <= p:
            raise SystemExit(f"--sets: {item!r} needs n ≥ 2, p ≥ 1, 1 ≤ K ≤ p")
        sets.append((n, p, k, DECIMALS.get((n, p))))
    return sets


def generate(n, p, k):
    return make_regression(
        n_samples=n, n_features=p, n_informative=k, noise=1.0, random_state=0)


def csv_name(n, p, decimals):
    return f"regression-{n}x{p}" + ("" if decimals is None else f"-{decimals}f") + ".csv"


def write_csv(path, X, y, decimals=None):
    """Writes under a temporary name in the same folder, then renames: never a partial file.
    Floats in round-trip precision, or with `decimals` decimals ('%.5f')."""
    directory = os.path.dirname(path) or "."
    handle, temporary = tempfile.mkstemp(
        dir=directory, prefix=os.path.basename(path) + ".", suffix=".partial")
    try:
        with os.fdopen(handle, "w") as f:
            f.write(",".join([f"x{j + 1}" for j in range(X.shape[1])] + ["y"]) + "\n")
            if decimals is None:
                for row, target in zip(X.tolist(), y.tolist()):  # Python floats: repr
                    f.write(",".join(map(repr, row)) + "," + repr(target) + "\n")
            else:
                np.savetxt(f, np.column_stack([X, y]), fmt=f"%.{decimals}f", delimiter=",")
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.remove(temporary)
        raise


def read_csv(path):
    """(seconds, X, y): pandas.read_csv (default C engine) and to_numpy, else np.loadtxt."""
    start = time.perf_counter()
    if pandas is not None:
        frame = pandas.read_csv(path)
        if frame.columns[-1] != "y":
            raise SystemExit(f"{path}: the last column is {frame.columns[-1]!r}, not 'y'")
        data = frame.to_numpy(dtype=np.float64)
    else:
        data = np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)
    seconds = time.perf_counter() - start
    return seconds, data[:, :-1], data[:, -1]


def center(X, y):
    """(seconds, Xc, yc): Xc a Fortran-order copy of X minus its column means."""
    start = time.perf_counter()
    Xc = np.array(X, order="F", dtype=np.float64)
    Xc -= Xc.mean(axis=0)
    yc = y - y.mean()
    return time.perf_counter() - start, Xc, yc


def check_data(csv, X, y, X_gen, y_gen, decimals=None):
    """The file must hold the generator's numbers (pandas' default parser and loadtxt read
    them back exactly; an ulp or so is allowed, in case a parser rounds differently)."""
    if X.shape != X_gen.shape or y.shape != y_gen.shape:
        raise SystemExit(
            f"{csv} holds {X.shape[0]} rows of {X.shape[1]} features, not "
            f"{X_gen.shape[0]} × {X_gen.shape[1]}: incomplete or from another generator; "
            "delete it (or wait for whoever is writing it) and run again")
    scale = max(np.max(np.abs(X_gen)), np.max(np.abs(y_gen)))
    difference = max(np.max(np.abs(X - X_gen)), np.max(np.abs(y - y_gen)))
    allowed = 1e-14 * scale + (0 if decimals is None else 0.5 * 10.0 ** -decimals * (1 + 1e-9))
    if not difference <= allowed:
        raise SystemExit(
            f"{csv} differs from make_regression(..., random_state=0) by up to "
            f"{difference:.3g}: delete it and run again")


# ---------------------------------------------------------------- solvers


def grid_for(Xc, yc, rho):
    n = Xc.shape[0]
    alpha_max = np.max(np.abs(Xc.T @ yc)) / (n * rho)
    return np.geomspace(alpha_max, alpha_max * EPS, num=N_ALPHAS)


def relative_gap(a, b):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if a.shape != b.shape:
        return np.inf
    return float(np.max(np.abs(a - b) / np.abs(b)))


TIME = "/usr/bin/time"


def reglab_command(binary, csv, rho, extra=()):
    command = [binary, "path", "--csv", csv, "--target", "y", "--json"]
    if rho != 1:
        command += ["--penalty", "elasticnet", "--l1-ratio", repr(rho)]
    return command + list(extra)


def reglab(binary, csv, rho, extra=()):
    """(report, wall seconds) of one `reglab path --json` process, spawn to exit."""
    command = reglab_command(binary, csv, rho, extra)
    start = time.perf_counter()
    result = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {result.returncode}: "
                           f"{result.stderr.decode(errors='replace').strip()}")
    return json.loads(result.stdout.decode()), wall


def reglab_rss(binary, csv, rho):
    """reglab's peak RSS in MiB, from `/usr/bin/time -v` (None without it). Not from
    os.wait4 or RUSAGE_CHILDREN on reglab itself: a child of this process starts as a copy of
    it, and Linux keeps the RSS it had before exec in ru_maxrss (with numpy and the data
    loaded, hundreds of MiB); /usr/bin/time is a small process, so its child's is reglab's."""
    if not os.access(TIME, os.X_OK):
        return None
    command = [TIME, "-v"] + reglab_command(binary, csv, rho)
    result = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {result.returncode}: "
                           f"{result.stderr.strip()}")
    for line in result.stderr.splitlines():
        if "Maximum resident set size (kbytes):" in line:
            return int(line.rsplit(":", 1)[1]) / 1024
    raise RuntimeError(f"no 'Maximum resident set size' in {TIME} -v's output")


def reglab_path(report):
    return np.array(report["alphas"]), np.array(report["coefficients"])


def sklearn_path(Xc, yc, rho, tol, precompute, alphas=N_ALPHAS, max_iter=1000):
    """(seconds, alphas, coefficients[α, feature])."""
    kwargs = dict(eps=EPS, alphas=alphas, tol=tol, precompute=precompute, max_iter=max_iter)
    start = time.perf_counter()
    if rho == 1:
        alphas, coefs, _ = lasso_path(Xc, yc, **kwargs)
    else:
        alphas, coefs, _ = enet_path(Xc, yc, l1_ratio=rho, **kwargs)
    return time.perf_counter() - start, alphas, coefs.T


def celer_path(Xc, yc, rho, grid, tol):
    start = time.perf_counter()
    alphas, coefs, _ = celer.celer_path(Xc, yc, "lasso", alphas=grid, l1_ratio=rho, tol=tol)
    return time.perf_counter() - start, alphas, coefs.T


def glum_path(X, y, rho, grid, gradient_tol=None):
    # solver "irls-cd" is what solver="auto" picks with an L1 term; glum 3.4's "auto" fails
    # on an ndarray alpha (it tests `alpha == 0`), and the grid goes in as a list anyway.
    model = glum.GeneralizedLinearRegressor(
        family="normal", alpha_search=True, alpha=list(grid), l1_ratio=rho,
        fit_intercept=True, solver="irls-cd", gradient_tol=gradient_tol,
        max_iter=1000 if gradient_tol else 100)
    start = time.perf_counter()
    model.fit(X, y)
    seconds = time.perf_counter() - start
    return seconds, np.asarray(model._alphas), np.asarray(model.coef_path_)


def best(repeats, run):
    """Runs `run` R times; the result whose first element (seconds) is least (only that one
    is kept: a result may hold the whole data set)."""
    kept = run()
    for _ in range(repeats - 1):
        result = run()
        if result[0] < kept[0]:
            kept = result
        del result
    return kept


def deviation(coefs, exact):
    coefs = np.asarray(coefs)
    if coefs.shape != exact.shape:
        raise RuntimeError(f"path of shape {coefs.shape}, expected {exact.shape}")
    return float(np.max(np.abs(coefs - exact)))


# ---------------------------------------------------------------- machine


def versions():
    names = [("numpy", np), ("scikit-learn", sklearn)]
    for label, module in [("scipy", optional("scipy")), ("pandas", pandas),
                          ("celer", celer), ("glum", glum)]:
        names.append((label, module))
    parts = [f"python {platform.python_version()}"]
    for label, module in names:
        parts.append(f"{label} {module.__version__}" if module else f"{label} not installed")
    return ", ".join(parts)


def thread_pools():
    """The BLAS and OpenMP libraries loaded (threadpoolctl), with their thread counts."""
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        return "threadpoolctl not installed"
    found = [f"{i.get('internal_api')} {i.get('version') or ''}".strip()
             + (f" {i['architecture']}" if i.get("architecture") else "")
             + f" ({i.get('num_threads')} threads)"
             for i in threadpool_info() if i.get("user_api") in ("blas", "openmp")]
    text = "; ".join(dict.fromkeys(found)) or "none found"
    flags = [f"{k}={os.environ[k]}" for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE",
                                              "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")
             if k in os.environ]
    return text + (f" [{', '.join(flags)}]" if flags else "")


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def command_output(command):
    try:
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True,
                              timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def load():
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def machine(binary, repeats):
    commit = command_output(["git", "rev-parse", "--short", "HEAD"]) or "?"
    dirty = command_output(["git", "status", "--porcelain", "--untracked-files=no"])
    swift = command_output(["swift", "--version"]).splitlines()
    cores = os.cpu_count()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    return [
        f"machine: {cpu_model()}, {cores} cores ({usable} usable), {load()}",
        f"reglab: {binary} (commit {commit}{', modified' if dirty else ''}"
        + (f"; {swift[0]}" if swift else "") + ")",
        f"python: {versions()}",
        f"thread pools: {thread_pools()}",
        f"every time is the best of {repeats} run{'s' if repeats != 1 else ''}",
    ]


# ---------------------------------------------------------------- tables

ROWS = [  # key, label
    ("reglab", "reglab solver"),
    ("wall", "reglab process"),
    ("rss", "reglab peak RSS, MiB"),
    ("direct", "reglab --direct-gaps"),
    ("default", "sklearn default"),
    ("gram", "sklearn Gram"),
    ("celer", "celer"),
    ("glum", "glum"),
    ("read", "pandas read"),
    ("e2e", "pandas+center+Gram"),
]
SOLVERS = {"reglab", "direct", "default", "gram", "celer", "glum"}


def cells(result, key):
    """(time, reglab/x, max|Δw|) strings for one row of one penalty's result."""
    if key in result.get("missing", {}):
        return (result["missing"][key], "", "")
    if key not in result:
        return ("—", "", "")
    value = result[key]
    if key == "rss":
        return (f"{value:.0f}", "", "")
    ratio = ""
    if key in SOLVERS and key != "reglab" and "reglab" in result:
        ratio = f"{result['reglab'] / value:.3g}"
    elif key == "e2e" and "wall" in result:
        ratio = f"{result['wall'] / value:.3g}"
    dev = result.get("dev", {}).get(key)
    return (f"{value:.3g}", ratio, f"{dev:.1e}" if dev is not None else "")


def table(title, results, markdown):
    """results: one dict per penalty, in PENALTIES order."""
    names = [name for name, _ in PENALTIES]
    header = ["solver"]
    for name in names:
        header += [f"{name}: time" if markdown else "time", "reglab/x", "max|Δw|"]
    body = []
    for key, label in ROWS:
        row = [label]
        for result in results:
            row += list(cells(result, key))
        body.append(row)
    lines = [title]
    if markdown:
        escape = lambda s: s.replace("|", "\\|")
        lines.append("")
        lines.append("| " + " | ".join(escape(h) for h in header) + " |")
        lines.append("|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|")
        for row in body:
            lines.append("| " + " | ".join(escape(c) for c in row) + " |")
        lines.append("")
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in body + [header]) for i in range(len(header))]
    lines.append(" " * widths[0] + "".join(
        "   " + f" {name} ".center(sum(widths[1 + 3 * g:4 + 3 * g]) + 4, "-")
        for g, name in enumerate(names)))
    for row in [header] + body:
        first = row[0].ljust(widths[0])
        rest = "".join(("   " if i % 3 == 1 else "  ") + row[i].rjust(widths[i])
                       for i in range(1, len(row)))
        lines.append(first + rest)
    return "\n".join(lines)


LEGEND = (
    "time: seconds, best of the runs (MiB in the RSS row); reglab/x: reglab solver's time over"
    " the row's (< 1: reglab faster), in the pandas+center+Gram row reglab process over that"
    " sum; max|Δw|: largest |coefficient − exact| along the path, exact = sklearn Gram at tol"
    " 1e-12 on the same grid. reglab solver: its solver_seconds; reglab process: its whole"
    " run (read CSV, solve, print); peak RSS: one more run under /usr/bin/time -v; sklearn default/Gram: precompute=False/True; celer, glum:"
    " their path solvers on the same grid; pandas read: read_csv + to_numpy.")


# ---------------------------------------------------------------- main


def progress(text):
    print(f"  [{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def quiet(run):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return run()


def run_penalty(args, binary, csv, X, y, Xc, yc, rho, read_seconds, center_seconds, notes):
    """One penalty's result: seconds per row key, result["dev"][key] = max|Δw| from exact,
    result["missing"][key] = why a row has no time; notes collects the lines below the table."""
    result = {"dev": {}, "missing": {}}
    grid = grid_for(Xc, yc, rho)
    R = args.repeats

    def attempt(keys, step):
        """Runs one solver's step; if it raises, its rows say "failed" and the rest go on."""
        try:
            step()
        except Exception as error:
            for key in keys:
                result["missing"][key] = "failed"
            notes.append(f"FAILED ({keys[0]}): {type(error).__name__}: {error}")
            result["failed"] = True

    grid_gaps = {}

    def grid_check(name, alphas):
        gap = relative_gap(alphas, grid)
        grid_gaps[name] = gap
        if not gap <= GRID_RTOL:
            notes.append(f"GRID DIFFERS: {name}'s α grid differs from the common one by "
                         f"{gap:.2e} (relative)")
            result["failed"] = True

    progress("exact path (sklearn Gram, tol 1e-12)")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ConvergenceWarning)
        exact = sklearn_path(Xc, yc, rho, EXACT_TOL, True, alphas=grid,
                             max_iter=TIGHT_ITER)[2]
    if any(issubclass(w.category, ConvergenceWarning) for w in caught):
        notes.append(f"the exact path (sklearn Gram, tol {EXACT_TOL:g}) did not converge at "
                     "every α: deviations below its own error are noise")

    def run_reglab():
        runs = [reglab(binary, csv, rho) for _ in range(R)]
        result["reglab"] = min(r[0]["solver_seconds"] for r in runs)
        result["wall"] = min(r[1] for r in runs)
        rss = reglab_rss(binary, csv, rho)  # one more run; the peak hardly varies
        if rss is None:
            result["missing"]["rss"] = f"no {TIME}"
        else:
            result["rss"] = rss
        alphas, coefs = reglab_path(runs[-1][0])
        grid_check("reglab", alphas)
        result["dev"]["reglab"] = deviation(coefs, exact)
        if not all(runs[-1][0]["converged"]):
            notes.append(f"reglab: not every fit converged at tol {TOL:g}")

    def run_direct():
        runs = [reglab(binary, csv, rho, ["--direct-gaps"]) for _ in range(R)]
        result["direct"] = min(r[0]["solver_seconds"] for r in runs)
        result["dev"]["direct"] = deviation(reglab_path(runs[-1][0])[1], exact)

    def run_sklearn(key, precompute):
        seconds, alphas, coefs = quiet(
            lambda: best(R, lambda: sklearn_path(Xc, yc, rho, TOL, precompute)))
        result[key], result["dev"][key] = seconds, deviation(coefs, exact)
        grid_check(f"sklearn {key}", alphas)

    def run_celer():
        seconds, alphas, coefs = quiet(lambda: best(R, lambda: celer_path(Xc, yc, rho, grid, TOL)))
        result["celer"], result["dev"]["celer"] = seconds, deviation(coefs, exact)
        grid_check("celer", alphas)

    def run_glum():
        Xf = np.asfortranarray(X)
        seconds, alphas, coefs = quiet(lambda: best(R, lambda: glum_path(Xf, y, rho, grid)))
        result["glum"], result["dev"]["glum"] = seconds, deviation(coefs, exact)
        grid_check("glum", alphas)

    progress("reglab")
    attempt(["reglab", "wall", "rss"], run_reglab)
    progress("reglab --direct-gaps")
    attempt(["direct"], run_direct)
    progress("sklearn default")
    attempt(["default"], lambda: run_sklearn("default", False))
    progress("sklearn Gram")
    attempt(["gram", "e2e"], lambda: run_sklearn("gram", True))
    for key, module, run in [("celer", celer, run_celer), ("glum", glum, run_glum)]:
        if module is None:
            result["missing"][key] = "not installed"
        else:
            progress(key)
            attempt([key], run)
    if pandas is None:
        result["missing"]["read"] = result["missing"]["e2e"] = "not installed"
    elif "gram" in result:
        result["read"] = read_seconds
        result["e2e"] = read_seconds + center_seconds + result["gram"]

    def run_tight():
        report = reglab(binary, csv, rho, ["--tol", repr(TIGHT_TOL),
                                           "--max-iter", str(REGLAB_TIGHT_ITER)])[0]
        theirs = quiet(lambda: sklearn_path(Xc, yc, rho, TIGHT_TOL, True, alphas=grid,
                                            max_iter=TIGHT_ITER))[2]
        ours = reglab_path(report)[1]
        tight = deviation(ours, theirs)
        verdict = "ok" if tight <= AGREEMENT else "FAILED"
        if not tight <= AGREEMENT:
            result["failed"] = True
        notes.append(f"at tol {TIGHT_TOL:g}: max|Δw| reglab vs sklearn Gram {tight:.1e} "
                     f"(must be ≤ {AGREEMENT:g}: {verdict}); reglab vs exact "
                     f"{deviation(ours, exact):.1e}"
                     + ("" if all(report["converged"]) else "; reglab did not converge"))

    if grid_gaps and all(gap <= GRID_RTOL for gap in grid_gaps.values()):
        notes.append(f"α grids of {', '.join(grid_gaps)}: the common one (within "
                     f"{max(grid_gaps.values()):.1e} relative)")

    progress(f"reglab and sklearn Gram at tol {TIGHT_TOL:g}")
    attempt(["tight check"], run_tight)

    if args.tight_peers:
        extra = []

        def run_tight_celer():
            coefs = quiet(lambda: celer_path(Xc, yc, rho, grid, TIGHT_TOL))[2]
            extra.append(f"celer (tol {TIGHT_TOL:g}) {deviation(coefs, exact):.1e}")

        def run_tight_glum():
            coefs = quiet(lambda: glum_path(np.asfortranarray(X), y, rho, grid, TIGHT_TOL))[2]
            extra.append(f"glum (gradient_tol {TIGHT_TOL:g}) {deviation(coefs, exact):.1e}")

        if celer is not None:
            progress(f"celer at tol {TIGHT_TOL:g}")
            attempt(["celer tight"], run_tight_celer)
        if glum is not None:
            progress(f"glum at gradient_tol {TIGHT_TOL:g}")
            attempt(["glum tight"], run_tight_glum)
        if extra:
            notes.append("max|Δw| from exact: " + ", ".join(extra))
    return result


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n")[0],
        epilog="See the docstring at the top of this file for what is timed.")
    parser.add_argument("--repeats", type=int, default=5, help="best of R runs (default 5)")
    parser.add_argument("--sets", default=DEFAULT_SETS,
                        help=f"data sets NxP[xK], comma-separated (default {DEFAULT_SETS})")
    parser.add_argument("--data", default=os.path.join(ROOT, ".build", "benchmark-data"),
                        help="folder of the CSV files (default .build/benchmark-data)")
    parser.add_argument("--no-build", action="store_true", help="do not build reglab first")
    parser.add_argument("--binary", help="the reglab to run (default: the release build)")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--threads", type=int,
                        help="limit the Python solvers' BLAS and OpenMP threads (threadpoolctl)")
    parser.add_argument("--tight-peers", action="store_true",
                        help="also run celer (tol 1e-10) and glum (gradient_tol 1e-10)")
    args = parser.parse_args()
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")
    sets = parse_sets(args.sets)
    if args.threads is not None:
        if args.threads < 1:
            parser.error("--threads must be at least 1")
        try:
            from threadpoolctl import threadpool_limits
        except ImportError:
            parser.error("--threads needs threadpoolctl")
        # Loaded now, so that the limit reaches every pool (glum's OpenMP comes with tabmat).
        optional("tabmat")
        threadpool_limits(limits=args.threads)

    if args.binary:
        binary = os.path.abspath(args.binary)
    else:
        if not args.no_build:
            subprocess.run(
                ["swift", "build", "-c", "release", "--product", "reglab"], cwd=ROOT, check=True)
        bin_path = subprocess.run(
            ["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
            capture_output=True, text=True).stdout.strip()
        binary = os.path.join(bin_path, "reglab")
    if not os.access(binary, os.X_OK):
        raise SystemExit(f"no reglab at {binary}: build it, or pass --binary")
    os.makedirs(args.data, exist_ok=True)

    header = machine(binary, args.repeats)
    if args.threads is not None:
        header.append(f"--threads {args.threads}: the Python solvers' BLAS and OpenMP pools "
                      "are limited to that; reglab is not (it uses every core)")
    print(("  \n" if args.markdown else "\n").join(header))
    if not args.markdown:
        print(textwrap.fill(LEGEND, width=100))
    print(flush=True)

    failed = False
    for n, p, k, decimals in sets:
        csv = os.path.join(args.data, csv_name(n, p, decimals))
        X_gen, y_gen = generate(n, p, k)
        if not os.path.exists(csv):
            progress(f"writing {csv}")
            write_csv(csv, X_gen, y_gen, decimals)
        progress(f"reading {csv}")
        read_seconds, X, y = best(args.repeats, lambda: read_csv(csv))
        check_data(csv, X, y, X_gen, y_gen, decimals)
        del X_gen, y_gen
        center_seconds, Xc, yc = best(args.repeats, lambda: center(X, y))

        notes, results = [], []
        started = load()
        for name, rho in PENALTIES:
            progress(f"{n}x{p} {name}")
            penalty_notes = []
            result = run_penalty(args, binary, csv, X, y, Xc, yc, rho, read_seconds,
                                 center_seconds, penalty_notes)
            failed = failed or result.get("failed", False)
            results.append(result)
            notes += [f"{name}: {note}" for note in penalty_notes]

        size = os.path.getsize(csv) / 1e6
        title = f"{n} × {p} ({k} informative; {size:.3g} MB CSV; {started} at start)"
        if args.markdown:
            title = f"**{title}**"
            notes = [f"- {note}" for note in notes]
        else:
            notes = [f"  {note}" for note in notes]
        print(table(title, results, args.markdown))
        print("\n".join(notes))
        print(flush=True)
        del X, y, Xc, yc

    print(f"done, {load()}" + ("; SOME CHECK FAILED (see above)" if failed else ""))
    if args.markdown:
        print("\n" + LEGEND)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
