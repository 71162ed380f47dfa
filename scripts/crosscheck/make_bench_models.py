"""Models for `npm run bench:models`, written into the folder given as the first argument.

Run with Debian's python (sklearn 1.2.1): /usr/bin/python3 scripts/crosscheck/make_bench_models.py <dir>
Fits, on 20,000 Kobe-like rows (the course's six features), a StandardScaler + LogisticRegression
pipeline, a depth-10 DecisionTreeClassifier and a 100-tree RandomForestClassifier (depth 10), and
pickles each with cloudpickle as mlflow.sklearn.log_model does.
"""
import os
import sys

import cloudpickle
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier

out = sys.argv[1]
rng = np.random.default_rng(1)
n = 20000
X = pd.DataFrame({
    'lat': 33.95 + rng.normal(0, 0.08, n),
    'lng': -118.26 + rng.normal(0, 0.1, n),
    'minutes_remaining': rng.integers(0, 12, n).astype(float),
    'period': rng.integers(1, 5, n).astype(float),
    'playoffs': rng.integers(0, 2, n).astype(float),
    'shot_distance': rng.integers(0, 30, n).astype(float),
})
p = 1 / (1 + np.exp(-(1.2 - 0.08 * X['shot_distance'] + 0.02 * X['minutes_remaining'])))
y = (rng.random(n) < p).astype(int)
models = {
    'logistic-regression': Pipeline([('sc', StandardScaler()), ('lr', LogisticRegression())]),
    'decision-tree-depth-10': DecisionTreeClassifier(max_depth=10, random_state=0),
    'random-forest-100': RandomForestClassifier(n_estimators=100, max_depth=10, random_state=0, n_jobs=1),
}
for name, model in models.items():
    model.fit(X, y)
    with open(os.path.join(out, name + '.pkl'), 'wb') as f:
        cloudpickle.dump(model, f, protocol=4)
