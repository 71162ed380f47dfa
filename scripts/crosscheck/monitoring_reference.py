#!/usr/bin/python3
"""Reference values for lib/monitoring, computed with scikit-learn 1.2.1 / numpy / scipy.

    /usr/bin/python3 scripts/crosscheck/monitoring_reference.py
        -> lib/monitoring/fixtures/sklearn-monitoring-reference.json
    npx tsx scripts/crosscheck/monitor-export-kobe.ts /tmp/kobe-monitor.csv
    /usr/bin/python3 scripts/crosscheck/monitoring_reference.py --kobe /tmp/kobe-monitor.csv
        -> lib/monitoring/fixtures/kobe-monitor-drift-expected.json
           (drift of the pipeline's predictions_prod vs predictions_dev features, through the
           same SciPy restatement of Evidently's rules as lib/drift: drift_reference.kobe_table)

Inputs are generated here with a seeded numpy generator and written beside the expected values,
so the TypeScript tests read both from the JSON (Python is never a test dependency):
- calibration_curve(strategy="uniform", n_bins=10) fractions, mean predictions and bin counts,
  plus ECE / MCE from them, on scores that include the inner bin edges exactly;
- IsotonicRegression(out_of_bounds="clip") fitted on (score, y) and predicted on other scores
  (the calibrator of NannyML's CBPE);
- the thresholds maximising F1 (precision_recall_curve), Youden's J (roc_curve,
  drop_intermediate=False) and a 2x2 value matrix (brute force over the distinct scores).
"""
import argparse
import json
import os
import sys

import numpy as np
import sklearn
from sklearn.calibration import calibration_curve
from sklearn.isotonic import IsotonicRegression
from sklearn.metrics import precision_recall_curve, roc_curve

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "lib", "monitoring", "fixtures", "sklearn-monitoring-reference.json")
KOBE_OUT = os.path.join(ROOT, "lib", "monitoring", "fixtures", "kobe-monitor-drift-expected.json")

parser = argparse.ArgumentParser()
parser.add_argument("--kobe", help="CSV written by scripts/crosscheck/monitor-export-kobe.ts")
args = parser.parse_args()
if args.kobe:
    sys.path.insert(0, os.path.dirname(__file__))
    import drift_reference

    table = drift_reference.kobe_table(args.kobe)
    rows = table["rows"]
    keep = ["column", "method", "statistic", "drifted", "refCount", "curCount", "alternatives"]
    json.dump(
        {
            "generatedBy": "scripts/crosscheck/monitoring_reference.py --kobe",
            "source": "predictions_dev.parquet (reference) vs predictions_prod.parquet (current) features",
            "rows": drift_reference.enc([{k: r[k] for k in keep} for r in rows]),
            "dataset": drift_reference.enc(table["dataset"]),
        },
        open(KOBE_OUT, "w"),
        indent=1,
    )
    print(f"wrote {KOBE_OUT}")
    sys.exit(0)

rng = np.random.default_rng(20261204)
n = 400
score = np.round(rng.beta(2, 3, n), 3)
edges = np.linspace(0, 1, 11)
score[:11] = edges  # every bin edge, exactly as numpy writes it
y = (rng.random(n) < np.clip(score * 1.2 - 0.05, 0, 1)).astype(int)

prob_true, prob_pred = calibration_curve(y, score, n_bins=10, strategy="uniform")
binids = np.searchsorted(edges[1:-1], score)
counts = np.bincount(binids, minlength=10)
nonzero = counts[counts > 0]
gaps = np.abs(prob_true - prob_pred)
ece = float(np.sum(nonzero / n * gaps))
mce = float(np.max(gaps))

iso = IsotonicRegression(out_of_bounds="clip").fit(score, y)
query = np.concatenate([[-0.5, 0.0, 1.0, 1.5], np.round(rng.random(40), 4)])
iso_pred = iso.predict(query)

precision, recall, pr_thr = precision_recall_curve(y, score)
with np.errstate(divide="ignore", invalid="ignore"):
    f1 = np.where(precision + recall > 0, 2 * precision * recall / (precision + recall), 0)
best_f1 = int(np.argmax(f1[:-1]))
fpr, tpr, roc_thr = roc_curve(y, score, drop_intermediate=False)
j = tpr - fpr
best_j = int(np.argmax(j[1:])) + 1  # roc_curve's first threshold is inf (nothing predicted)

value_matrix = {"tp": 10.0, "fp": -4.0, "tn": 1.0, "fn": -6.0}
best_value, best_value_t = -np.inf, None
for t in np.unique(score):
    pred = score >= t
    v = (
        value_matrix["tp"] * np.sum(pred & (y == 1))
        + value_matrix["fp"] * np.sum(pred & (y == 0))
        + value_matrix["tn"] * np.sum(~pred & (y == 0))
        + value_matrix["fn"] * np.sum(~pred & (y == 1))
    )
    if v > best_value:
        best_value, best_value_t = float(v), float(t)

json.dump(
    {
        "generatedBy": "scripts/crosscheck/monitoring_reference.py",
        "versions": {"sklearn": sklearn.__version__, "numpy": np.__version__},
        "y": y.tolist(),
        "score": score.tolist(),
        "calibration": {
            "prob_true": prob_true.tolist(),
            "prob_pred": prob_pred.tolist(),
            "counts": nonzero.tolist(),
            "ece": ece,
            "mce": mce,
        },
        "isotonic": {"query": query.tolist(), "predicted": iso_pred.tolist()},
        "thresholds": {
            "f1": {"threshold": float(pr_thr[best_f1]), "value": float(f1[best_f1])},
            "youden": {"threshold": float(roc_thr[best_j]), "value": float(j[best_j])},
            "value_matrix": value_matrix,
            "value": {"threshold": best_value_t, "value": best_value},
        },
    },
    open(OUT, "w"),
    indent=1,
)
print(f"wrote {OUT}")
