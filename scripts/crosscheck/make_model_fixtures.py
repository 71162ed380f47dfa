"""Write small scikit-learn model pickles and sklearn's own outputs to lib/model-reader/fixtures/.

Run with Debian's Python (scikit-learn 1.2.1): /usr/bin/python3 scripts/crosscheck/make_model_fixtures.py
"""
import json
import os
import pickle

import cloudpickle
import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.linear_model import ElasticNet, Lasso, LinearRegression, LogisticRegression, Ridge
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import MinMaxScaler, RobustScaler, StandardScaler

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "lib", "model-reader", "fixtures")
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(7)
cols = ["lat", "lng", "minutes_remaining", "period", "playoffs", "shot_distance"]
n = 200
X = pd.DataFrame(
    {
        "lat": 33.9 + rng.normal(0, 0.08, n),
        "lng": -118.26 + rng.normal(0, 0.1, n),
        "minutes_remaining": rng.integers(0, 12, n).astype(float),
        "period": rng.integers(1, 5, n).astype(float),
        "playoffs": rng.integers(0, 2, n).astype(float),
        "shot_distance": rng.integers(0, 30, n).astype(float),
    }
)
y_bin = (X["shot_distance"] + rng.normal(0, 6, n) < 12).astype(int)
y_multi = np.digitize(X["shot_distance"] + rng.normal(0, 4, n), [8, 18])
y_reg = 0.5 - 0.02 * X["shot_distance"] + rng.normal(0, 0.1, n)

Xtest = X.iloc[:40].copy()
Xtest.iloc[3, 2] = np.nan
Xtest.iloc[7, 5] = np.nan
Xtest.to_csv(os.path.join(OUT, "input.csv"), index=False, na_rep="")
Xfit = X.copy()
Xfit.iloc[5, 2] = np.nan

models = {
    "logreg_binary_pipeline": (
        Pipeline([("imp", SimpleImputer()), ("sc", StandardScaler()), ("lr", LogisticRegression())]),
        y_bin,
    ),
    "logreg_multinomial_pipeline": (
        Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", MinMaxScaler()), ("lr", LogisticRegression(C=3.0))]),
        y_multi,
    ),
    "logreg_ovr_pipeline": (
        Pipeline([("imp", SimpleImputer()), ("sc", RobustScaler()), ("lr", LogisticRegression(multi_class="ovr"))]),
        y_multi,
    ),
    "linear_regression": (Pipeline([("imp", SimpleImputer()), ("m", LinearRegression())]), y_reg),
    "ridge": (Pipeline([("imp", SimpleImputer()), ("sc", StandardScaler()), ("m", Ridge(alpha=2.0))]), y_reg),
    "lasso": (Pipeline([("imp", SimpleImputer()), ("m", Lasso(alpha=0.001))]), y_reg),
    "elastic_net": (Pipeline([("imp", SimpleImputer()), ("m", ElasticNet(alpha=0.001, l1_ratio=0.3))]), y_reg),
}
expected = {}
for name, (model, y) in models.items():
    model.fit(Xfit, y)
    if hasattr(model, "predict_proba"):
        expected[name] = {"probabilities": model.predict_proba(Xtest).tolist(), "classes": model.classes_.tolist()}
    else:
        expected[name] = {"predictions": model.predict(Xtest).tolist()}
    for proto in (2, 3, 4, 5):
        with open(os.path.join(OUT, f"{name}.p{proto}.pkl"), "wb") as f:
            pickle.dump(model, f, protocol=proto)
    with open(os.path.join(OUT, f"{name}.cloudpickle.pkl"), "wb") as f:
        cloudpickle.dump(model, f)
with open(os.path.join(OUT, "expected.json"), "w") as f:
    json.dump(expected, f)

# A class the reader does not support (its message must name it and list the supported ones).
from sklearn.naive_bayes import GaussianNB

os.makedirs(os.path.join(OUT, "unsupported"), exist_ok=True)
with open(os.path.join(OUT, "unsupported", "gaussian-nb.pkl"), "wb") as f:
    pickle.dump(GaussianNB().fit([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0], [3.0, 1.0]], [0, 1, 0, 1]), f, protocol=4)
