"""Reference values from scikit-learn for the Performance view's numbers.

Run with the system Python that has scikit-learn 1.2.1 (never a runtime or test dependency):
    /usr/bin/python3 scripts/crosscheck/performance_view_reference.py
Writes lib/views/performance/fixtures/sklearn-performance.json: a seeded sample with tied scores
(rounded to 2 decimals, so some sit exactly on calibration bin edges) and, for it,
average_precision_score, roc_auc_score, brier_score_loss, calibration_curve(n_bins=10) and the
confusion matrix, precision, recall, F1, accuracy and specificity at several thresholds
(`score >= threshold`, zero_division=0). Vitest pins them.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.calibration import calibration_curve
from sklearn.metrics import (accuracy_score, average_precision_score, brier_score_loss,
                             confusion_matrix, f1_score, precision_score, recall_score,
                             roc_auc_score)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, 'lib', 'views', 'performance', 'fixtures', 'sklearn-performance.json')

rng = np.random.default_rng(20261123)
n = 240
y = (rng.random(n) < 0.42).astype(int)
score = np.clip(0.18 + 0.22 * y + rng.normal(0, 0.16, n), 0, 1).round(2)

thresholds = [0.0, 0.3, 0.42, 0.5, 0.505, 0.7, 1.0]
at = []
for t in thresholds:
    pred = (score >= t).astype(int)
    tn, fp, fn, tp = confusion_matrix(y, pred, labels=[0, 1]).ravel()
    at.append({
        'threshold': t,
        'tp': int(tp), 'fp': int(fp), 'tn': int(tn), 'fn': int(fn),
        'precision': precision_score(y, pred, zero_division=0),
        'recall': recall_score(y, pred, zero_division=0),
        'f1': f1_score(y, pred, zero_division=0),
        'accuracy': accuracy_score(y, pred),
        'specificity': tn / (tn + fp) if tn + fp else 0.0,
    })

prob_true, prob_pred = calibration_curve(y, score, n_bins=10, strategy='uniform')
bins = np.linspace(0.0, 1.0, 11)
counts = np.bincount(np.searchsorted(bins[1:-1], score), minlength=10)

json.dump({
    'sklearn': sklearn.__version__,
    'y': y.tolist(),
    'score': score.tolist(),
    'average_precision': average_precision_score(y, score),
    'roc_auc': roc_auc_score(y, score),
    'brier': brier_score_loss(y, score),
    'calibration': {
        'prob_true': prob_true.tolist(),
        'prob_pred': prob_pred.tolist(),
        'counts': [int(c) for c in counts if c > 0],
    },
    'at_threshold': at,
}, open(OUT, 'w'), indent=1)
print('wrote', OUT)
