"""Small scikit-learn estimator fixtures for lib/model-reader/estimators.

Run with Debian's python (sklearn 1.2.1): /usr/bin/python3 scripts/crosscheck/make_estimator_fixtures.py
Writes, per model, <name>.pkl (cloudpickle, protocol 4, as mlflow.sklearn.log_model does) and <name>.json holding the estimator's pickled state as
plain JSON (classes as {"__class__", "state"}, arrays as {"__ndarray__", "shape", "data"}), the input
rows and scikit-learn's predict_proba (or predict) on them.
"""
import json
import os

import cloudpickle
import numpy as np
import sklearn
from sklearn.calibration import CalibratedClassifierCV
from sklearn.datasets import make_classification, make_regression
from sklearn.ensemble import (AdaBoostClassifier, ExtraTreesClassifier, GradientBoostingClassifier,
                              GradientBoostingRegressor, RandomForestClassifier, RandomForestRegressor)
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'lib', 'model-reader', 'fixtures', 'estimators')


def encode(v):
    if isinstance(v, np.ndarray):
        if v.dtype.names:
            data = [{k: float(rec[k]) for k in v.dtype.names} for rec in v.ravel()]
            return {'__ndarray__': 'structured', 'fields': list(v.dtype.names), 'shape': list(v.shape), 'data': data}
        if v.dtype == object:
            return {'__ndarray__': '|O', 'shape': list(v.shape), 'data': [encode(x) for x in v.ravel()]}
        if v.dtype.kind in 'US':
            return {'__ndarray__': v.dtype.str, 'shape': list(v.shape), 'data': [str(x) for x in v.ravel()]}
        return {'__ndarray__': v.dtype.str, 'shape': list(v.shape), 'data': [float(x) for x in v.ravel()]}
    if isinstance(v, np.generic):
        return v.item()
    if isinstance(v, (list, tuple)):
        return [encode(x) for x in v]
    if isinstance(v, dict):
        return {str(k): encode(x) for k, x in v.items()}
    if isinstance(v, (str, int, float, bool)) or v is None:
        return v
    if hasattr(v, '__getstate__') or hasattr(v, '__dict__'):
        state = v.__getstate__() if hasattr(v, '__getstate__') else v.__dict__
        if not isinstance(state, dict):
            state = v.__dict__
        cls = type(v)
        return {'__class__': cls.__module__ + '.' + cls.__qualname__, 'state': encode(state)}
    return repr(v)


def save(name, model, X, regressor=False):
    expected = model.predict(X) if regressor else model.predict_proba(X)
    with open(os.path.join(OUT, name + '.pkl'), 'wb') as f:
        cloudpickle.dump(model, f, protocol=4)
    doc = {'sklearn': sklearn.__version__, 'model': encode(model), 'X': X.tolist(), 'expected': expected.tolist()}
    with open(os.path.join(OUT, name + '.json'), 'w') as f:
        json.dump(doc, f)


def float32_edge_rows(tree, base):
    # rows just above each split threshold in float64: sklearn casts X to float32 first, so some go left
    rows = []
    t = tree.tree_
    for node in range(t.node_count):
        if t.children_left[node] != -1:
            row = base.copy()
            row[t.feature[node]] = np.nextafter(t.threshold[node], np.inf)
            rows.append(row)
    return np.array(rows)


def main():
    os.makedirs(OUT, exist_ok=True)
    X, y = make_classification(n_samples=300, n_features=6, n_informative=4, random_state=0)
    X3, y3 = make_classification(n_samples=300, n_features=6, n_informative=4, n_classes=3, random_state=1)
    Xr, yr = make_regression(n_samples=300, n_features=6, noise=5.0, random_state=2)
    Xt, X3t, Xrt = X[:40], X3[:40], Xr[:40]
    tree = DecisionTreeClassifier(max_depth=5, random_state=0).fit(X, y)
    save('decision-tree-binary', tree, Xt)
    save('decision-tree-float32', tree, float32_edge_rows(tree, X[0]))
    save('decision-tree-multiclass', DecisionTreeClassifier(max_depth=4, random_state=0).fit(X3, y3 + 1), X3t)
    save('decision-tree-regressor', DecisionTreeRegressor(max_depth=4, random_state=0).fit(Xr, yr), Xrt, True)
    save('random-forest', RandomForestClassifier(n_estimators=7, max_depth=4, random_state=0).fit(X, y), Xt)
    save('random-forest-regressor', RandomForestRegressor(n_estimators=5, max_depth=4, random_state=0).fit(Xr, yr), Xrt, True)
    save('extra-trees', ExtraTreesClassifier(n_estimators=6, max_depth=4, random_state=0).fit(X3, y3), X3t)
    save('gradient-boosting-binary', GradientBoostingClassifier(n_estimators=15, max_depth=3, random_state=0).fit(X, y), Xt)
    save('gradient-boosting-zero', GradientBoostingClassifier(n_estimators=10, init='zero', random_state=0).fit(X, y), Xt)
    save('gradient-boosting-multiclass', GradientBoostingClassifier(n_estimators=10, max_depth=2, random_state=0).fit(X3, y3), X3t)
    save('gradient-boosting-regressor', GradientBoostingRegressor(n_estimators=12, random_state=0).fit(Xr, yr), Xrt, True)
    stump = DecisionTreeClassifier(max_depth=2)
    save('adaboost-samme', AdaBoostClassifier(stump, n_estimators=8, algorithm='SAMME', random_state=0).fit(X, y), Xt)
    save('adaboost-samme-r', AdaBoostClassifier(stump, n_estimators=8, algorithm='SAMME.R', random_state=0).fit(X, y), Xt)
    save('adaboost-samme-multiclass', AdaBoostClassifier(stump, n_estimators=8, algorithm='SAMME', random_state=0).fit(X3, y3), X3t)
    save('adaboost-samme-r-multiclass', AdaBoostClassifier(stump, n_estimators=8, algorithm='SAMME.R', random_state=0).fit(X3, y3), X3t)
    tree = DecisionTreeClassifier(max_depth=4, random_state=0)
    gb = GradientBoostingClassifier(n_estimators=8, random_state=0)
    save('calibrated-sigmoid', CalibratedClassifierCV(tree, method='sigmoid', cv=3).fit(X, y), Xt)
    save('calibrated-isotonic', CalibratedClassifierCV(tree, method='isotonic', cv=3).fit(X, y), Xt)
    save('calibrated-isotonic-single', CalibratedClassifierCV(tree, method='isotonic', cv=3, ensemble=False).fit(X, y), Xt)
    save('calibrated-sigmoid-multiclass', CalibratedClassifierCV(tree, method='sigmoid', cv=3).fit(X3, y3), X3t)
    save('calibrated-sigmoid-boosting', CalibratedClassifierCV(gb, method='sigmoid', cv=3).fit(X, y), Xt)


if __name__ == '__main__':
    main()
