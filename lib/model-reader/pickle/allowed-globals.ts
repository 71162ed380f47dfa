/**
 * The globals a model pickle may name, each mapped to how the unpickler rebuilds it (a tag);
 * null for anything else, which refuses the whole file.
 */
const NUMPY_MODULES = [
  'numpy.core.multiarray',
  'numpy._core.multiarray',
  'numpy',
  'numpy.core.numeric',
  'numpy._core.numeric',
]

/** numpy's random generator of a fitted estimator (e.g. GradientBoosting's _rng): inert state */
const RANDOM_STATE_GLOBALS = [
  'numpy.random._pickle.__randomstate_ctor',
  'numpy.random._pickle.__bit_generator_ctor',
  'numpy.random.mtrand.RandomState',
]

const NUMPY_TYPES = [
  'float64',
  'float32',
  'float16',
  'int64',
  'int32',
  'int16',
  'int8',
  'uint64',
  'uint32',
  'uint16',
  'uint8',
  'bool_',
  'object_',
  'str_',
  'bytes_',
]

const PYCARET_PIPELINE_HELPERS = [
  'joblib.memory.NotMemorizedFunc',
  // setup(memory=True), PyCaret's default, caches in a folder: the cache objects stay inert
  'joblib.memory.MemorizedFunc',
  'joblib.memory.Memory',
  'joblib._store_backends.FileSystemStoreBackend',
  'pycaret.internal.pipeline._fit_one',
  'pycaret.internal.pipeline._transform_one',
  'pycaret.internal.pipeline._full_transform',
  'pycaret.internal.pipeline._noop_transform',
]

/** XGBoost's scikit-learn wrappers (boosted and random forest) and the Booster they hold (its model as UBJSON bytes) */
const XGBOOST_GLOBALS = [
  'xgboost.sklearn.XGBClassifier',
  'xgboost.sklearn.XGBRegressor',
  'xgboost.sklearn.XGBRFClassifier',
  'xgboost.sklearn.XGBRFRegressor',
  'xgboost.core.Booster',
]

export function isAllowed(module: string, name: string): string | null {
  const full = `${module}.${name}`
  if (NUMPY_MODULES.includes(module)) {
    if (name === '_reconstruct') return 'reconstruct'
    if (name === 'scalar') return 'scalar'
    if (name === 'ndarray') return 'ndarray'
    if (name === 'dtype') return 'dtype'
    if (name === '_frombuffer') return 'frombuffer'
  }
  // scalar types named as a parameter (OneHotEncoder(dtype=np.float64)): an inert reference
  if (module === 'numpy' && NUMPY_TYPES.includes(name)) return 'object'
  if (full === 'numpy.dtype') return 'dtype'
  if (full === 'numpy.ndarray') return 'ndarray'
  if (full === 'joblib.numpy_pickle.NumpyArrayWrapper') return 'joblibwrapper'
  // joblib < 0.10 kept each array in a separate .npy file beside the pickle: named, not read
  if (
    /^(sklearn\.externals\.)?joblib\.numpy_pickle$/.test(module) &&
    /^Z?NDArrayWrapper$/.test(name)
  )
    return 'oldjoblib'
  if (full === 'copyreg._reconstructor' || full === 'copy_reg._reconstructor')
    return 'reconstructor'
  if (full === '_codecs.encode') return 'encode'
  if (module === 'builtins' || module === '__builtin__') {
    if (['object', 'set', 'frozenset', 'slice', 'bytearray'].includes(name)) return name
  }
  if (full === 'collections.OrderedDict') return 'ordereddict'
  if (full === 'pandas.core.indexes.base._new_Index') return 'newindex'
  if (
    /^pandas\.core\.indexes\.[a-z_.]+$/.test(module) &&
    /^[A-Z]\w*$/.test(name) &&
    name.endsWith('Index')
  )
    return 'object'
  if (full === 'pandas.core.series.Series') return 'series'
  // a DataFrame (category_encoders' one-hot tables, PyCaret 2 state): only its values are rebuilt
  if (full === 'pandas.core.frame.DataFrame' || full === 'pandas._libs.internals._unpickle_block')
    return 'object'
  if (/^pandas\.core\.internals\.managers\.(Single)?BlockManager$/.test(full)) return 'object'
  if (
    /^(sklearn|pycaret|imblearn|category_encoders)(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(module) &&
    /^_?[A-Z][A-Za-z0-9_]*$/.test(name)
  )
    return 'object'
  if (RANDOM_STATE_GLOBALS.includes(full)) return 'object'
  if (XGBOOST_GLOBALS.includes(full)) return 'object'
  // PyCaret 3's Pipeline keeps joblib.Memory-cached helpers: references, never called
  if (PYCARET_PIPELINE_HELPERS.includes(full)) return 'object'
  return null
}
