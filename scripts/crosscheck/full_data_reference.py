"""scikit-learn reference figures on the pipeline's own base_train / base_test and prod rows.

    /usr/bin/python3 scripts/crosscheck/full_data_reference.py <folder with CSV exports>

The folder holds base_train.csv, base_test.csv, prod.csv (six features + shot_made_flag, empty
when unknown) and ours.json (our figures), written by scripts/crosscheck/run-crosscheck.ts.
Prints one JSON object on stdout; Python is never a runtime or test dependency.
"""
import json
import sys
import warnings

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score, f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.tree import DecisionTreeClassifier

FEATURES = ['lat', 'lng', 'minutes_remaining', 'period', 'playoffs', 'shot_distance']
folder = sys.argv[1]
train = pd.read_csv(f'{folder}/base_train.csv')
test = pd.read_csv(f'{folder}/base_test.csv')
prod = pd.read_csv(f'{folder}/prod.csv').dropna(subset=['shot_made_flag'])
ours = json.load(open(f'{folder}/ours.json'))
X, y = train[FEATURES].to_numpy(float), train['shot_made_flag'].to_numpy(float)


def scores(model):
    out = {}
    for name, frame in [('test', test), ('prod', prod)]:
        p = model.predict_proba(frame[FEATURES].to_numpy(float))[:, 1]
        t = frame['shot_made_flag'].to_numpy(float)
        out[name] = {'log_loss': log_loss(t, p), 'roc_auc': roc_auc_score(t, p),
                     'f1': f1_score(t, (p >= 0.5).astype(float), zero_division=0)}
    return out


def logistic(**kwargs):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        model = LogisticRegression(**kwargs).fit(X, y)
    return {'params': kwargs, 'n_iter': int(model.n_iter_[0]),
            'intercept': float(model.intercept_[0]), 'coefficients': model.coef_[0].tolist(),
            'warnings': sorted({type(w.message).__name__ for w in caught}), **scores(model)}


result = {
    'logistic_default': logistic(),
    'logistic_tight_lbfgs': logistic(tol=1e-10, max_iter=100000),
    'logistic_optimum': logistic(solver='newton-cholesky', tol=1e-12, max_iter=1000),
}
# the tree: our cross-validation curve depends on our folds; also show scikit-learn's own
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=ours['seed'])
curve = []
for depth in range(1, 13):
    s = cross_val_score(DecisionTreeClassifier(max_depth=depth, random_state=0), X, y,
                        cv=cv, scoring='neg_log_loss')
    curve.append(-s.mean())
result['tree_sklearn_cv'] = {'depths': list(range(1, 13)), 'mean_log_loss': curve,
                             'best_depth': int(np.argmin(curve) + 1)}
# our tree cut at each depth against scikit-learn's trees (random_state 0..4: ties between
# features are broken at random there, so report the best agreement over those states)
X_test = test[FEATURES].to_numpy(float)
y_test = test['shot_made_flag'].to_numpy(float)
result['tree_by_depth'] = []
for depth_text, our_proba in sorted(ours['tree_test_proba_by_depth'].items(), key=lambda kv: int(kv[0])):
    depth = int(depth_text)
    fits = [DecisionTreeClassifier(max_depth=depth, random_state=s).fit(X, y) for s in range(5)]
    probas = [f.predict_proba(X_test)[:, 1] for f in fits]
    equal = [float(np.mean(np.abs(np.array(our_proba) - p) < 1e-12)) for p in probas]
    best = int(np.argmax(equal))
    result['tree_by_depth'].append({
        'max_depth': depth,
        'sklearn_random_state': best,
        'sklearn_test_log_loss': log_loss(y_test, probas[best]),
        'ours_test_log_loss': log_loss(y_test, np.array(our_proba)),
        'equal_test_proba_share_best': max(equal),
    })
print(json.dumps(result, indent=1))
