"""Reference values from scikit-learn for the committed 300-row Kobe fixture.

Run with the system Python that has scikit-learn 1.2.1 (never a runtime or test dependency):
    /usr/bin/python3 scripts/crosscheck/fixture_reference.py
Writes lib/model/fixtures/sklearn-reference.json and lib/metrics/fixtures/sklearn-metrics.json,
which the Vitest tests pin.
"""
import json
import os
import warnings

import numpy as np
import pandas as pd
import sklearn
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (accuracy_score, brier_score_loss, f1_score, log_loss,
                             precision_recall_curve, precision_score, recall_score,
                             roc_auc_score, roc_curve)
from sklearn.tree import DecisionTreeClassifier

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FEATURES = ['lat', 'lng', 'minutes_remaining', 'period', 'playoffs', 'shot_distance']

frame = pd.read_csv(os.path.join(ROOT, 'lib', 'model', 'fixtures', 'kobe-dev-300.csv'))
X = frame[FEATURES].to_numpy(dtype=np.float64)
y = frame['shot_made_flag'].to_numpy(dtype=np.float64)


def logistic(**kwargs):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        model = LogisticRegression(**kwargs).fit(X, y)
    return {
        'params': {k: v for k, v in kwargs.items()},
        'coefficients': model.coef_[0].tolist(),
        'intercept': float(model.intercept_[0]),
        'n_iter': int(model.n_iter_[0]),
        'warnings': [str(w.message).split('\n')[0] for w in caught],
        'proba': model.predict_proba(X)[:, 1].tolist(),
    }


def tree(depth):
    fits = [DecisionTreeClassifier(max_depth=depth, random_state=seed).fit(X, y) for seed in range(10)]
    t = fits[0].tree_
    same = all(np.array_equal(f.tree_.threshold, t.threshold) and
               np.array_equal(f.tree_.feature, t.feature) for f in fits)
    return {
        'max_depth': depth,
        'same_for_random_states_0_to_9': bool(same),
        'feature': [int(v) if v >= 0 else -1 for v in t.feature],
        'threshold': [float(v) if f >= 0 else 0.0 for v, f in zip(t.threshold, t.feature)],
        'left': [int(v) for v in t.children_left],
        'right': [int(v) for v in t.children_right],
        'samples': [int(v) for v in t.n_node_samples],
        'proba': fits[0].predict_proba(X)[:, 1].tolist(),
    }


def metrics(score):
    fpr, tpr, roc_thr = roc_curve(y, score)
    precision, recall, pr_thr = precision_recall_curve(y, score)
    label = (score >= 0.5).astype(np.float64)
    return {
        'score': score.tolist(),
        'log_loss': log_loss(y, score),
        'log_loss_eps_1e-15': log_loss(y, score, eps=1e-15),
        'roc_auc': roc_auc_score(y, score),
        'f1': f1_score(y, label, zero_division=0),
        'accuracy': accuracy_score(y, label),
        'precision': precision_score(y, label, zero_division=0),
        'recall': recall_score(y, label, zero_division=0),
        'brier': brier_score_loss(y, score),
        'roc_curve': {'fpr': fpr.tolist(), 'tpr': tpr.tolist(), 'thresholds': roc_thr.tolist()},
        'pr_curve': {'precision': precision.tolist(), 'recall': recall.tolist(),
                     'thresholds': pr_thr.tolist()},
    }


reference = {
    'generated_by': 'scripts/crosscheck/fixture_reference.py',
    'sklearn_version': sklearn.__version__,
    'features': FEATURES,
    'logistic_default': logistic(),
    'logistic_tight': logistic(tol=1e-10, max_iter=100000),
    'logistic_newton_cholesky': logistic(solver='newton-cholesky', tol=1e-12, max_iter=1000),
    'trees': [tree(3), tree(5)],
}
lr_score = np.array(reference['logistic_newton_cholesky']['proba'])
tree_score = np.array(reference['trees'][1]['proba'])
metric_reference = {
    'generated_by': 'scripts/crosscheck/fixture_reference.py',
    'sklearn_version': sklearn.__version__,
    'y_true': y.tolist(),
    'logistic': metrics(lr_score),
    'tree_depth5': metrics(tree_score),
}
for rel, data in [(('lib', 'model', 'fixtures', 'sklearn-reference.json'), reference),
                  (('lib', 'metrics', 'fixtures', 'sklearn-metrics.json'), metric_reference)]:
    with open(os.path.join(ROOT, *rel), 'w') as out:
        json.dump(data, out, indent=1)
        out.write('\n')
    print('wrote', os.path.join(*rel))
for key in ['logistic_default', 'logistic_tight', 'logistic_newton_cholesky']:
    r = reference[key]
    print(key, r['n_iter'], r['intercept'], r['coefficients'], r['warnings'])
print('tree invariant to random_state:', [t['same_for_random_states_0_to_9'] for t in reference['trees']])
