#!/usr/bin/env python3
"""Random conformance cases in the shared vectors' format (see ../shared/vectors/README.md).

Writes src/test/resources/vectors_random/numpy_index_vectors.json and numpy_broadcast_vectors.json, which
NumpyVectorConformanceTest runs in addition to the shared sets. Deterministic (seeded); run from the repository
root with NumPy 2.x:  python3 src/test/python/gen_random_vectors.py

The JAX dtypes are computed from JAX's documented promotion lattice (as the shared vectors' generator does),
not by running JAX.
"""
import json
import math
import os
import random

import numpy as np

rng = random.Random(int(os.environ.get("SEED", "20261127")))

# ------------------------------------------------------------------ index cases


def rand_slice_part():
    return None if rng.random() < 0.4 else rng.randint(-7, 7)


def rand_index_value(n):
    if n > 0 and rng.random() < 0.9:
        return rng.randint(-n, n - 1)
    return rng.randint(-6, 6)


def rand_item(x, pos_dim):
    r = rng.random()
    n_here = x.shape[pos_dim] if pos_dim < x.ndim else 0
    if r < 0.25:
        v = rand_index_value(n_here)
        return v, {"kind": "int", "value": v}
    if r < 0.55:
        step = None if rng.random() < 0.5 else rng.choice([-3, -2, -1, 1, 2, 3, 0] if rng.random() < 0.05 else [-3, -2, -1, 1, 2, 3])
        s = slice(rand_slice_part(), rand_slice_part(), step)
        return s, {"kind": "slice", "start": s.start, "stop": s.stop, "step": s.step}
    if r < 0.63:
        return None, {"kind": "newaxis"}
    if r < 0.70:
        return Ellipsis, {"kind": "ellipsis"}
    if r < 0.82:
        n = rng.randint(0, 3)
        data = [rand_index_value(n_here) for _ in range(n)]
        return data, {"kind": "int_array", "shape": [n], "data": data, "as_list": True}
    if r < 0.86:
        shape = [rng.randint(1, 2), rng.randint(1, 3)]
        data = [rand_index_value(n_here) for _ in range(shape[0] * shape[1])]
        return np.array(data, dtype=np.int64).reshape(shape), {"kind": "int_array", "shape": shape, "data": data}
    if r < 0.95:
        if pos_dim < x.ndim and rng.random() < 0.8:
            n = x.shape[pos_dim]
        else:
            n = rng.randint(0, 4)
        data = [rng.random() < 0.5 for _ in range(n)]
        return np.array(data, dtype=bool), {"kind": "bool_array", "shape": [n], "data": data}
    if r < 0.98:
        v = rng.random() < 0.5
        return v, {"kind": "bool_scalar", "value": v}
    return 1.0, {"kind": "float_scalar", "value": 1.0}


def index_case(keep_index=False):
    ndim = rng.choice([0, 1, 1, 2, 2, 2, 3, 3, 4])
    shape = [rng.choice([0, 1, 2, 3, 3, 4, 5]) if rng.random() < 0.1 else rng.randint(1, 5) for _ in range(ndim)]
    dtype = rng.choice(["int32"] * 6 + ["float32", "float64", "int64", "uint8", "bool", "int8", "float16"])
    x = np.arange(int(np.prod(shape))).astype(dtype).reshape(shape)
    count = rng.randint(1, max(1, min(4, ndim + 1)))
    items, specs = [], []
    for k in range(count):
        it, sp = rand_item(x, k)
        items.append(it)
        specs.append(sp)
    is_tuple = count > 1 or rng.random() < 0.2
    idx = tuple(items) if is_tuple else items[0]
    case = {"shape": shape, "dtype": dtype, "expr": "x[" + repr(idx) + "]", "index": specs, "index_is_tuple": is_tuple}
    if keep_index:
        case["_idx"] = idx
    try:
        r = x[idx]
        r = np.asarray(r)
        case.update({"result_shape": list(r.shape), "result_dtype": str(r.dtype),
                     "result": [v if isinstance(v, bool) else (float(v) if r.dtype.kind == "f" else int(v))
                                for v in r.ravel().tolist()]})
    except Exception as e:  # noqa: BLE001 - NumPy's error is the expected answer
        case.update({"error": type(e).__name__, "error_message": str(e)})
    return case


# ------------------------------------------------------------------ broadcast cases
LATTICE = {"b1": ["i*"], "i*": ["u8", "i8"], "u8": ["u16", "i16"], "u16": ["u32", "i32"], "u32": ["u64", "i64"],
           "u64": ["f*"], "i8": ["i16"], "i16": ["i32"], "i32": ["i64"], "i64": ["f*"], "f*": ["f16"],
           "f16": ["f32"], "f32": ["f64"], "f64": []}
NODE = {"bool": "b1", "int8": "i8", "int16": "i16", "int32": "i32", "int64": "i64", "uint8": "u8", "uint16": "u16",
        "uint32": "u32", "uint64": "u64", "float16": "f16", "float32": "f32", "float64": "f64"}
BACK = {v: k for k, v in NODE.items()}


def upper(n):
    seen, todo = {n}, [n]
    while todo:
        for m in LATTICE[todo.pop()]:
            if m not in seen:
                seen.add(m)
                todo.append(m)
    return seen


def jax_x32(op, da, db):
    common = upper(NODE[da]) & upper(NODE[db])
    join = next(c for c in common if upper(c) >= common)
    d = {"f*": "float64", "i*": "int64"}.get(join) or BACK[join]
    if op == "divide" and np.dtype(d).kind in "biu":
        d = "float32"
    if op in ("less", "equal", "greater_equal"):
        return "bool"
    return {"int64": "int32", "uint64": "uint32", "float64": "float32"}.get(d, d)


OPS = {"add": (np.add, "a + b"), "subtract": (np.subtract, "a - b"), "multiply": (np.multiply, "a * b"),
       "divide": (np.divide, "a / b"), "maximum": (np.maximum, "np.maximum(a, b)"),
       "minimum": (np.minimum, "np.minimum(a, b)"), "matmul": (np.matmul, "a @ b")}
if os.environ.get("MORE_OPS"):
    OPS.update({"floor_divide": (np.floor_divide, "a // b"), "remainder": (np.remainder, "a % b"),
                "power": (np.power, "a ** b"), "less": (np.less, "a < b"), "equal": (np.equal, "a == b"),
                "greater_equal": (np.greater_equal, "a >= b"), "bitwise_and": (np.bitwise_and, "a & b")})
DT = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "float16", "float32", "float64"]


def rand_shape(ndim):
    return [rng.choice([1, 1, 2, 3, 4, 0]) if rng.random() < 0.15 else rng.randint(1, 4) for _ in range(ndim)]


def enc(v, kind):
    if kind == "b":
        return bool(v)
    if kind == "f":
        f = float(v)
        return "nan" if math.isnan(f) else ("inf" if f == math.inf else ("-inf" if f == -math.inf else f))
    return int(v)


def broadcast_case():
    op = rng.choice(list(OPS))
    fn, expr = OPS[op]
    nd_a, nd_b = rng.randint(0, 4), rng.randint(0, 4)
    sa = rand_shape(nd_a)
    if rng.random() < 0.7:
        sb = [rng.choice([d, 1]) for d in sa[max(0, nd_a - nd_b):]]
        sb = rand_shape(max(0, nd_b - len(sb))) + sb
    else:
        sb = rand_shape(nd_b)
    if op == "matmul" and rng.random() < 0.7 and sa:
        k = sa[-1]
        sb = (rand_shape(rng.randint(0, 2)) + [k] + ([rng.randint(1, 4)] if rng.random() < 0.7 else []))
    da, db = rng.choice(DT), rng.choice(DT)
    a = (np.arange(int(np.prod(sa))) + 0).astype(da).reshape(sa)
    b = (np.arange(int(np.prod(sb))) + 1).astype(db).reshape(sb)
    case = {"op": op, "expr": expr, "shape_a": sa, "dtype_a": da, "shape_b": sb, "dtype_b": db}
    try:
        with np.errstate(all="ignore"):
            r = np.asarray(fn(a, b))
    except Exception as e:  # noqa: BLE001
        case.update({"error": type(e).__name__, "error_message": str(e)})
        return case
    case.update({"result_shape": list(r.shape), "result_dtype": str(r.dtype),
                 "result": [enc(v, r.dtype.kind) for v in r.ravel().tolist()]})
    jd = jax_x32(op, da, db)
    case["jax_result_dtype_x32"] = jd
    if jd != str(r.dtype):
        ja = a.astype({"int64": "int32", "float64": "float32"}.get(da, da))
        jb = b.astype({"int64": "int32", "float64": "float32"}.get(db, db))
        with np.errstate(all="ignore"):
            jr = np.asarray(fn(ja.astype(jd), jb.astype(jd)))
        case["jax_result_x32"] = [enc(v, jr.dtype.kind) for v in jr.astype(jd).ravel().tolist()]
    return case


def setitem_case():
    """x[idx] = value for a random index; the value is a scalar or an array of the indexed shape."""
    while True:
        c = index_case(keep_index=True)
        if "error" in c or c["dtype"] == "bool":
            continue
        break
    x = np.arange(int(np.prod(c["shape"]))).astype(c["dtype"]).reshape(c["shape"])
    idx = c.pop("_idx")
    scalar = rng.random() < 0.4
    shape = c["result_shape"]
    fill = 7 if c["dtype"].startswith("u") else -1
    value = fill if scalar else (np.arange(int(np.prod(shape))) * 10 + 100).reshape(shape)
    if not scalar and shape and rng.random() < 0.3:
        value = value[..., :1] if shape[-1] > 0 else value
    x[idx] = value
    out = {"shape": c["shape"], "dtype": c["dtype"], "expr": c["expr"], "index": c["index"],
           "value": fill if scalar else {"shape": list(np.shape(value)), "data": np.asarray(value).ravel().tolist()},
           "result": [float(v) if x.dtype.kind == "f" else int(v) for v in x.ravel().tolist()]}
    return out


AT_UFUNC = {"add": np.add, "multiply": np.multiply, "min": np.minimum, "max": np.maximum}


def at_case():
    """jnp's x.at[idx].op(v) for in-bounds indices, computed with NumPy's unbuffered ufunc.at (duplicates
    accumulate) or, for set, plain assignment (last write wins)."""
    while True:
        c = index_case(keep_index=True)
        if "error" in c or c["dtype"] not in ("int32", "float32", "int8", "uint8", "float16", "int16"):
            continue
        break
    x = np.arange(int(np.prod(c["shape"]))).astype(c["dtype"]).reshape(c["shape"])
    idx = c.pop("_idx")
    op = rng.choice(["set", "add", "multiply", "min", "max"])
    shape = c["result_shape"]
    scalar = rng.random() < 0.4
    value = 3 if scalar else (np.arange(int(np.prod(shape))) % 5 + 2).astype(c["dtype"]).reshape(shape)
    if op == "set":
        x[idx] = value
    else:
        AT_UFUNC[op].at(x, idx, value)
    return {"shape": c["shape"], "dtype": c["dtype"], "expr": c["expr"], "index": c["index"], "op": op,
            "value": 3 if scalar else {"shape": list(np.shape(value)), "data": np.asarray(value).ravel().tolist()},
            "result": [float(v) if x.dtype.kind == "f" else int(v) for v in x.ravel().tolist()]}


def main():
    out_dir = os.environ.get("OUT_DIR", "src/test/resources/vectors_random")
    os.makedirs(out_dir, exist_ok=True)
    meta = {"generator": "numpy " + np.__version__ + " via src/test/python/gen_random_vectors.py", "seed": 20261127}
    idx = [index_case() for _ in range(3000)]
    with open(os.path.join(out_dir, "numpy_index_vectors.json"), "w") as f:
        json.dump({"meta": meta, "cases": idx}, f, separators=(",", ":"))
    bc = []
    while len(bc) < 1500:
        c = broadcast_case()
        if "result" in c and len(c["result"]) > 400:
            continue
        bc.append(c)
    with open(os.path.join(out_dir, "numpy_broadcast_vectors.json"), "w") as f:
        json.dump({"meta": meta, "cases": bc}, f, separators=(",", ":"))
    st = [setitem_case() for _ in range(800)]
    with open(os.path.join(out_dir, "numpy_setitem_vectors.json"), "w") as f:
        json.dump({"meta": meta, "cases": st}, f, separators=(",", ":"))
    at = [at_case() for _ in range(600)]
    with open(os.path.join(out_dir, "jax_at_vectors.json"), "w") as f:
        json.dump({"meta": meta, "cases": at}, f, separators=(",", ":"))
    print(len(idx), sum(1 for c in idx if "error" in c), "index cases (errors);", len(bc),
          sum(1 for c in bc if "error" in c), "broadcast cases (errors)")


main()
