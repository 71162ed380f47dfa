"""Small XGBoost model pickles and xgboost's own outputs for lib/model-reader/estimators/xgboost.

Run with Debian's Python (`apt-get install python3-xgboost`, 1.7.4 here; only needed to regenerate):
/usr/bin/python3 scripts/crosscheck/make_xgboost_fixtures.py
Writes lib/model-reader/fixtures/xgboost/: input.csv (Kobe-like features, NaN in inputs, plus rows on
and just below split thresholds, which xgboost compares as float32), expected.json (predict_proba or
predict per model, as float64 lists; boosted models, dart, random forests XGBRFClassifier / XGBRFRegressor
and a boosted forest with num_parallel_tree > 1) and each model pickled with protocol 4 and 5, cloudpickle
(as mlflow.sklearn.log_model does) and joblib.dump (as PyCaret's save_model does); and
pycaret3-xgboost.joblib.pkl / .json, an XGBClassifier at the end of a PyCaret 3 pipeline built with
make_pycaret_fixtures.py's stand-ins; xgb_binary.what-if.json, two shots for the what-if form and
xgboost's probability of each (e2e/what-if.spec.ts).
"""
import json
import os
import pickle
import shutil

import cloudpickle
import joblib
import numpy as np
import pandas as pd
import xgboost
from scipy.special import expit
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from xgboost import XGBClassifier, XGBRegressor, XGBRFClassifier, XGBRFRegressor

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "lib", "model-reader", "fixtures", "xgboost")
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(11)
n = 400
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
y_bin = (X["shot_distance"] + 20 * (X["lat"] - 33.9) + rng.normal(0, 6, n) < 12).astype(int)
y_multi = np.digitize(X["shot_distance"] + rng.normal(0, 4, n), [8, 18])
y_reg = 0.5 - 0.02 * X["shot_distance"] + 0.3 * (X["lng"] + 118.26) + rng.normal(0, 0.1, n)
# missing values in training too, so the trees learn a default direction for them both ways
Xfit = X.copy()
for j in range(6):
    Xfit.iloc[rng.choice(n, 25, replace=False), j] = np.nan

# all trees in a few rounds: small pickles, still several levels deep
binary = XGBClassifier(n_estimators=12, max_depth=3, learning_rate=0.3, random_state=0).fit(Xfit, y_bin)


def edge_rows(model, base):
    """Rows on each split threshold (xgboost sends x < t left, so these go right) and on the float64
    just below it, which float32 rounds back up to the threshold (right again, float64 would say left)."""
    trees = json.loads(model.get_booster().save_raw("json"))["learner"]["gradient_booster"]["model"]["trees"]
    rows = []
    for t in trees[:3]:
        for i, left in enumerate(t["left_children"]):
            if left == -1:
                continue
            thr = np.float32(t["split_conditions"][i])
            for v in (float(thr), np.nextafter(float(thr), -np.inf)):
                row = base.copy()
                row.iloc[t["split_indices"][i]] = v
                rows.append(row)
    return pd.DataFrame(rows)


Xtest = pd.concat([X.iloc[:40], edge_rows(binary, X.iloc[0])], ignore_index=True)
Xtest.iloc[3, 2] = np.nan
Xtest.iloc[7, 5] = np.nan
Xtest.iloc[11, 0] = np.nan
Xtest.iloc[12, :] = np.nan
Xtest.to_csv(os.path.join(OUT, "input.csv"), index=False, na_rep="", float_format="%.17g")
Xin = pd.read_csv(os.path.join(OUT, "input.csv"), float_precision="round_trip")
assert np.array_equal(Xin.to_numpy(), Xtest.to_numpy(), equal_nan=True)

models = {
    "xgb_binary": binary,
    "xgb_pipeline": Pipeline(
        [
            ("imp", SimpleImputer()),
            ("sc", StandardScaler()),
            ("xgb", XGBClassifier(n_estimators=10, max_depth=3, random_state=0)),
        ]
    ).fit(Xfit, y_bin),
    # a numpy fit: the booster keeps no feature names, columns are taken by position
    "xgb_numpy_base_score": XGBClassifier(n_estimators=8, max_depth=2, base_score=0.3, random_state=0).fit(
        Xfit.to_numpy(), y_bin
    ),
    "xgb_multiclass": XGBClassifier(n_estimators=6, max_depth=3, random_state=0).fit(Xfit, y_multi),
    "xgb_softmax": XGBClassifier(objective="multi:softmax", n_estimators=5, max_depth=2, random_state=0).fit(
        Xfit, y_multi
    ),
    "xgb_early_stopping": XGBClassifier(n_estimators=60, max_depth=3, early_stopping_rounds=3, random_state=0).fit(
        Xfit.iloc[:300], y_bin[:300], eval_set=[(Xfit.iloc[300:], y_bin[300:])], verbose=False
    ),
    "xgb_dart": XGBClassifier(booster="dart", rate_drop=0.3, n_estimators=8, max_depth=3, random_state=0).fit(
        Xfit, y_bin
    ),
    "xgb_missing_zero": XGBClassifier(missing=0.0, n_estimators=6, max_depth=3, random_state=0).fit(Xfit, y_bin),
    "xgb_regressor": XGBRegressor(n_estimators=15, max_depth=3, random_state=0).fit(Xfit, y_reg),
    "xgb_reg_logistic": XGBRegressor(objective="reg:logistic", n_estimators=8, max_depth=3, random_state=0).fit(
        Xfit, (y_reg > 0.3).astype(float) * 0.8 + 0.1
    ),
    "xgb_logitraw": XGBClassifier(objective="binary:logitraw", base_score=0.3, n_estimators=8, max_depth=3, random_state=0).fit(
        Xfit, y_bin
    ),
    # random forests: one boosting round of n_estimators parallel trees (num_parallel_tree), row
    # and column subsampling at 0.8, learning_rate 1
    "xgb_rf_binary": XGBRFClassifier(n_estimators=8, max_depth=3, random_state=0).fit(Xfit, y_bin),
    "xgb_rf_multiclass": XGBRFClassifier(n_estimators=4, max_depth=3, random_state=0).fit(Xfit, y_multi),
    "xgb_rf_regressor": XGBRFRegressor(n_estimators=6, max_depth=3, random_state=0).fit(Xfit, y_reg),
    # a boosted forest: several rounds of several parallel trees each
    "xgb_boosted_forest": XGBClassifier(n_estimators=4, num_parallel_tree=3, max_depth=2, subsample=0.8,
                                        random_state=0).fit(Xfit, y_bin),
}

ALL_FORMATS = ["p4", "p5", "cloudpickle", "joblib"]
ONE_FORMAT = {name: ALL_FORMATS[i % 4] for i, name in enumerate(models)}
expected = {"xgboost": xgboost.__version__}
for name, model in models.items():
    est = model[-1] if isinstance(model, Pipeline) else model
    Xpred = Xtest.to_numpy() if name == "xgb_numpy_base_score" else Xtest
    if isinstance(est, XGBRegressor):
        expected[name] = {"predictions": model.predict(Xpred).astype(float).tolist()}
    elif name == "xgb_logitraw":
        # xgboost's predict_proba returns the raw margin for logitraw; the probability it stands
        # for is the sigmoid of that margin, which is what the reader gives
        margin = est.predict(Xpred, output_margin=True).astype(float)
        p1 = expit(margin)
        expected[name] = {"probabilities": np.c_[1 - p1, p1].tolist(), "classes": est.classes_.tolist()}
    else:
        expected[name] = {
            "probabilities": model.predict_proba(Xpred).astype(float).tolist(),
            "classes": est.classes_.tolist(),
            "labels": model.predict(Xpred).astype(float).tolist(),
        }
    # every writer for the two models students save most; one each for the others (kept small)
    for fmt in ALL_FORMATS if name in ("xgb_binary", "xgb_pipeline") else [ONE_FORMAT[name]]:
        path = os.path.join(OUT, f"{name}.{fmt}.pkl")
        if fmt == "joblib":
            joblib.dump(model, path)
            continue
        with open(path, "wb") as f:
            if fmt == "cloudpickle":
                cloudpickle.dump(model, f)
            else:
                pickle.dump(model, f, protocol=int(fmt[1:]))
# the pipeline on the model reader's own input.csv, which the student-project fixtures score
sklearn_input = pd.read_csv(os.path.join(OUT, "..", "input.csv"), float_precision="round_trip")
expected["xgb_pipeline"]["on_model_fixtures_input"] = models["xgb_pipeline"].predict_proba(sklearn_input).astype(
    float).tolist()
with open(os.path.join(OUT, "expected.json"), "w") as f:
    json.dump(expected, f)

# e2e/what-if.spec.ts: the what-if form scores xgb_binary (logged as an MLflow run's model.pkl) in
# the browser; a shot as a student types it, then the same shot from further out, and xgboost's
# predict_proba[:, 1] of each
what_if = [
    {"lat": 33.95, "lng": -118.2, "minutes_remaining": 5, "period": 2, "playoffs": 0, "shot_distance": 14},
    {"lat": 33.95, "lng": -118.2, "minutes_remaining": 5, "period": 2, "playoffs": 0, "shot_distance": 25},
]
p1 = models["xgb_binary"].predict_proba(pd.DataFrame(what_if, columns=X.columns, dtype=float))[:, 1]
assert p1[0] != p1[1]
with open(os.path.join(OUT, "xgb_binary.what-if.json"), "w") as f:
    json.dump({"model": "xgb_binary.cloudpickle.pkl", "xgboost": xgboost.__version__,
               "shots": [{"inputs": row, "probability": float(p)} for row, p in zip(what_if, p1)]}, f, indent=1)


def pycaret3_xgboost():
    """compare_models' xgboost inside a PyCaret 3 pipeline (make_pycaret_fixtures.py's stand-ins with
    PyCaret's module paths and state), saved as save_model does (joblib), target label-encoded."""
    import sys

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import make_pycaret_fixtures as pc

    root = pc.install_standins()
    try:
        from pycaret.internal.pipeline import Pipeline as PycaretPipeline
        from pycaret.internal.preprocess.transformers import (CleanColumnNames, TransformerWrapper,
                                                              TransformerWrapperWithInverse)
        from sklearn.preprocessing import LabelEncoder, OneHotEncoder

        X = pc.data(500, 11)
        y = pd.Series(np.where(X["shot_distance"] + np.random.default_rng(12).normal(0, 6, 500) < 12, "made", "missed"),
                      name="shot_made_flag")
        XT = pc.data(40, 13, unknown=True)
        pipe = PycaretPipeline([
            ("clean_column_names", TransformerWrapper(CleanColumnNames())),
            ("label_encoding", TransformerWrapperWithInverse(LabelEncoder())),
            ("numerical_imputer", TransformerWrapper(SimpleImputer(strategy="mean"), include=pc.NUM)),
            ("categorical_imputer", TransformerWrapper(SimpleImputer(strategy="most_frequent"), include=pc.CAT)),
            ("onehot_encoding", TransformerWrapper(OneHotEncoder(handle_unknown="ignore", sparse_output=False),
                                                   include=pc.CAT)),
            ("actual_estimator", XGBClassifier(n_estimators=10, max_depth=3, random_state=0)),
        ]).fit(X, y)
        got = pipe.predict_proba(XT)
        est = pipe.steps[-1][1]
        names = est.get_booster().feature_names

        class ByName:
            """by_hand's matrix (PyCaret's column order, rebuilt by hand) under the booster's names"""

            def predict_proba(self, mat):
                return est.predict_proba(pd.DataFrame(mat, columns=names) if names else mat)

        pipe.steps[-1] = ("actual_estimator", ByName())
        want = pc.by_hand(pipe, XT)
        pipe.steps[-1] = ("actual_estimator", est)
        assert np.array_equal(got, want)
        joblib.dump(pipe, os.path.join(OUT, "pycaret3-xgboost.joblib.pkl"))
        with open(os.path.join(OUT, "pycaret3-xgboost.json"), "w") as f:
            json.dump({"loader": "joblib", "columns": pc.columns(XT), "probabilities": got.astype(float).tolist(),
                       "classes": est.classes_.tolist()}, f)
    finally:
        sys.path.remove(root)
        shutil.rmtree(root)


pycaret3_xgboost()

# A linear booster: the reader names it in one sentence
os.makedirs(os.path.join(OUT, "unsupported"), exist_ok=True)
linear = XGBClassifier(booster="gblinear", n_estimators=3).fit(Xfit.fillna(0), y_bin)
with open(os.path.join(OUT, "unsupported", "xgb_gblinear.pkl"), "wb") as f:
    pickle.dump(linear, f, protocol=4)
# and so are an objective it does not transform, categorical splits and two targets
Xcat = Xfit.assign(period=Xfit["period"].fillna(1).astype(int).astype("category"))
unsupported = {
    "xgb_poisson": XGBRegressor(objective="count:poisson", n_estimators=2, max_depth=2).fit(Xfit, y_multi),
    "xgb_categorical": XGBClassifier(tree_method="hist", enable_categorical=True, n_estimators=2, max_depth=2).fit(
        Xcat, y_bin
    ),
    "xgb_two_targets": XGBRegressor(tree_method="hist", n_estimators=2, max_depth=2).fit(
        Xfit, np.c_[y_reg, y_reg * 2]
    ),
}
for name, model in unsupported.items():
    with open(os.path.join(OUT, "unsupported", f"{name}.pkl"), "wb") as f:
        pickle.dump(model, f, protocol=4)
