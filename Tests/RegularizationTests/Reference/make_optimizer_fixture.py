"""Reference trajectories from PyTorch's optimizers for the Swift optimizer tests.

Run from the package root (`pip install torch`; the committed file was written by torch
2.15.0 from PyPI, computing on the CPU in float64):

    python3 Tests/RegularizationTests/Reference/make_optimizer_fixture.py

It writes Tests/RegularizationTests/Fixtures/optimizers.json. Floats are written with
Python's repr, which round-trips every float64 exactly. The Swift tests read the file; they
never run Python.

Each case is one optimizer configuration (torch.optim.SGD, Adam or AdamW with the given
hyper-parameters, one dict per parameter group) run for STEPS steps in float64 on the
separable quadratic

    f(θ) = Σ_k Σ_j a_kj·(θ_kj − c_kj)²/2,   ∇f = a ⊙ (θ − c)

(or f ≡ 0 for the zero-gradient cases), whose gradients shrink as θ converges, so that
amsgrad's running maximum matters. Recorded per step: the gradient of every group as
PyTorch computed it from its own θ (the Swift test feeds these same gradients, so the
comparison is of the optimizer's arithmetic alone, without feedback), and θ after the step.
`foreach=False` selects the single-tensor loop, the algorithm of the documentation.
"""

import json
import os

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "Fixtures", "optimizers.json")
STEPS = 20

START = [[1.5, -2.0, 0.25], [3.0]]
SCALES = [[1.0, 10.0, 0.01], [2.0]]
CENTERS = [[0.5, 1.0, -4.0], [-1.0]]

CASES = [
    ("sgd", "SGD", dict(lr=0.1), [0.0]),
    ("sgd momentum", "SGD", dict(lr=0.05, momentum=0.9), [0.0]),
    ("sgd momentum dampening decay", "SGD", dict(lr=0.05, momentum=0.9, dampening=0.3), [0.01]),
    ("sgd nesterov decay", "SGD", dict(lr=0.05, momentum=0.9, nesterov=True), [0.1]),
    ("sgd two groups", "SGD", dict(lr=0.05, momentum=0.5), [0.1, 0.0]),
    ("adam", "Adam", dict(lr=0.01), [0.0]),
    ("adam decay", "Adam", dict(lr=0.01), [0.1]),
    ("adam amsgrad decay betas", "Adam", dict(lr=0.05, betas=(0.8, 0.99), amsgrad=True), [0.01]),
    ("adam two groups eps", "Adam", dict(lr=0.01, eps=1e-6), [0.5, 0.0]),
    ("adam zero gradient", "Adam", dict(lr=0.01), [0.1]),
    ("adamw decay", "AdamW", dict(lr=0.01), [0.1]),
    ("adamw amsgrad", "AdamW", dict(lr=0.05, amsgrad=True), [0.01]),
    ("adamw two groups", "AdamW", dict(lr=0.01, betas=(0.5, 0.9)), [0.2, 0.0]),
    ("adamw zero gradient", "AdamW", dict(lr=0.01), [0.1]),
]


def run(name, kind, options, decays):
    groups = len(decays)
    params = [torch.tensor(START[k], dtype=torch.float64, requires_grad=True) for k in range(groups)]
    zero = "zero gradient" in name
    optimizer = getattr(torch.optim, kind)(
        [{"params": [params[k]], "weight_decay": decays[k]} for k in range(groups)],
        foreach=False, **options)
    gradients, trajectory = [], []
    for _ in range(STEPS):
        optimizer.zero_grad()
        if zero:
            for p in params:
                p.grad = torch.zeros_like(p)
        else:
            loss = sum(
                (torch.tensor(SCALES[k], dtype=torch.float64)
                 * (params[k] - torch.tensor(CENTERS[k], dtype=torch.float64)) ** 2).sum() / 2
                for k in range(groups))
            loss.backward()
        gradients.append([p.grad.tolist() for p in params])
        optimizer.step()
        trajectory.append([p.detach().tolist() for p in params])
    group = optimizer.param_groups[0]
    return {
        "name": name,
        "optimizer": kind,
        "learning_rate": group["lr"],
        "momentum": group.get("momentum", 0.0),
        "dampening": group.get("dampening", 0.0),
        "nesterov": group.get("nesterov", False),
        "betas": list(group.get("betas", (0.9, 0.999))),
        "epsilon": group.get("eps", 1e-8),
        "amsgrad": group.get("amsgrad", False),
        "weight_decays": decays,
        "start": [START[k] for k in range(groups)],
        "gradients": gradients,
        "trajectory": trajectory,
    }


def main():
    fixture = {
        "description": __doc__.strip().splitlines()[0],
        "versions": {"torch": torch.__version__},
        "steps": STEPS,
        "cases": [run(*case) for case in CASES],
    }
    with open(OUT, "w") as f:
        json.dump(fixture, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
