#!/usr/bin/env python3
"""Generates src/test/resources/array_fixtures.json: NumPy's answers for the array layer's own tests.

Run from the repository root with NumPy 2.x:  python3 src/test/python/gen_array_fixtures.py

Covers what the shared vectors don't: printing (NumPy's repr/str, and JAX's Array repr, which is NumPy's
array2string wrapped as jax/_src/array.py does), scalar-operand promotion (NEP 50), every binary op over
mixed dtypes including floor division/modulo signs, unary ops, reductions with axes, creation functions and
shape manipulation. JAX itself is not needed: its repr is rebuilt from NumPy's formatter below.
"""
import json
import sys

import numpy as np

from play_json import number as enc

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float16", "float32", "float64"]


def arr_spec(a):
    a = np.asarray(a)
    return {"values": [enc(x) for x in a.ravel().tolist()], "shape": list(a.shape), "dtype": str(a.dtype)}


def result(fn):
    try:
        r = fn()
    except Exception as e:  # noqa: BLE001 - we record NumPy's error type and text
        return {"error": type(e).__name__, "message": str(e)}
    r = np.asarray(r) if not isinstance(r, np.ndarray) else r
    return {"shape": list(r.shape), "dtype": str(r.dtype), "values": [enc(x) for x in r.ravel().tolist()]}


def jax_repr(a, weak=False):
    """jax/_src/array.py ArrayImpl.__repr__, applied to the NumPy value."""
    prefix = "Array("
    dtype_str = f"dtype={a.dtype.name}, weak_type=True)" if weak else f"dtype={a.dtype.name})"
    line_width = np.get_printoptions()["linewidth"]
    if a.size == 0:
        s = f"[], shape={a.shape}"
    else:
        s = np.array2string(a, prefix=prefix, suffix=",", separator=", ", max_line_width=line_width)
    last_line_len = len(s) - s.rfind("\n") + 1
    sep = " "
    if last_line_len + len(dtype_str) + 1 > line_width:
        sep = " " * len(prefix)
    return f"{prefix}{s},{sep}{dtype_str}"


cases = {"repr": [], "scalar_repr": [], "binary": [], "scalar_binary": [], "unary": [], "reduce": [],
         "create": [], "manip": [], "setitem": [], "promote_types": []}

# ---------------------------------------------------------------- printing
printing = [
    np.array([1, 2, 3]), np.array([1, 2, 3], dtype=np.int32), np.array([[0, 1], [2, 3]]),
    np.array([0.0, 0.5, 1.0]), np.array([1.0, 2.0, 3.0], dtype=np.float32), np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=np.int32),
    np.array([True, False, True]), np.array([-1.5, 2.25, 1000.0]), np.array([1e-5, 1.0]), np.array([1.5e10, 1.0]),
    np.array([0.1, -2.5, np.nan, np.inf], dtype=np.float32), np.array([np.nan, -np.inf]), np.arange(30.0).reshape(3, 10) / 7,
    np.arange(2000), np.arange(2000.0).reshape(40, 50), np.zeros((0, 3)), np.zeros(0, dtype=np.int32), np.zeros(0),
    np.array(1.0), np.array(5, dtype=np.int32), np.array(True), np.arange(24).reshape(2, 3, 4),
    np.array([1, 2, 300], dtype=np.uint8 if False else np.uint16), np.array([-128, 127], dtype=np.int8),
    np.array([0.1, 0.2, 0.30000000000000004]), np.array([1 / 3, 2 / 3], dtype=np.float32), np.array([0.333, 65504.0], dtype=np.float16),
    np.array([123456789.0, 1.0]), np.array([1e16]), np.array([-0.0, 0.0]), np.arange(12, dtype=np.float32).reshape(3, 4) * 1.5,
    np.array([[True, False], [False, True]]), np.arange(100).reshape(10, 10), np.linspace(0, 1, 11),
    np.array([2**63 + 5], dtype=np.uint64), np.array([[1e-10, 1.0], [2.0, 3.0]], dtype=np.float32),
    np.arange(40, dtype=np.int32).reshape(2, 20) * 1000,
]
for a in printing:
    cases["repr"].append({"array": arr_spec(a), "repr": repr(a), "str": str(a), "jax_repr": jax_repr(a)})

for v, dt in [(5, "int32"), (0.1, "float32"), (1e20, "float64"), (1.5, "float64"), (1.0, "float64"), (True, "bool"),
              (3, "uint8"), (1e16, "float64"), (1e-5, "float64"), (0.0001, "float64"), (-2.5, "float16"),
              (123456.789, "float32"), (float("nan"), "float64"), (float("-inf"), "float32"), (7, "int64"),
              (1000.0, "float16"), (999.0, "float16"), (1e6, "float32"), (990000.0, "float32"), (0.0001, "float32"),
              (1e15, "float64"), (-0.0, "float64"), (2.5e-5, "float16")]:
    s = np.dtype(dt).type(v)
    cases["scalar_repr"].append({"value": enc(v), "dtype": dt, "repr": repr(s), "str": str(s)})

# ---------------------------------------------------------------- random printing cases (seeded)
prng = np.random.default_rng(1234)
for k in range(300):
    dt = ["float64", "float32", "float16", "int64", "int32", "int8", "uint8", "uint16", "bool"][k % 9]
    ndim = int(prng.integers(0, 4))
    shape = tuple(int(prng.integers(1, 6)) for _ in range(ndim))
    if k % 37 == 0:
        shape = (int(prng.integers(1001, 1300)),)
    scale = float(10.0 ** prng.integers(-6, 10))
    vals = prng.standard_normal(shape) * scale
    if prng.random() < 0.3:
        vals = np.round(vals)
    if dt == "bool":
        a = vals > 0
    elif dt.startswith(("int", "uint")):
        info = np.iinfo(dt)
        a = np.clip(np.round(vals), info.min, info.max).astype(dt)
    else:
        with np.errstate(all="ignore"):
            a = np.asarray(vals).astype(dt)
        if a.size and prng.random() < 0.2:
            flat = a.reshape(-1)
            flat[int(prng.integers(0, flat.size))] = prng.choice([np.nan, np.inf, -np.inf])
    a = np.asarray(a)
    cases["repr"].append({"array": arr_spec(a), "repr": repr(a), "str": str(a), "jax_repr": jax_repr(a)})

# ---------------------------------------------------------------- promotion table
for a in DTYPES:
    for b in DTYPES:
        cases["promote_types"].append({"a": a, "b": b, "result": str(np.promote_types(a, b))})

# ---------------------------------------------------------------- binary ops
BINARY = {"add": np.add, "subtract": np.subtract, "multiply": np.multiply, "divide": np.divide,
          "floor_divide": np.floor_divide, "remainder": np.remainder, "power": np.power,
          "maximum": np.maximum, "minimum": np.minimum, "equal": np.equal, "not_equal": np.not_equal,
          "less": np.less, "less_equal": np.less_equal, "greater": np.greater, "greater_equal": np.greater_equal,
          "bitwise_and": np.bitwise_and, "bitwise_or": np.bitwise_or, "bitwise_xor": np.bitwise_xor}
operands = [
    np.array([[-7, -3, 0], [3, 7, 9]], dtype=np.int32),
    np.array([2, -2, 3], dtype=np.int32),
    np.array([-7.5, -0.0, 2.5, np.nan, np.inf, 9.0]).reshape(2, 3),
    np.array([2.0, -2.0, 0.0], dtype=np.float32),
    np.array([250, 3, 0], dtype=np.uint8),
    np.array([True, False, True]),
    np.array([[1], [0]], dtype=np.int64),
    np.array([3, 2, 1], dtype=np.int8),
    np.array([1.5, 2.5, -3.5], dtype=np.float16),
    np.array([5, 6, 7], dtype=np.uint32),
]
with np.errstate(all="ignore"):
    for name, fn in BINARY.items():
        for i, a in enumerate(operands):
            for j, b in enumerate(operands):
                if (i + j + len(name)) % 3 != 0 and not (i < 4 and j < 4):
                    continue
                cases["binary"].append({"op": name, "a": arr_spec(a), "b": arr_spec(b), "result": result(lambda: fn(a, b))})
        for a in operands:
            for s in [2, -3, 1.5, True, 300, -1]:
                cases["scalar_binary"].append({"op": name, "a": arr_spec(a), "scalar": s, "scalar_left": False,
                                                "result": result(lambda: fn(a, s))})
            cases["scalar_binary"].append({"op": name, "a": arr_spec(a), "scalar": 2, "scalar_left": True,
                                            "result": result(lambda: fn(2, a))})

# ---------------------------------------------------------------- unary
UNARY = {"negative": np.negative, "absolute": np.abs, "exp": np.exp, "log": np.log, "sqrt": np.sqrt,
         "sin": np.sin, "cos": np.cos, "tanh": np.tanh, "invert": np.invert}
with np.errstate(all="ignore"):
    for name, fn in UNARY.items():
        for a in operands:
            cases["unary"].append({"op": name, "a": arr_spec(a), "result": result(lambda: fn(a))})

# ---------------------------------------------------------------- reductions
REDUCE = {"sum": np.sum, "mean": np.mean, "max": np.max, "min": np.min, "argmax": np.argmax, "argmin": np.argmin,
          "prod": np.prod}
red_operands = [np.arange(24, dtype=np.int32).reshape(2, 3, 4) - 5, np.array([[1.5, np.nan], [-2.0, 4.0]]),
                np.array([[3, 1, 3], [0, 9, 9]], dtype=np.uint8), np.array([True, False, True]),
                np.arange(6, dtype=np.float32).reshape(2, 3) / 3, np.zeros((0, 3)), np.array(5.0),
                np.array([1.0, 2.0, 3.0], dtype=np.float16)]
with np.errstate(all="ignore"):
    for name, fn in REDUCE.items():
        for a in red_operands:
            for axis in [None] + list(range(-a.ndim, a.ndim)) + [a.ndim]:
                if name.startswith("arg"):
                    r = result(lambda: fn(a, axis=axis))
                else:
                    r = result(lambda: fn(a, axis=axis))
                cases["reduce"].append({"op": name, "a": arr_spec(a), "axis": axis, "keepdims": False, "result": r})
            if a.ndim > 0 and not name.startswith("arg"):
                cases["reduce"].append({"op": name, "a": arr_spec(a), "axis": 0, "keepdims": True,
                                        "result": result(lambda: fn(a, axis=0, keepdims=True))})

# ---------------------------------------------------------------- creation
create = [
    ("arange", [5], {}), ("arange", [2, 10, 3], {}), ("arange", [0.0, 1.0, 0.1], {}), ("arange", [10, 2, -3], {}),
    ("arange", [1, 2, 0.3], {}), ("arange", [0, 5, 0], {}), ("arange", [5], {"dtype": "float32"}),
    ("arange", [-3, 3], {"dtype": "int8"}), ("arange", [0.5, 3], {}), ("arange", [0, 1, 0.25], {"dtype": "float32"}),
    ("linspace", [0, 1], {"num": 5}), ("linspace", [0, 1], {"num": 5, "endpoint": False}), ("linspace", [2, 3], {"num": 1}),
    ("linspace", [-1, 1], {"num": 7, "dtype": "float32"}), ("linspace", [0, 10], {"num": 0}), ("linspace", [1, 0], {"num": 4}),
    ("eye", [3], {}), ("eye", [2, 4], {"k": 1}), ("eye", [3], {"k": -1, "dtype": "int32"}),
    ("zeros", [[2, 3]], {}), ("ones", [[3]], {"dtype": "int32"}), ("full", [[2, 2], 1.5], {}), ("full", [[3], 7], {}),
    ("full", [[2], True], {}), ("full", [[2, 2], 3], {"dtype": "float32"}),
    ("array", [[[1, 2], [3, 4]]], {}), ("array", [[1, 2.5]], {}), ("array", [[True, 2]], {}), ("array", [[[1, 2], [3]]], {}),
    ("array", [[1, 2, 3]], {"dtype": "uint8"}), ("array", [7], {}), ("array", [2.5], {"dtype": "int32"}),
    ("array", [[]], {}),
]
for fn, args, kwargs in create:
    cases["create"].append({"fn": fn, "args": args, "kwargs": kwargs,
                            "result": result(lambda: getattr(np, fn)(*args, **kwargs))})

# ---------------------------------------------------------------- manipulation
x234 = np.arange(24).reshape(2, 3, 4)
x23 = np.arange(6, dtype=np.float32).reshape(2, 3)
m = [
    ("reshape", [x234, [4, -1]], {}), ("reshape", [x234, [-1]], {}), ("reshape", [x234, [5, -1]], {}),
    ("reshape", [x234, [-1, -1]], {}), ("transpose", [x234], {}), ("transpose", [x234, [1, 0, 2]], {}),
    ("concatenate", [[x23, x23]], {}), ("concatenate", [[x23, x23]], {"axis": 1}), ("concatenate", [[x23, np.arange(3)]], {}),
    ("concatenate", [[x23, np.ones((2, 2))]], {}), ("concatenate", [[x23, x23]], {"axis": None}),
    ("concatenate", [[np.array([1, 2], np.int8), np.array([3], np.uint8)]], {}),
    ("stack", [[x23, x23]], {}), ("stack", [[x23, x23]], {"axis": -1}), ("stack", [[x23, np.ones(3)]], {}),
    ("squeeze", [np.zeros((1, 3, 1))], {}), ("squeeze", [np.zeros((1, 3, 1))], {"axis": 2}),
    ("squeeze", [np.zeros((1, 3, 1))], {"axis": 1}), ("expand_dims", [x23, 0], {}), ("expand_dims", [x23, -1], {}),
    ("expand_dims", [x23, 3], {}), ("where", [np.array([True, False, True]), np.array([1, 2, 3]), 0.5], {}),
    ("where", [x23 > 2, x23, -1], {}), ("where", [np.array([[1], [0]]), np.array([1, 2, 3], np.int8), np.array([9], np.int16)], {}),
    ("matmul", [x23, x23.T], {}), ("matmul", [np.arange(3), np.arange(3)], {}), ("matmul", [x234, np.arange(4)], {}),
    ("matmul", [np.array([[True, False]]), np.array([[True], [True]])], {}), ("matmul", [x23, x23], {}),
    ("dot", [x23, x23.T], {}), ("dot", [np.arange(3), np.arange(3)], {}), ("dot", [x234, np.arange(8).reshape(4, 2)], {}),
    ("dot", [2, x23], {}), ("dot", [x23, np.ones((2, 2))], {}), ("matmul", [np.arange(64.0).reshape(8, 8), np.arange(64.0).reshape(8, 8)], {}),
    ("matmul", [np.arange(4096, dtype=np.float32).reshape(64, 64) / 64, np.eye(64, dtype=np.float32)], {}),
]
for fn, args, kwargs in m:
    def enc_arg(a):
        if isinstance(a, np.ndarray):
            return {"array": arr_spec(a)}
        if isinstance(a, list) and a and isinstance(a[0], np.ndarray):
            return {"arrays": [arr_spec(x) for x in a]}
        return {"value": a}
    cases["manip"].append({"fn": fn, "args": [enc_arg(a) for a in args], "kwargs": kwargs,
                           "result": result(lambda: getattr(np, fn)(*args, **kwargs))})

# ---------------------------------------------------------------- setitem (mutation through views)
def setitem_case(label, shape, dtype, steps):
    x = np.arange(int(np.prod(shape))).astype(dtype).reshape(shape)
    for kind, idx, value in steps:
        if kind == "set":
            x[idx] = value
        elif kind == "view_set":
            v = x[idx[0]]
            v[idx[1]] = value
    return {"label": label, "shape": shape, "dtype": dtype, "result": result(lambda: x)}

set_cases = [
    ("x[1:3][0] = 5", [6], "int64", [("view_set", (slice(1, 3), 0), 5)]),
    ("x[::2] = 0", [6], "int64", [("set", slice(None, None, 2), 0)]),
    ("x[:, 1] = [7, 8]", [2, 3], "float32", [("set", (slice(None), 1), [7, 8])]),
    ("x[x > 2] = -1", [2, 3], "int32", [("set", "mask", -1)]),
    ("x[[0, 0, 1]] = [1, 2, 3]", [3], "int64", [("set", [0, 0, 1], [1, 2, 3])]),
    ("x[0] = 2.7", [3], "int32", [("set", 0, 2.7)]),
    ("x[...] = [[1], [2]]", [2, 2], "float64", [("set", Ellipsis, [[1], [2]])]),
    ("x[1] = x[0]", [2, 3], "int64", [("set", 1, "row0")]),
    ("x[::-1][:2] = 9", [5], "int64", [("view_set", (slice(None, None, -1), slice(None, 2)), 9)]),
    ("x.T[0] = 5", [2, 3], "int64", [("view_set_T", 0, 5)]),
]
for label, shape, dtype, steps in set_cases:
    x = np.arange(int(np.prod(shape))).astype(dtype).reshape(shape)
    for kind, idx, value in steps:
        if idx == "mask":
            x[x > 2] = value
        elif value == "row0":
            x[1] = x[0]
        elif kind == "set":
            x[idx] = value
        elif kind == "view_set":
            v = x[idx[0]]
            v[idx[1]] = value
        elif kind == "view_set_T":
            x.T[idx] = value
    cases["setitem"].append({"label": label, "shape": shape, "dtype": dtype, "result": result(lambda: x)})


# ---------------------------------------------------------------- the book's JAX snippets (jnp: int32/float32)
x = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=np.int32)
vec = np.reshape(np.array([0.5, 1.0, 2.0], dtype=np.float32), [1, 3])
book = {
    "x = jnp.array([1.0, 2.0, 3.0], dtype=jnp.float32)": np.array([1.0, 2.0, 3.0], dtype=np.float32),
    "x": x, "x[0]": x[0], "x[-1]": x[-1], "x[:, 1]": x[:, 1], "x[::2, ::2]": x[::2, ::2], "vec": vec,
    "vec * x": (vec * x).astype(np.float32), "x * jnp.reshape(vec, [3, 1])": (x * np.reshape(vec, [3, 1])).astype(np.float32),
    "x.at[::2].set(1)": np.where(np.array([[True], [False], [True]]), np.int32(1), x),
    "x[1, 2]": x[1, 2], "x @ x": x @ x, "x / 2": (x / 2).astype(np.float32), "x.sum(axis=0)": x.sum(axis=0).astype(np.int32),
    # XLA divides by a broadcast scalar as a multiplication by its reciprocal (checked with JAX 0.11.2, JaxOracleTest).
    "jnp.arange(12.0).reshape(3, 4) / 7": (np.arange(12.0, dtype=np.float32).reshape(3, 4) * (np.float32(1) / np.float32(7))),
}
cases["book"] = [{"expr": k, "jax_repr": jax_repr(np.asarray(v)), "array": arr_spec(v)} for k, v in book.items()]

out = {"meta": {"generator": "numpy " + np.__version__, "script": "src/test/python/gen_array_fixtures.py"},
       **cases}
path = sys.argv[1] if len(sys.argv) > 1 else "src/test/resources/array_fixtures.json"
with open(path, "w") as f:
    json.dump(out, f, indent=None, separators=(",", ":"))
print(path, {k: len(v) for k, v in cases.items()})
