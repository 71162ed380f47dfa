"""PyCaret 3-shaped pipelines for lib/model-reader/pycaret, without PyCaret (not installable here).

Run with Debian's python (sklearn 1.2.1): /usr/bin/python3 scripts/crosscheck/make_pycaret_fixtures.py

A temporary package `pycaret` (deleted afterwards) defines stand-ins with PyCaret 3's module paths,
class names and instance state, learnt from PyCaret's public source (pycaret/internal/pipeline.py,
pycaret/internal/preprocess/transformers.py), around real scikit-learn transformers and
estimators. The pickles therefore name PyCaret's real globals, as `save_model` (joblib) and
mlflow (cloudpickle) write them. The expected probabilities are computed a second way, with the
same fitted scikit-learn objects applied by hand to the columns in PyCaret's order, and both ways
must agree before anything is written.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap

import numpy as np
import pandas as pd

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'lib', 'model-reader', 'fixtures', 'pycaret')

PIPELINE = '''
import platform
import sklearn.pipeline
from sklearn.utils.validation import check_memory


def _fit_one(transformer, X=None, y=None, message=None, **fit_params):
    return transformer.fit(X, y)


def _transform_one(transformer, X=None, y=None):
    return transformer.transform(X), y


def _full_transform(pipeline, X, y, **kwargs):
    for _, _, transformer in pipeline._iter(**kwargs):
        X, y = _transform_one(transformer, X, y)
    return X, y


class Pipeline(sklearn.pipeline.Pipeline):
    """Stand-in with the instance state of PyCaret 3's Pipeline (an imblearn Pipeline)."""

    def __init__(self, steps, *, memory=None, verbose=False):
        super().__init__(steps, memory=memory, verbose=verbose)
        self._fit_vars = set()
        self._feature_names_in = None
        self._cache_full_transform = True

    @property
    def memory(self):
        return self._memory

    @memory.setter
    def memory(self, value):
        self._memory = check_memory(value)
        self._memory_fit = self._memory.cache(_fit_one)
        self._memory_transform = self._memory.cache(_transform_one)
        self.__memory_full_transform = self._memory.cache(_full_transform)

    def __getstate__(self):
        state = dict(super().__getstate__())
        state.update(self.__dict__)
        state['_memory'] = None
        versions = {'deps_info': {'pycaret': '3.3.2', 'sklearn': '1.2.1'},
                    'python': {'version': platform.python_version(), 'machine': platform.machine()}}
        return dict(state, _pycaret_versions=versions)

    def __setstate__(self, state):
        self.__dict__.update(state)

    def _steps_for_predict(self):
        for _, step in self.steps[:-1]:
            if step not in (None, 'passthrough') and not getattr(step, '_train_only', False):
                yield step

    def fit(self, X, y):
        self._feature_names_in = list(X.columns) + [y.name]
        for _, step in self.steps[:-1]:
            if step in (None, 'passthrough'):
                continue
            step.fit(X, y)
            X, y = step.transform(X, y)
        self.steps[-1][1].fit(X, y)
        return self

    def _transform(self, X):
        for step in self._steps_for_predict():
            X, _ = step.transform(X)
        return X

    def predict_proba(self, X):
        return self.steps[-1][1].predict_proba(self._transform(X))

    def predict(self, X):
        return self.steps[-1][1].predict(self._transform(X))
'''

TRANSFORMERS = '''
import re
from collections import OrderedDict

import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin


class TransformerWrapper(BaseEstimator, TransformerMixin):
    """Stand-in with the instance state of PyCaret 3's TransformerWrapper."""

    def __init__(self, transformer, include=None, exclude=None):
        self.transformer = transformer
        self.include = include
        self.exclude = exclude
        self._train_only = getattr(transformer, '_train_only', False)
        self._include = self.include
        self._exclude = self.exclude or []
        self._feature_names_in = None

    def _targets_only(self):
        return type(self.transformer).__name__ == 'LabelEncoder'

    def fit(self, X, y=None):
        self.target_name_ = None
        self._feature_names_in = list(X.columns)
        if y is not None:
            self._feature_names_in.append(y.name)
            self.target_name_ = y.name
        if self._targets_only():
            self.transformer.fit(y)
            return self
        if self._include is None:
            self._include = [c for c in X.columns if c not in self._exclude]
        else:
            self._include = [c for c in self._include if c in X and c not in self._exclude]
        if self._include:
            self.transformer.fit(X[self._include], y)
        return self

    def transform(self, X, y=None):
        if self._targets_only():
            return X, (None if y is None else pd.Series(self.transformer.transform(y), index=y.index, name=y.name))
        if not self._include or self._train_only:
            return X, y
        out = self.transformer.transform(X[self._include])
        if not isinstance(out, pd.DataFrame):
            out = pd.DataFrame(out, index=X.index, columns=self.transformer.get_feature_names_out())
        if len(self._include) == X.shape[1]:
            return out, y
        columns = OrderedDict()
        for col in X:
            if col in out or col not in self._include:
                columns[col] = None
            columns.update((c, None) for c in out.columns if c.startswith(f"{col}_") and c not in X)
        columns.update((c, None) for c in out if c not in columns)
        merged = pd.concat([out, X[[c for c in X if c not in out]]], axis=1)
        return merged[list(columns)], y


class TransformerWrapperWithInverse(TransformerWrapper):
    def inverse_transform(self, y):
        return self.transformer.inverse_transform(y)


class CleanColumnNames(BaseEstimator, TransformerMixin):
    def __init__(self, match=r"[\\]\\[\\,\\{\\}\\"\\:]+"):
        self.match = match

    def fit(self, X, y=None):
        return self

    def transform(self, X, y=None):
        return X.rename(columns=lambda x: re.sub(self.match, "", str(x)))

    def get_feature_names_out(self, input_features=None):
        return None


class FixImbalancer(BaseEstimator, TransformerMixin):
    def __init__(self, estimator):
        self.estimator = estimator
        self._train_only = True

    def fit(self, X, y=None):
        return self

    def transform(self, X, y=None):
        return X


class RemoveOutliers(BaseEstimator, TransformerMixin):
    def __init__(self, method="iforest", threshold=0.05, n_jobs=1, random_state=None):
        self.method = method
        self.threshold = threshold
        self.n_jobs = n_jobs
        self.random_state = random_state
        self._estimator = None
        self._train_only = True

    def fit(self, X, y=None):
        return self

    def transform(self, X, y=None):
        return X


class New_Catagorical_Levels_in_TestData(BaseEstimator, TransformerMixin):
    def __init__(self, target, replacement_strategy="most frequent"):
        self.target = target
        self.replacement_strategy = replacement_strategy

    def fit(self, X, y=None):
        import pandas as pd
        self.ph_train_level = pd.DataFrame({c: [list(X[c].value_counts().index)] for c in X.select_dtypes("object")})
        return self

    def transform(self, X, y=None):
        return X
'''


def install_standins():
    root = tempfile.mkdtemp(prefix='pycaret-standin-')
    # imblearn's SMOTE, as PyCaret's fix_imbalance pickles it (train-only: never scored)
    smote = os.path.join(root, 'imblearn', 'over_sampling', '_smote')
    os.makedirs(smote)
    for d in ('imblearn', os.path.join('imblearn', 'over_sampling'), os.path.join('imblearn', 'over_sampling', '_smote')):
        open(os.path.join(root, d, '__init__.py'), 'w').close()
    with open(os.path.join(smote, 'base.py'), 'w') as f:
        f.write('class SMOTE:\n    def __init__(self, k_neighbors=5, random_state=None):\n'
                '        self.k_neighbors = k_neighbors\n        self.random_state = random_state\n')
    pkg = os.path.join(root, 'pycaret')
    os.makedirs(os.path.join(pkg, 'internal', 'preprocess'))
    for d in ('', 'internal', os.path.join('internal', 'preprocess')):
        open(os.path.join(pkg, d, '__init__.py'), 'w').close()
    with open(os.path.join(pkg, 'internal', 'pipeline.py'), 'w') as f:
        f.write(textwrap.dedent(PIPELINE))
    with open(os.path.join(pkg, 'internal', 'preprocess', 'transformers.py'), 'w') as f:
        f.write(textwrap.dedent(TRANSFORMERS))
    sys.path.insert(0, root)
    return root


def data(n, seed, unknown=False):
    rng = np.random.default_rng(seed)
    df = pd.DataFrame({
        'lat': 33.9 + rng.normal(0, 0.08, n),
        'lng': -118.26 + rng.normal(0, 0.1, n),
        'minutes_remaining': rng.integers(0, 12, n).astype(float),
        'period': rng.integers(1, 5, n).astype(float),
        'playoffs': rng.integers(0, 2, n).astype(float),
        'shot_distance': rng.integers(0, 30, n).astype(float),
        'shot_type': rng.choice(['2PT Field Goal', '3PT Field Goal'], n).astype(object),
        'combined_shot_type': rng.choice(['Jump Shot', 'Layup', 'Dunk', 'Hook Shot'], n, p=[0.6, 0.25, 0.1, 0.05]).astype(object),
    })
    df.loc[rng.choice(n, n // 12, replace=False), 'lat'] = np.nan
    df.loc[rng.choice(n, n // 12, replace=False), 'combined_shot_type'] = np.nan
    if unknown:
        df.loc[3, 'combined_shot_type'] = 'Alley Oop'
    return df


NUM = ['lat', 'lng', 'minutes_remaining', 'period', 'playoffs', 'shot_distance']
CAT = ['shot_type', 'combined_shot_type']


def by_hand(pipe, X):
    """PyCaret's column order, rebuilt with the fitted sklearn objects: one-hot blocks replace
    their column in place, the scaler and the estimator see that matrix."""
    steps = dict(pipe.steps)
    Xh = X.copy()
    Xh[NUM] = steps['numerical_imputer'].transformer.transform(X[NUM])
    Xh[CAT] = steps['categorical_imputer'].transformer.transform(X[CAT])
    enc = steps.get('onehot_encoding') or steps.get('ordinal_encoding')
    encoded = enc.transformer.transform(Xh[CAT])
    blocks, start = {}, 0
    for col, cats in zip(CAT, enc.transformer.categories_):
        width = 1 if 'ordinal_encoding' in steps else len(cats)
        blocks[col] = encoded[:, start:start + width]
        start += width
    mat = np.hstack([blocks[c] if c in blocks else Xh[[c]].to_numpy(dtype=float) for c in X.columns])
    if 'normalize' in steps:
        mat = steps['normalize'].transformer.transform(mat)
    final = pipe.steps[-1][1]
    return final.predict_proba(mat) if hasattr(final, 'predict_proba') else final.predict(mat)


def install_category_encoders(root):
    """category_encoders (PyCaret 3's default encoders) is not installable here: its source at the
    tag PyCaret 3.3 pins against (2.6.4) is read from a git mirror given in CATEGORY_ENCODERS_GIT
    (e.g. a clone of scikit-learn-contrib/category_encoders), with an empty package __init__ so
    only the two encoders' modules load. Returns False when no mirror is given."""
    git_dir = os.environ.get('CATEGORY_ENCODERS_GIT')
    if not git_dir:
        print('CATEGORY_ENCODERS_GIT not set: the category_encoders fixture is left as it is')
        return False
    archive = subprocess.run(['git', '-C', git_dir, 'archive', '2.6.4', 'category_encoders'],
                             capture_output=True, check=False).stdout
    subprocess.run(['tar', '-x', '-C', root], input=archive, check=True)
    open(os.path.join(root, 'category_encoders', '__init__.py'), 'w').close()
    return True


def by_hand_ce(pipe, X):
    """The category_encoders pipeline by hand: shot_type by PyCaret's dict, one column per
    combined_shot_type category in the encoder's order (unknown = zeros), then scaler and model."""
    steps = dict(pipe.steps)
    Xh = X.copy()
    Xh[NUM] = steps['numerical_imputer'].transformer.transform(X[NUM])
    Xh[CAT] = steps['categorical_imputer'].transformer.transform(X[CAT])
    order = steps['ordinal_encoding'].transformer.mapping[0]['mapping']
    cats = [c for c in steps['onehot_encoding'].transformer.ordinal_encoder.mapping[0]['mapping'].index
            if isinstance(c, str)]
    cols = []
    for c in X.columns:
        if c == 'shot_type':
            cols.append(Xh[c].map(lambda v: order[v]).to_numpy(dtype=float)[:, None])
        elif c == 'combined_shot_type':
            cols.append(np.stack([(Xh[c] == k).to_numpy(dtype=float) for k in cats], axis=1))
        else:
            cols.append(Xh[[c]].to_numpy(dtype=float))
    mat = steps['normalize'].transformer.transform(np.hstack(cols))
    return pipe.steps[-1][1].predict_proba(mat)


def columns(df):
    return {c: [None if (isinstance(v, float) and np.isnan(v)) else v for v in df[c].tolist()] for c in df.columns}


def main():
    root = install_standins()
    try:
        import cloudpickle
        import joblib
        from pycaret.internal.pipeline import Pipeline
        from imblearn.over_sampling._smote.base import SMOTE
        from pycaret.internal.preprocess.transformers import (CleanColumnNames, FixImbalancer, RemoveOutliers,
                                                              TransformerWrapper, TransformerWrapperWithInverse)
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.impute import KNNImputer, SimpleImputer
        from sklearn.linear_model import LogisticRegression, Ridge
        from sklearn.preprocessing import (LabelEncoder, MinMaxScaler, OneHotEncoder, OrdinalEncoder, PowerTransformer,
                                           RobustScaler, StandardScaler)
        from sklearn.tree import DecisionTreeClassifier

        os.makedirs(OUT, exist_ok=True)
        X = data(500, 11)
        y = pd.Series(np.where(X['shot_distance'] + np.random.default_rng(12).normal(0, 6, 500) < 12, 'made', 'missed'),
                      name='shot_made_flag')
        yr = pd.Series(0.7 - 0.02 * X['shot_distance'] + (X['shot_type'] == '2PT Field Goal') * 0.1, name='score')
        XT = data(40, 13, unknown=True)

        def head(label=True):
            steps = [('clean_column_names', TransformerWrapper(CleanColumnNames()))]
            if label:
                steps.append(('label_encoding', TransformerWrapperWithInverse(LabelEncoder())))
            return steps + [
                ('numerical_imputer', TransformerWrapper(SimpleImputer(strategy='mean'), include=NUM)),
                ('categorical_imputer', TransformerWrapper(SimpleImputer(strategy='most_frequent'), include=CAT)),
            ]

        onehot = ('onehot_encoding', TransformerWrapper(OneHotEncoder(handle_unknown='ignore', sparse_output=False),
                                                        include=CAT))
        models = {
            # memory= a folder, as setup(memory=True) does: joblib's cache objects end up in the pickle
            'pycaret3-logreg': (Pipeline(head() + [onehot,
                                                   ('remove_outliers', TransformerWrapper(RemoveOutliers())),
                                                   ('normalize', TransformerWrapper(StandardScaler())),
                                                   ('actual_estimator', LogisticRegression(max_iter=1000))],
                                         memory=os.path.join(root, 'joblib-cache')), y, 'joblib'),
            'pycaret3-tree': (Pipeline(head() + [
                ('ordinal_encoding', TransformerWrapper(OrdinalEncoder(handle_unknown='use_encoded_value',
                                                                       unknown_value=-1), include=CAT)),
                ('balance', TransformerWrapper(FixImbalancer(SMOTE(random_state=0)))),
                ('actual_estimator', DecisionTreeClassifier(max_depth=6, random_state=0))]), y, 'cloudpickle'),
            'pycaret3-calibrated': (Pipeline(head() + [onehot,
                                                       ('normalize', TransformerWrapper(RobustScaler())),
                                                       ('actual_estimator', CalibratedClassifierCV(
                                                           LogisticRegression(max_iter=1000), method='sigmoid', cv=3))]),
                                    y, 'cloudpickle'),
            'pycaret3-ridge': (Pipeline(head(False) + [onehot,
                                                       ('normalize', TransformerWrapper(MinMaxScaler())),
                                                       ('actual_estimator', Ridge(alpha=0.5))]), yr, 'cloudpickle'),
        }
        if install_category_encoders(root):
            from category_encoders.one_hot import OneHotEncoder as CeOneHot
            from category_encoders.ordinal import OrdinalEncoder as CeOrdinal
            ce_pipe = Pipeline(head() + [
                ('ordinal_encoding', TransformerWrapper(CeOrdinal(
                    mapping=[{'col': 'shot_type', 'mapping': {'2PT Field Goal': 0, '3PT Field Goal': 1, np.nan: -1}}],
                    cols=['shot_type'], handle_missing='return_nan', handle_unknown='value'), include=['shot_type'])),
                ('onehot_encoding', TransformerWrapper(CeOneHot(cols=['combined_shot_type'], use_cat_names=True,
                                                                handle_missing='return_nan', handle_unknown='value'),
                                                       include=['combined_shot_type'])),
                ('normalize', TransformerWrapper(StandardScaler())),
                ('actual_estimator', LogisticRegression(max_iter=1000))]).fit(X, y)
            want = by_hand_ce(ce_pipe, XT)
            assert np.allclose(ce_pipe.predict_proba(XT), want, rtol=0, atol=1e-12)
            with open(os.path.join(OUT, 'pycaret3-category-encoders.pkl'), 'wb') as f:
                cloudpickle.dump(ce_pipe, f, protocol=4)
            with open(os.path.join(OUT, 'pycaret3-category-encoders.json'), 'w') as f:
                json.dump({'loader': 'cloudpickle, category_encoders 2.6.4', 'columns': columns(XT),
                           'probabilities': want.tolist(),
                           'classes': ce_pipe.steps[-1][1].classes_.tolist()}, f)
        # numbers only (the course's six features): the categorical imputer gets include=[] and
        # is never fitted, as in PyCaret
        numeric = Pipeline([('numerical_imputer', TransformerWrapper(SimpleImputer(strategy='median'), include=NUM)),
                            ('categorical_imputer', TransformerWrapper(SimpleImputer(strategy='most_frequent'),
                                                                       include=[])),
                            ('normalize', TransformerWrapper(StandardScaler())),
                            ('actual_estimator', LogisticRegression(max_iter=1000))]).fit(X[NUM], y)
        assert not hasattr(numeric.steps[1][1].transformer, 'statistics_')
        st = dict(numeric.steps)
        want = st['actual_estimator'].predict_proba(
            st['normalize'].transformer.transform(st['numerical_imputer'].transformer.transform(XT[NUM])))
        assert np.allclose(numeric.predict_proba(XT[NUM]), want, rtol=0, atol=1e-12)
        with open(os.path.join(OUT, 'pycaret3-numeric-only.pkl'), 'wb') as f:
            cloudpickle.dump(numeric, f, protocol=4)
        with open(os.path.join(OUT, 'pycaret3-numeric-only.json'), 'w') as f:
            json.dump({'loader': 'cloudpickle', 'columns': columns(XT[NUM]), 'probabilities': want.tolist(),
                       'classes': st['actual_estimator'].classes_.tolist()}, f)
        for name, (pipe, target, how) in models.items():
            pipe.fit(X, target)
            got = pipe.predict_proba(XT) if hasattr(pipe.steps[-1][1], 'predict_proba') else pipe.predict(XT)
            want = by_hand(pipe, XT)
            assert np.allclose(got, want, rtol=0, atol=1e-12), name
            doc = {'loader': how, 'columns': columns(XT)}
            if got.ndim == 2:
                doc['probabilities'] = want.tolist()
                doc['classes'] = pipe.steps[-1][1].classes_.tolist()
            else:
                doc['predictions'] = want.tolist()
            path = os.path.join(OUT, name + '.pkl')
            if how == 'joblib':
                joblib.dump(pipe, path)
            else:
                with open(path, 'wb') as f:
                    cloudpickle.dump(pipe, f, protocol=4)
            with open(os.path.join(OUT, name + '.json'), 'w') as f:
                json.dump(doc, f)
        # what the reader must name instead of scoring
        knn = Pipeline([('numerical_imputer', TransformerWrapper(KNNImputer(), include=NUM)),
                        ('actual_estimator', LogisticRegression())]).fit(X[NUM], y)
        with open(os.path.join(OUT, 'unsupported-knn-imputer.pkl'), 'wb') as f:
            cloudpickle.dump(knn, f, protocol=4)
        power = Pipeline([('target_transformation', TransformerWrapperWithInverse(PowerTransformer())),
                          ('numerical_imputer', TransformerWrapper(SimpleImputer(), include=NUM)),
                          ('actual_estimator', Ridge())])
        power.steps[0][1]._include = []
        power.steps[0][1].target_name_ = 'score'
        power.steps[0][1].transformer.fit(yr.to_frame())
        power.steps[1][1].fit(X[NUM])
        power.steps[2][1].fit(power.steps[1][1].transformer.transform(X[NUM]), yr)
        with open(os.path.join(OUT, 'unsupported-target-transform.pkl'), 'wb') as f:
            cloudpickle.dump(power, f, protocol=4)
    finally:
        sys.path.remove(root)
        shutil.rmtree(root)


if __name__ == '__main__':
    main()
