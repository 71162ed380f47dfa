"""PyCaret 2-shaped models for lib/model-reader/pycaret, without PyCaret (not installable here).

Run with Debian's python (sklearn 1.2.1): /usr/bin/python3 scripts/crosscheck/make_pycaret2_fixtures.py

PyCaret 2 (2.3.x) saves `save_model` / mlflow models as a scikit-learn Pipeline: its setup's
`prep_pipe` steps (pycaret/internal/preprocess.py: DataTypes_Auto_infer, Simple_Imputer,
New_Catagorical_Levels_in_TestData, Dummify, Remove_100, Clean_Colum_Names, Empty, disabled steps
as 'passthrough') and then `trained_model`. A temporary module `pycaret.internal.preprocess`
(deleted afterwards) defines stand-ins with those module paths, class names and fitted state,
written from reading PyCaret 2.3's public source (the same attributes, not its code), so the
pickles name PyCaret's real globals. The target is a string ('made' / 'missed'), which PyCaret 2
label-encodes in DataTypes_Auto_infer (`le`). The expected probabilities are computed a second
way, by hand with the fitted scikit-learn objects, and both ways must agree before anything is
written.
"""
import json
import os
import shutil
import sys
import tempfile
import textwrap

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'lib', 'model-reader', 'fixtures', 'pycaret')
TARGET = 'shot_made_flag'

PREPROCESS = '''
import re

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import LabelEncoder, OneHotEncoder


def _text(v):
    return v if pd.isnull(v) else str(v)


class DataTypes_Auto_infer(BaseEstimator, TransformerMixin):
    """State: learned_dtypes (a pandas Series of dtypes), final_training_columns, id_columns, le."""

    def __init__(self, target, ml_usecase="classification", categorical_features=[], numerical_features=[],
                 time_features=[], features_todrop=[], id_columns=[], display_types=False):
        self.target = target
        self.ml_usecase = ml_usecase
        self.categorical_features = categorical_features
        self.numerical_features = numerical_features
        self.time_features = time_features
        self.features_todrop = features_todrop
        self.id_columns = id_columns
        self.display_types = display_types

    def fit_transform(self, dataset, y=None):
        data = dataset.copy()
        for c in data.columns:
            if c == self.target:
                continue
            col = data[c]
            if col.dtype == "float64":
                col = col.astype("float32")
                whole = bool(np.all(np.mod(col.dropna(), 1) == 0))
                if whole and col.nunique() <= 20 and col.isnull().any():
                    col = col.apply(_text).astype("object")
            elif col.dtype == "int64":
                col = col.apply(_text).astype("object") if col.nunique() <= 20 else col.astype("float32")
            if col.dtype == "float32" and col.nunique() == 2:
                col = col.apply(_text).astype("object")
            data[c] = col
        self.learned_dtypes = data.dtypes
        if data[self.target].dtype == "object":
            self.le = LabelEncoder()
            data[self.target] = self.le.fit_transform(data[self.target].astype(str))
            self.replacement = {k: v for k, v in enumerate(self.le.classes_)}
        self.final_training_columns = [c for c in data.columns if c != self.target]
        return data

    def transform(self, dataset, y=None):
        data = dataset[self.final_training_columns].copy()
        for c in data.columns:
            data[c] = data[c].astype(self.learned_dtypes[c])
        return data


class Simple_Imputer(BaseEstimator, TransformerMixin):
    """State: numeric_imputer / categorical_imputer (SimpleImputer), their column Indexes."""

    def __init__(self, numeric_strategy, categorical_strategy, target_variable):
        self.numeric_strategy = numeric_strategy
        self.categorical_strategy = categorical_strategy
        self.target = target_variable
        self.numeric_imputer = SimpleImputer(strategy=numeric_strategy)
        self.categorical_imputer = SimpleImputer(strategy="constant", fill_value="not_available")
        self.most_frequent_time = []

    def fit(self, dataset, y=None):
        data = dataset.drop(self.target, axis=1, errors="ignore")
        self.numeric_columns = data.select_dtypes(include=["float32", "int64"]).columns
        self.categorical_columns = data.select_dtypes(include=["object"]).columns
        self.time_columns = data.select_dtypes(include=["datetime64[ns]"]).columns
        self.numeric_imputer.fit(data[self.numeric_columns])
        self.categorical_imputer.fit(data[self.categorical_columns])
        return self

    def transform(self, dataset, y=None):
        data = dataset.copy()
        data[self.numeric_columns] = self.numeric_imputer.transform(data[self.numeric_columns]).astype("float32")
        filled = self.categorical_imputer.transform(data[self.categorical_columns])
        for j, c in enumerate(self.categorical_columns):
            data[c] = [str(v) for v in filled[:, j]]
        return data

    def fit_transform(self, dataset, y=None):
        return self.fit(dataset).transform(dataset)


class New_Catagorical_Levels_in_TestData(BaseEstimator, TransformerMixin):
    """State: ph_train_level, a one-row DataFrame of each category column's levels, most frequent first."""

    def __init__(self, target, replacement_strategy="most frequent"):
        self.target = target
        self.replacement_strategy = replacement_strategy

    def fit_transform(self, data, y=None):
        cats = data.drop(self.target, axis=1).select_dtypes(include="object").columns
        self.ph_train_level = pd.DataFrame({c: [list(data[c].value_counts().index)] for c in cats})
        return data

    def transform(self, data, y=None):
        data = data.copy()
        for c in self.ph_train_level.columns:
            levels = self.ph_train_level.loc[0, c]
            data[c] = [v if pd.isnull(v) or v in levels else levels[0] for v in data[c]]
        return data


class Dummify(BaseEstimator, TransformerMixin):
    """State: ohe (OneHotEncoder, float32, unknown ignored), data_columns (its output names)."""

    def __init__(self, target):
        self.target = target
        self.ohe = OneHotEncoder(handle_unknown="ignore", dtype=np.float32)

    def _split(self, data):
        x = data.drop(self.target, axis=1, errors="ignore")
        return x.select_dtypes(exclude="object"), x.select_dtypes(include="object")

    def fit_transform(self, dataset, y=None):
        nums, cats = self._split(dataset)
        self.ohe.fit(cats)
        self.data_columns = self.ohe.get_feature_names_out(cats.columns)
        return pd.concat([dataset[[self.target]], self.transform(dataset)], axis=1)

    def transform(self, dataset, y=None):
        nums, cats = self._split(dataset)
        dummies = pd.DataFrame(self.ohe.transform(cats).toarray(), columns=self.data_columns, index=nums.index)
        return pd.concat([nums, dummies], axis=1)


class Remove_100(BaseEstimator, TransformerMixin):
    """State: columns_to_drop, the second column of each perfectly correlated pair."""

    def __init__(self, target):
        self.target = target
        self.columns_to_drop = []

    def fit_transform(self, dataset, y=None):
        x = dataset.drop(self.target, axis=1)
        corr = np.abs(np.corrcoef(x.to_numpy(dtype=float).T))
        drop = []
        for i in range(len(x.columns)):
            for j in range(i + 1, len(x.columns)):
                if round(corr[i, j], 2) == 1.0 and x.columns[j] not in drop:
                    drop.append(x.columns[j])
        self.columns_to_drop = pd.Series(drop, dtype=object)
        return dataset.drop(self.columns_to_drop, axis=1)

    def transform(self, dataset, y=None):
        return dataset.drop(self.columns_to_drop, axis=1)


class Clean_Colum_Names(BaseEstimator, TransformerMixin):
    def fit_transform(self, dataset, y=None):
        return self.transform(dataset)

    def transform(self, dataset, y=None):
        data = dataset.copy()
        data.columns = [re.sub(r"[,}{\\]\\[:\\"']", "", c) for c in data.columns]
        return data


class Scaling_and_Power_transformation(BaseEstimator, TransformerMixin):
    """setup(normalize=True): State: numeric_features, scale_and_power (the fitted scaler)."""

    def __init__(self, target, function_to_apply="zscore"):
        self.target = target
        self.function_to_apply = function_to_apply

    def fit_transform(self, dataset, y=None):
        from sklearn.preprocessing import MinMaxScaler, PowerTransformer, RobustScaler, StandardScaler
        scalers = {"zscore": StandardScaler, "minmax": MinMaxScaler, "robust": RobustScaler,
                   "yj": lambda: PowerTransformer(method="yeo-johnson", standardize=True)}
        self.numeric_features = dataset.drop(self.target, axis=1).select_dtypes(include=["float32", "int64"]).columns
        self.scale_and_power = scalers[self.function_to_apply]().fit(dataset[self.numeric_features])
        return self.transform(dataset)

    def transform(self, dataset, y=None):
        data = dataset.copy()
        out = self.scale_and_power.transform(data[self.numeric_features])
        for j, c in enumerate(self.numeric_features):
            data[c] = out[:, j]
        return data


class Empty(BaseEstimator, TransformerMixin):
    def fit_transform(self, data, y=None):
        return data

    def transform(self, data, y=None):
        return data
'''


def install_standins():
    root = tempfile.mkdtemp(prefix='pycaret2-standin-')
    pkg = os.path.join(root, 'pycaret')
    os.makedirs(os.path.join(pkg, 'internal'))
    for d in ('', 'internal'):
        open(os.path.join(pkg, d, '__init__.py'), 'w').close()
    with open(os.path.join(pkg, 'internal', 'preprocess.py'), 'w') as f:
        f.write(textwrap.dedent(PREPROCESS))
    sys.path.insert(0, root)
    return root


def data(n, seed, unknown=False):
    """The course's features as a student's CSV holds them (whole numbers as int64), a category
    with missing values, a copy of a column (perfectly correlated: Remove_100 drops it) and a
    name with brackets (Clean_Colum_Names cleans it)."""
    rng = np.random.default_rng(seed)
    lng = -118.26 + rng.normal(0, 0.1, n)
    df = pd.DataFrame({
        'lat': 33.9 + rng.normal(0, 0.08, n),
        'lng': lng,
        'minutes_remaining': rng.integers(0, 12, n),
        'period': rng.integers(1, 5, n),
        'playoffs': rng.integers(0, 2, n),
        'shot_distance': rng.integers(0, 40, n),
        'lon_copy': lng * 1.0,
        'zone[area]': rng.choice(['Center(C)', 'Left Side(L)', 'Right Side(R)'], n).astype(object),
        'combined_shot_type': rng.choice(['Jump Shot', 'Layup', 'Dunk', 'Hook Shot'], n,
                                         p=[0.6, 0.25, 0.1, 0.05]).astype(object),
    })
    df.loc[rng.choice(n, n // 12, replace=False), 'lat'] = np.nan
    df.loc[rng.choice(n, n // 12, replace=False), 'combined_shot_type'] = np.nan
    if unknown:
        df.loc[3, 'combined_shot_type'] = 'Alley Oop'
        df.loc[5, 'period'] = 5  # an overtime period: a level training never saw
    return df


def by_hand(steps, model, X):
    """The same columns rebuilt with numpy and the fitted scikit-learn objects."""
    dt, imp, lev, dum, r100 = (steps[k] for k in ('dtypes', 'imputer', 'new_levels', 'dummy', 'fix_perfect'))
    cols = {}
    for c in dt.final_training_columns:
        kind = str(dt.learned_dtypes[c])
        cols[c] = X[c].to_numpy(dtype=np.float32) if kind == 'float32' else X[c].to_numpy(dtype=object)
    num = list(imp.numeric_columns)
    filled = imp.numeric_imputer.transform(np.column_stack([cols[c] for c in num]))
    for j, c in enumerate(num):
        cols[c] = filled[:, j].astype(np.float32)
    cat = list(imp.categorical_columns)
    filled = imp.categorical_imputer.transform(np.column_stack([cols[c] for c in cat]).astype(object))
    for j, c in enumerate(cat):
        levels = lev.ph_train_level.loc[0, c]
        cols[c] = np.array([str(v) if str(v) in levels else levels[0] for v in filled[:, j]], dtype=object)
    if 'scaling' in steps and steps['scaling'] != 'passthrough':
        sc = steps['scaling']
        scaled = sc.scale_and_power.transform(np.column_stack([cols[c] for c in sc.numeric_features]))
        for j, c in enumerate(sc.numeric_features):
            cols[c] = scaled[:, j]
    dummies = dum.ohe.transform(pd.DataFrame({c: cols[c] for c in cat})).toarray()
    mat = np.column_stack([cols[c] for c in num] + [dummies])
    names = num + list(dum.data_columns)
    keep = [k for k, c in enumerate(names) if c not in list(r100.columns_to_drop)]
    return model.predict_proba(mat[:, keep].astype(np.float32))


def columns(df):
    def cell(v):
        if isinstance(v, float) and np.isnan(v):
            return None
        return v.item() if isinstance(v, np.generic) else v
    return {c: [cell(v) for v in df[c].tolist()] for c in df.columns}


def main():
    root = install_standins()
    try:
        import cloudpickle
        import joblib
        from pycaret.internal.preprocess import (Clean_Colum_Names, DataTypes_Auto_infer, Dummify, Empty,
                                                 New_Catagorical_Levels_in_TestData, Remove_100,
                                                 Scaling_and_Power_transformation, Simple_Imputer)
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import Pipeline
        from sklearn.tree import DecisionTreeClassifier

        X = data(500, 21)
        y = np.where(X['shot_distance'] + np.random.default_rng(22).normal(0, 6, 500) < 14, 'made', 'missed')
        train = X.assign(**{TARGET: y})
        XT = data(40, 23, unknown=True)
        for name, model, how, scaling in (
                ('pycaret2-logreg', LogisticRegression(max_iter=2000), 'joblib', None),
                ('pycaret2-tree', DecisionTreeClassifier(max_depth=5, random_state=0), 'cloudpickle', None),
                ('pycaret2-zscore', LogisticRegression(max_iter=2000), 'cloudpickle', 'zscore'),
                ('pycaret2-minmax', LogisticRegression(max_iter=2000), 'cloudpickle', 'minmax'),
                ('pycaret2-robust', LogisticRegression(max_iter=2000), 'cloudpickle', 'robust')):
            prep = [('dtypes', DataTypes_Auto_infer(target=TARGET)),
                    ('imputer', Simple_Imputer('mean', 'not_available', TARGET)),
                    ('new_levels1', 'passthrough'), ('ordinal', 'passthrough'), ('cardinality', 'passthrough'),
                    ('znz', 'passthrough'), ('club_R_L', 'passthrough'),
                    ('new_levels', New_Catagorical_Levels_in_TestData(target=TARGET)),
                    ('feature_time', 'passthrough'), ('group', 'passthrough'), ('nonliner', 'passthrough'),
                    ('scaling', Scaling_and_Power_transformation(TARGET, scaling) if scaling else 'passthrough'),
                    ('P_transform', 'passthrough'), ('binn', 'passthrough'),
                    ('rem_outliers', 'passthrough'), ('cluster_all', 'passthrough'),
                    ('dummy', Dummify(TARGET)), ('fix_perfect', Remove_100(TARGET)),
                    ('clean_names', Clean_Colum_Names()), ('feature_select', 'passthrough'),
                    ('fix_multi', 'passthrough'), ('dfs', 'passthrough'), ('pca', Empty())]
            frame = train
            for _, step in prep:
                if step != 'passthrough':
                    frame = step.fit_transform(frame)
            model.fit(frame.drop(TARGET, axis=1), frame[TARGET])
            pipe = Pipeline(prep + [('trained_model', model)])
            steps = dict(pipe.steps)
            assert 'lon_copy' in list(steps['fix_perfect'].columns_to_drop), list(steps['fix_perfect'].columns_to_drop)
            print(name, 'drops', list(steps['fix_perfect'].columns_to_drop))
            got = pipe.predict_proba(XT)
            want = by_hand(steps, model, XT)
            assert np.allclose(got, want, rtol=0, atol=1e-12), name
            path = os.path.join(OUT, name + '.pkl')
            if how == 'joblib':
                joblib.dump(pipe, path)
            else:
                with open(path, 'wb') as f:
                    cloudpickle.dump(pipe, f, protocol=4)
            with open(os.path.join(OUT, name + '.json'), 'w') as f:
                json.dump({'loader': how, 'columns': columns(XT), 'probabilities': want.tolist(),
                           'classes': steps['dtypes'].le.classes_.tolist()}, f)
        # what the reader must name instead of scoring: normalize_method='yj' (a power transformation)
        frame = train
        prep = [('dtypes', DataTypes_Auto_infer(target=TARGET)),
                ('imputer', Simple_Imputer('mean', 'not_available', TARGET)),
                ('scaling', Scaling_and_Power_transformation(TARGET, 'yj'))]
        for _, step in prep:
            frame = step.fit_transform(frame)
        nums = frame.drop(TARGET, axis=1).select_dtypes(include='float32')
        pipe = Pipeline(prep + [('trained_model', LogisticRegression().fit(nums, frame[TARGET]))])
        with open(os.path.join(OUT, 'unsupported-pycaret2-scaling.pkl'), 'wb') as f:
            cloudpickle.dump(pipe, f, protocol=4)
    finally:
        sys.path.remove(root)
        shutil.rmtree(root)


if __name__ == '__main__':
    main()
