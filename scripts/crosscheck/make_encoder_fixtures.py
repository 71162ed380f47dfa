"""Encoder, ColumnTransformer, pandas and joblib fixtures for lib/model-reader/encoders.

Run with Debian's python (sklearn 1.2.1, joblib 1.2, pandas 1.5):
    /usr/bin/python3 scripts/crosscheck/make_encoder_fixtures.py
Writes lib/model-reader/fixtures/encoders/<name>.pkl (cloudpickle protocol 4 as mlflow.sklearn
does, or joblib.dump) and <name>.json: the input columns (null = missing), the file's loader and
scikit-learn's predict_proba (or predict) on them.
"""
import json
import os
import pickle

import cloudpickle
import joblib
import joblib.numpy_pickle
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder, StandardScaler
from sklearn.tree import DecisionTreeClassifier

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'lib', 'model-reader', 'fixtures', 'encoders')
NUM = ['lat', 'lng', 'minutes_remaining', 'shot_distance']
CAT = ['combined_shot_type', 'shot_zone_area']


def frame(n, seed, unknown=False):
    rng = np.random.default_rng(seed)
    shot = rng.choice(['Jump Shot', 'Layup', 'Dunk', 'Tip Shot', 'Hook Shot', 'Bank Shot'], n,
                      p=[0.6, 0.2, 0.1, 0.04, 0.04, 0.02]).astype(object)
    zone = rng.choice(['Center(C)', 'Left Side(L)', 'Right Side(R)', 'Back Court(BC)'], n,
                      p=[0.5, 0.24, 0.24, 0.02]).astype(object)
    df = pd.DataFrame({
        'lat': 33.9 + rng.normal(0, 0.08, n),
        'lng': -118.26 + rng.normal(0, 0.1, n),
        'minutes_remaining': rng.integers(0, 12, n).astype(float),
        'shot_distance': rng.integers(0, 30, n).astype(float),
        'combined_shot_type': shot,
        'shot_zone_area': zone,
        'period': rng.integers(1, 5, n),
        'playoffs': rng.integers(0, 2, n),
    })
    # missing strings as pandas.read_csv gives them (NaN): SimpleImputer treats None as a value
    df.loc[rng.choice(n, n // 15, replace=False), 'combined_shot_type'] = np.nan
    df.loc[rng.choice(n, n // 20, replace=False), 'lat'] = np.nan
    if unknown:
        df.loc[2, 'combined_shot_type'] = 'Alley Oop'
        df.loc[5, 'shot_zone_area'] = 'Mid Court(MC)'
        df.loc[9, 'combined_shot_type'] = 'Reverse Layup'
    return df


X = frame(400, 3)
y = ((X['shot_distance'] < 12) ^ (np.random.default_rng(4).random(400) < 0.2)).astype(int)
y_reg = 0.6 - 0.015 * X['shot_distance'] + (X['combined_shot_type'] == 'Dunk') * 0.3
XT = frame(40, 5)
XU = frame(40, 6, unknown=True)


def cat_pipe(encoder):
    return Pipeline([('imp', SimpleImputer(strategy='most_frequent')), ('enc', encoder)])


num_pipe = Pipeline([('imp', SimpleImputer()), ('sc', StandardScaler())])
lr = LogisticRegression(max_iter=2000)

models = {
    # names, handle_unknown='ignore', a dropped column, unknown categories in the input
    'onehot-ignore': (Pipeline([
        ('ct', ColumnTransformer([('num', num_pipe, NUM),
                                  ('cat', cat_pipe(OneHotEncoder(handle_unknown='ignore')), CAT),
                                  ('gone', 'drop', ['period'])])),
        ('lr', lr)]), XU),
    # integer indices, drop='first', sparse output, remainder passthrough
    'onehot-drop-first-sparse': (Pipeline([
        ('ct', ColumnTransformer([('num', SimpleImputer(), [0, 1, 2, 3]),
                                  ('cat', cat_pipe(OneHotEncoder(drop='first', sparse_output=True)), [4, 5])],
                                 remainder='passthrough')),
        ('lr', lr)]), XT),
    # a boolean mask, numeric categories, drop='if_binary'
    'onehot-if-binary-mask': (Pipeline([
        ('ct', ColumnTransformer([('num', num_pipe, NUM),
                                  ('ints', OneHotEncoder(drop='if_binary', sparse_output=False),
                                   np.array([False] * 6 + [True, True]))])),
        ('lr', lr)]), XT),
    # a slice of names, infrequent categories (unknowns join them), remainder as a transformer
    'onehot-infrequent-slice': (Pipeline([
        ('ct', ColumnTransformer([('cat', cat_pipe(OneHotEncoder(handle_unknown='infrequent_if_exist',
                                                                 min_frequency=20)),
                                   slice('combined_shot_type', 'shot_zone_area'))],
                                 remainder=Pipeline([('imp', SimpleImputer(strategy='median')),
                                                     ('sc', StandardScaler())]))),
        ('lr', lr)]), XU),
    # max_categories with drop='first' and handle_unknown='ignore'
    'onehot-max-categories-drop': (Pipeline([
        ('ct', ColumnTransformer([('num', num_pipe, slice(0, 4)),
                                  ('cat', cat_pipe(OneHotEncoder(max_categories=3, drop='first',
                                                                 handle_unknown='ignore')), CAT)])),
        ('lr', lr)]), XU),
    # drop= an explicit category per feature, and transformer_weights
    'onehot-drop-explicit-weights': (Pipeline([
        ('ct', ColumnTransformer([('num', num_pipe, NUM),
                                  ('cat', cat_pipe(OneHotEncoder(drop=np.array(['Layup', 'Center(C)'], dtype=object),
                                                                 handle_unknown='ignore')), CAT)],
                                 transformer_weights={'num': 2.0, 'cat': 0.5})),
        ('lr', lr)]), XU),
    # OrdinalEncoder: unknown_value, encoded_missing_value, an explicit passthrough, a tree
    'ordinal-unknown-missing-tree': (Pipeline([
        ('ct', ColumnTransformer([('ord', OrdinalEncoder(handle_unknown='use_encoded_value', unknown_value=-1,
                                                         encoded_missing_value=-2), CAT),
                                  ('keep', 'passthrough', ['minutes_remaining', 'shot_distance', 'period'])])),
        ('tree', DecisionTreeClassifier(max_depth=5, random_state=0))]), XU),
    # OrdinalEncoder keeping NaN for the missing category, then a constant imputer; a regressor
    'ordinal-nan-ridge': (Pipeline([
        ('ct', ColumnTransformer([('ord', Pipeline([('enc', OrdinalEncoder()),
                                                    ('imp', SimpleImputer(strategy='constant', fill_value=-5))]),
                                   CAT),
                                  ('num', num_pipe, NUM)])),
        ('m', Ridge(alpha=1.0))]), XT),
    # pandas objects as column selections: an Index of names and a boolean Series
    'pandas-index-series': (Pipeline([
        ('ct', ColumnTransformer([('cat', cat_pipe(OneHotEncoder(handle_unknown='ignore')),
                                   X.select_dtypes(include='object').columns),
                                  ('num', num_pipe, X.dtypes == np.float64)])),
        ('lr', lr)]), XU),
}


def columns(df):
    return {c: [None if (v is None or (isinstance(v, float) and np.isnan(v))) else (v.item() if hasattr(v, 'item') else v)
                for v in df[c].tolist()] for c in df.columns}


def write(name, model, XX, loader='cloudpickle', dump=None):
    regressor = not hasattr(model, 'predict_proba')
    doc = {'loader': loader, 'columns': columns(XX)}
    if regressor:
        doc['predictions'] = model.predict(XX).tolist()
    else:
        doc['probabilities'] = model.predict_proba(XX).tolist()
        doc['classes'] = model.classes_.tolist()
    path = os.path.join(OUT, name + '.pkl')
    if dump:
        dump(model, path)
    else:
        with open(path, 'wb') as f:
            cloudpickle.dump(model, f, protocol=4)
    with open(os.path.join(OUT, name + '.json'), 'w') as f:
        json.dump(doc, f)


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, (model, XX) in models.items():
        model.fit(X, y_reg if name.endswith('ridge') else y)
        write(name, model, XX)
    base = models['onehot-ignore'][0]
    # joblib.dump as students do: arrays written raw after NumpyArrayWrapper, 16-byte aligned
    write('joblib-onehot', base, XU, 'joblib', lambda m, p: joblib.dump(m, p))
    write('joblib-onehot-zlib', base, XU, 'joblib zlib', lambda m, p: joblib.dump(m, p, compress=3))
    write('joblib-onehot-gzip', base, XU, 'joblib gzip', lambda m, p: joblib.dump(m, p, compress=('gzip', 3)))
    # a Fortran-order coefficient matrix (multinomial) and joblib < 1.2's unaligned layout
    y3 = np.digitize(X['shot_distance'], [8, 18])
    multi = Pipeline([('ct', ColumnTransformer([('num', num_pipe, NUM),
                                                ('cat', cat_pipe(OneHotEncoder(handle_unknown='ignore')), CAT)])),
                      ('lr', LogisticRegression(max_iter=2000))]).fit(X, y3)
    multi.steps[-1][1].coef_ = np.asfortranarray(multi.steps[-1][1].coef_)
    write('joblib-multinomial-fortran', multi, XU, 'joblib', lambda m, p: joblib.dump(m, p))
    init = joblib.numpy_pickle.NumpyArrayWrapper.__init__
    defaults = init.__defaults__
    init.__defaults__ = (False, None)
    write('joblib-unaligned', base, XU, 'joblib (no alignment, as joblib < 1.2)', lambda m, p: joblib.dump(m, p))
    init.__defaults__ = defaults
    # compressions the reader names instead of decoding
    for kind in ('bz2', 'lzma', 'xz'):
        joblib.dump(base, os.path.join(OUT, 'unsupported-' + kind + '.pkl'), compress=(kind, 3))
    # a forbidden global after a joblib array: the raw bytes must not hide it from the whitelist
    joblib.dump([np.arange(3.0), os.system], os.path.join(OUT, 'unsupported-global-after-array.pkl'))
    # sklearn >= 1.5 stores the remainder's columns as a _RemainderColsList (a UserList): a
    # stand-in with that module path and state, in the fitted passthrough-remainder model
    import copy
    from collections import UserList

    import sklearn.compose._column_transformer as ct_module

    class _RemainderColsList(UserList):
        def __init__(self, columns, *, future_dtype=None, warning_was_emitted=False, warning_enabled=True):
            super().__init__(columns)
            self.future_dtype = future_dtype
            self.warning_was_emitted = warning_was_emitted
            self.warning_enabled = warning_enabled

    _RemainderColsList.__module__ = ct_module.__name__
    _RemainderColsList.__qualname__ = '_RemainderColsList'
    ct_module._RemainderColsList = _RemainderColsList
    newer = copy.deepcopy(models['onehot-drop-first-sparse'][0])
    ct = newer.steps[0][1]
    ct.transformers_ = [(n, t, _RemainderColsList(c, future_dtype='str') if n == 'remainder' else c)
                        for n, t, c in ct.transformers_]
    assert isinstance(ct.transformers_[-1][2], _RemainderColsList)
    write('sklearn15-remainder-cols-list', newer, XT)
    del ct_module._RemainderColsList
    # protocol 2 pickle of pandas objects (copyreg reconstructor path)
    with open(os.path.join(OUT, 'pandas-index-series.p2.pkl'), 'wb') as f:
        pickle.dump(models['pandas-index-series'][0], f, protocol=2)


if __name__ == '__main__':
    main()
