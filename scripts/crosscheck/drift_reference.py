#!/usr/bin/python3
"""Reference values for lib/drift, computed with scipy 1.10 / numpy / pandas.

Run with Debian's interpreter (it has scipy 1.10.1, numpy 1.24, pandas 1.5.3):

    /usr/bin/python3 scripts/crosscheck/drift_reference.py
        -> lib/drift/fixtures/scipy-drift-reference.json   (hand-made and generated samples)
    npx tsx scripts/crosscheck/drift-export-kobe.ts /tmp/kobe-drift.csv
    /usr/bin/python3 scripts/crosscheck/drift_reference.py --kobe /tmp/kobe-drift.csv
        -> lib/drift/fixtures/kobe-drift-expected.json      (the Kobe dev-vs-prod drift table)

Evidently itself is not installed here. The functions under "Evidently's rules" restate, with the
same pandas/numpy/scipy calls, what evidently/legacy/calculations/stattests/*.py and
registry.py `_get_default_stattest` do (read at commit a4aa4c2b, see
/work/shared/reference/monitoring-anchors.md section (b)). Python is never a runtime or test
dependency: the TypeScript tests only read the JSON written here.
"""
import argparse
import json
import math
import os
import sys

import numpy as np
import pandas as pd
import scipy
from scipy import special, stats
from scipy.spatial import distance

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FIXTURES = os.path.join(ROOT, "lib", "drift", "fixtures")


def enc(x):
    """JSON-safe float: non-finite values become strings JavaScript can decode."""
    if isinstance(x, (np.floating, float)):
        x = float(x)
        if math.isnan(x):
            return "NaN"
        if math.isinf(x):
            return "Infinity" if x > 0 else "-Infinity"
        return x
    if isinstance(x, (np.integer,)):
        return int(x)
    if isinstance(x, (np.bool_,)):
        return bool(x)
    if isinstance(x, (list, tuple, np.ndarray)):
        return [enc(v) for v in x]
    if isinstance(x, dict):
        return {str(k): enc(v) for k, v in x.items()}
    return x


def generated(n, seed, scale=1.0, shift=0.0, resolution=0):
    """Same formula as lib/drift/fixtures/generated-sample.ts, bit for bit."""
    out = np.empty(n)
    for i in range(n):
        u = ((i * 7919 + seed * 104729) % 10007) / 10007
        w = ((i * 104723 + seed * 7) % 997) / 997
        x = shift + scale * (u + w)
        out[i] = math.floor(x * resolution) / resolution if resolution > 0 else x
    return out


# ---------------------------------------------------------------- Evidently's rules (restated)


def clean(series):
    return series.replace([-np.inf, np.inf], np.nan).dropna()


def binned(ref, cur, feature_type, fill_zeroes):
    """stattests/utils.py get_binned_data"""
    if feature_type == "num" and ref.nunique() > 20:
        bins = np.histogram_bin_edges(pd.concat([ref, cur], axis=0).values, bins="sturges")
        ref_p = np.histogram(ref, bins)[0] / len(ref)
        cur_p = np.histogram(cur, bins)[0] / len(cur)
        kind, edges, keys = "histogram", bins, None
    else:
        keys = list(set(ref.dropna().unique()) | set(cur.dropna().unique()))
        ref_d = {**dict.fromkeys(keys, 0), **dict(ref.value_counts())}
        cur_d = {**dict.fromkeys(keys, 0), **dict(cur.value_counts())}
        keys = sorted(keys)  # order does not change sums beyond rounding; sorted for the fixture
        ref_p = np.array([ref_d[k] / len(ref) for k in keys])
        cur_p = np.array([cur_d[k] / len(cur) for k in keys])
        kind, edges = "values", None
    if fill_zeroes:
        for p in (ref_p, cur_p):
            smallest = min(p[p != 0])
            np.place(p, p == 0, smallest / 10**6 if smallest <= 0.0001 else 0.0001)
    return kind, edges, keys, ref_p, cur_p


def psi(ref, cur, ft):
    _, _, _, r, c = binned(ref, cur, ft, True)
    return float(np.sum((r - c) * np.log(r / c)))


def jensenshannon(ref, cur, ft):
    _, _, _, r, c = binned(ref, cur, ft, False)
    return float(distance.jensenshannon(r, c))


def wasserstein_normed(ref, cur):
    return float(stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001))


def chisquare_p(ref, cur):
    keys = list(set(ref.dropna().unique()) | set(cur.dropna().unique()))
    ref_d = {**dict.fromkeys(keys, 0), **dict(ref.value_counts())}
    cur_d = {**dict.fromkeys(keys, 0), **dict(cur.value_counts())}
    k = cur.shape[0] / ref.shape[0]
    with np.errstate(divide="ignore", invalid="ignore"):
        res = stats.chisquare([cur_d[x] for x in keys], [ref_d[x] * k for x in keys])
    return float(res[0]), float(res[1])


def z_p(ref, cur):
    if ref.nunique() == 1 and cur.nunique() == 1 and ref.unique()[0] == cur.unique()[0]:
        return 1.0
    key = sorted(set(ref.dropna().unique()) | set(cur.dropna().unique()))[0]
    r = ref.apply(lambda x: 0 if x == key else 1)
    c = cur.apply(lambda x: 0 if x == key else 1)
    n1, n2 = len(r), len(c)
    p1, p2 = float(sum(r)) / n1, float(sum(c)) / n2
    pooled = float(p1 * n1 + p2 * n2) / (n1 + n2)
    z = (p1 - p2) / np.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2))
    return float(2 * (1 - stats.norm.cdf(np.abs(z))))


def infer_type(ref, cur):
    """New API infer_column_type, unique values over ref and cur (NaN excluded)."""
    if pd.api.types.is_float_dtype(ref) or pd.api.types.is_float_dtype(cur):
        return "num"
    if pd.api.types.is_integer_dtype(ref):
        return "cat" if pd.concat([ref, cur]).nunique() <= 10 else "num"
    return "cat"


def default_test(ref, cur, ft):
    """registry.py _get_default_stattest"""
    n_values = pd.concat([ref, cur]).nunique()
    if ref.shape[0] <= 1000:
        if ft == "num":
            return "ks" if n_values > 5 else ("chisquare" if n_values > 2 else "z")
        return "chisquare" if n_values > 2 else "z"
    if ft == "num":
        return "wasserstein" if n_values > 5 else "jensenshannon"
    return "jensenshannon"


THRESHOLDS = {"wasserstein": 0.1, "jensenshannon": 0.1, "psi": 0.1, "ks": 0.05, "chisquare": 0.05, "z": 0.05}


def run_test(method, ref, cur, ft):
    if method == "wasserstein":
        s = wasserstein_normed(ref, cur)
        return s, s >= THRESHOLDS[method]
    if method == "jensenshannon":
        s = jensenshannon(ref, cur, ft)
        return s, s >= THRESHOLDS[method]
    if method == "psi":
        s = psi(ref, cur, ft)
        return s, s >= THRESHOLDS[method]
    if method == "ks":
        p = float(stats.ks_2samp(ref, cur)[1])
        return p, p <= THRESHOLDS[method]
    if method == "chisquare":
        p = chisquare_p(ref, cur)[1]
        return p, p < THRESHOLDS[method]
    p = z_p(ref, cur)
    return p, p < THRESHOLDS[method]


# ---------------------------------------------------------------- per-sample reference values


def numeric_stats(ref, cur, ft):
    ks = stats.ks_2samp(ref, cur)
    n1, n2 = len(ref), len(cur)
    kind, edges, keys, rs, cs = binned(ref, cur, ft, False)
    q = [0.05, 0.25, 0.5, 0.75, 0.95]
    return {
        "wasserstein": float(stats.wasserstein_distance(ref, cur)),
        "wasserstein_normed": wasserstein_normed(ref, cur),
        "std_ref_ddof0": float(np.std(ref)),
        "ks_statistic": float(ks.statistic),
        "ks_p_value": float(ks.pvalue),
        "ks_method": "exact" if max(n1, n2) <= 10000 else "asymp",
        "ks_location": float(ks.statistic_location),
        "ks_sign": int(ks.statistic_sign),
        "binning": {"kind": kind, "edges": edges, "keys": keys, "reference": rs, "current": cs},
        "psi": psi(ref, cur, ft),
        "jensenshannon": jensenshannon(ref, cur, ft),
        "chisquare": chisquare_p(ref, cur),
        "z_p_value": z_p(ref, cur),
        "summary_ref": {
            "mean": float(ref.mean()),
            "std": float(ref.std()),
            "quantiles": [float(v) for v in np.quantile(ref.values, q)],
        },
    }


def hand_made_cases():
    cases = []

    def numeric(name, ref, cur, ft="num", store=True, gen=None):
        r = clean(pd.Series(ref, dtype=float))
        c = clean(pd.Series(cur, dtype=float))
        case = {"name": name, "featureType": ft, "expected": numeric_stats(r, c, ft)}
        if store:
            case["reference"], case["current"] = ref, cur
        else:
            case["generated"] = gen
        case["expected"]["dropped"] = [len(ref) - len(r), len(cur) - len(c)]
        cases.append(case)

    numeric("ties, few values", [1, 2, 2, 3, 3, 3, 4, 5, 5, 6], [2, 3, 3, 4, 4, 4, 5, 6, 7, 7, 8])
    numeric(
        "NaN and infinities dropped",
        [1.5, float("nan"), 2.5, 2.5, float("inf"), 3.5, float("-inf"), 4.5, 0.5, 2.5],
        [2.5, 3.5, float("nan"), 3.5, 5.5, 6.5, 2.5],
    )
    numeric("equal sizes 40/40 (exact KS, square method)",
            list(generated(40, 1, 3.0, 0.0, 10)), list(generated(40, 2, 3.0, 0.4, 10)))
    numeric("200 vs 150 shifted, > 20 values (Sturges histogram, exact KS)",
            list(generated(200, 3, 2.0, 0.0, 100)), list(generated(150, 4, 2.0, 0.5, 100)))
    numeric("identical samples", [0.1, 0.2, 0.3, 0.4, 0.5], [0.1, 0.2, 0.3, 0.4, 0.5])
    numeric("constant reference (std floor 0.001)", [2.0] * 30, [2.0] * 20 + [2.5] * 5)

    generated_specs = [
        ("exact KS 300 vs 500 with ties", (300, 11, 1.0, 0.0, 20), (500, 12, 1.0, 0.05, 20)),
        ("exact KS 1000 vs 9000", (1000, 13, 1.0, 0.0, 0), (9000, 14, 1.0, 0.02, 0)),
        ("exact KS 10000 vs 10000 (square)", (10000, 15, 1.0, 0.0, 0), (10000, 16, 1.0, 0.01, 0)),
        ("exact KS 10000 vs 7000 (band)", (10000, 17, 1.0, 0.0, 0), (7000, 18, 1.0, 0.03, 0)),
        ("asymptotic KS 20000 vs 6000", (20000, 19, 1.0, 0.0, 0), (6000, 20, 1.0, 0.01, 0)),
        ("asymptotic KS 20000 vs 6000, far apart", (20000, 21, 1.0, 0.0, 0), (6000, 22, 1.0, 0.6, 0)),
        ("asymptotic KS 20000 vs 6000, small p (Smirnov sum)", (20000, 27, 1.0, 0.0, 0), (6000, 28, 1.0, 0.04, 0)),
        ("asymptotic KS 12000 vs 100 (n <= 140, Pomeranz)", (12000, 23, 1.0, 0.0, 0), (100, 24, 1.0, 0.1, 0)),
        ("asymptotic KS 12000 vs 130 (n <= 140, Durbin)", (12000, 29, 1.0, 0.0, 0), (130, 30, 1.0, 0.0, 0)),
        ("asymptotic KS 100000 vs 100000", (100000, 25, 1.0, 0.0, 0), (100000, 26, 1.0, 0.004, 0)),
    ]
    for name, gr, gc in generated_specs:
        numeric(name, generated(*gr), generated(*gc), store=False, gen={"reference": gr, "current": gc})

    def categorical(name, ref_counts, cur_counts):
        ref = pd.Series([k for k, n in ref_counts.items() for _ in range(n)], dtype=object)
        cur = pd.Series([k for k, n in cur_counts.items() for _ in range(n)], dtype=object)
        kind, edges, keys, rs, cs = binned(ref, cur, "cat", False)
        _, _, _, rf, cf = binned(ref, cur, "cat", True)
        cases.append({
            "name": name,
            "featureType": "cat",
            "referenceCounts": ref_counts,
            "currentCounts": cur_counts,
            "expected": {
                "binning": {"kind": kind, "keys": keys, "reference": rs, "current": cs},
                "filled": {"reference": rf, "current": cf},
                "psi": psi(ref, cur, "cat"),
                "jensenshannon": jensenshannon(ref, cur, "cat"),
                "chisquare": chisquare_p(ref, cur),
                "z_p_value": z_p(ref, cur),
            },
        })

    categorical("three labels", {"a": 30, "b": 50, "c": 20}, {"a": 10, "b": 30, "c": 45})
    categorical("unseen label in current (chi-square infinite)", {"a": 30, "b": 50, "c": 20},
                {"a": 10, "b": 30, "c": 40, "d": 5})
    categorical("binary 70/30 vs 50/50", {"0": 70, "1": 30}, {"0": 50, "1": 50})
    categorical("binary close", {"no": 480, "yes": 520}, {"no": 250, "yes": 262})
    categorical("one identical value (z = 1)", {"x": 12}, {"x": 7})
    categorical("tiny share: PSI fills min/1e6", {"a": 20000, "b": 1}, {"a": 300, "b": 20, "c": 5})
    categorical("many categories", {str(i): 10 + 3 * i for i in range(40)},
                {str(i): 40 + (i * 7) % 23 for i in range(40)})
    return cases


def special_grid():
    ks = []
    for n in [3, 10, 57, 100, 140, 141, 999, 5000, 20000, 100000]:
        for z in [0.3, 0.6, 0.9, 1.1, 1.36, 1.6, 2.0, 3.0, 5.0]:
            x = z / math.sqrt(n)
            if x < 1:
                ks.append([n, x, float(stats.kstwo.sf(x, n))])
    chi = []
    for df in [1, 2, 3, 4, 6, 10, 39, 100, 1000]:
        for x in [0.0, 0.01, 0.5, 1.0, df * 0.5, float(df), df + 3 * math.sqrt(2 * df), df * 2.0 + 30, df * 5.0 + 100]:
            chi.append([x, df, float(stats.chi2.sf(x, df))])
    normal = [[z, float(2 * (1 - stats.norm.cdf(abs(z))))] for z in [0.0, 0.3, 0.99, 1.0, 1.96, 2.5, 4.0, 6.0, 8.0]]
    return {"kstwo_sf": ks, "chi2_sf": chi, "z_two_sided": normal}


# ---------------------------------------------------------------- Kobe dev-vs-prod table


def kobe_table(csv_path):
    frame = pd.read_csv(csv_path, float_precision="round_trip")
    ref_frame = frame[frame["sample"] == "reference"].drop(columns="sample")
    cur_frame = frame[frame["sample"] == "current"].drop(columns="sample")
    rows = []
    for name in ref_frame.columns:
        ref, cur = clean(ref_frame[name]), clean(cur_frame[name])
        ft = infer_type(ref, cur)
        method = default_test(ref, cur, ft)
        statistic, drifted = run_test(method, ref, cur, ft)
        ks = stats.ks_2samp(ref, cur)
        q = [0.05, 0.25, 0.5, 0.75, 0.95]
        outside = int(((cur < ref.min()) | (cur > ref.max())).sum())
        low, high = np.quantile(ref.values, [0.005, 0.995])
        outside_central = int(((cur < low) | (cur > high)).sum())
        rows.append({
            "column": name,
            "dtype": str(ref_frame[name].dtype),
            "type": "numerical" if ft == "num" else "categorical",
            "distinct": int(pd.concat([ref, cur]).nunique()),
            "method": method,
            "statistic": statistic,
            "drifted": bool(drifted),
            "refCount": len(ref),
            "curCount": len(cur),
            "alternatives": {
                "psi": psi(ref, cur, ft),
                "jensenshannon": jensenshannon(ref, cur, ft),
                "ks_statistic": float(ks.statistic),
                "ks_p_value": float(ks.pvalue),
                "wasserstein_normed": wasserstein_normed(ref, cur),
            },
            "outsideShare": outside / len(cur),
            "outsideCentralShare": outside_central / len(cur),
            "centralRange": [float(low), float(high)],
            "summary": {
                side: {
                    "mean": float(s.mean()),
                    "std": float(s.std()),
                    "min": float(s.min()),
                    "max": float(s.max()),
                    "quantiles": [float(v) for v in np.quantile(s.values, q)],
                }
                for side, s in (("reference", ref), ("current", cur))
            },
        })
    drifted = sum(r["drifted"] for r in rows)
    return {
        "source": "dev rows with shot_made_flag (reference) vs all prod rows (current)",
        "rows": rows,
        "dataset": {"driftedCount": drifted, "columnCount": len(rows), "share": drifted / len(rows),
                    "datasetDrift": drifted / len(rows) >= 0.5},
    }


def write(name, payload):
    payload = {"generatedBy": "scripts/crosscheck/drift_reference.py",
               "versions": {"scipy": scipy.__version__, "numpy": np.__version__, "pandas": pd.__version__},
               **payload}
    path = os.path.join(FIXTURES, name)
    with open(path, "w") as handle:
        json.dump(enc(payload), handle, indent=1)
        handle.write("\n")
    print(f"wrote {os.path.relpath(path, ROOT)} ({os.path.getsize(path)} bytes)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kobe", help="CSV written by scripts/crosscheck/drift-export-kobe.ts")
    args = parser.parse_args()
    if args.kobe:
        write("kobe-drift-expected.json", kobe_table(args.kobe))
    else:
        write("scipy-drift-reference.json", {"cases": hand_made_cases(), "special": special_grid()})


if __name__ == "__main__":
    sys.exit(main())
