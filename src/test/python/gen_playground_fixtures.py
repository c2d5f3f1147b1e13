"""Expected results for PlaygroundNumpyFixturesTest, computed with NumPy 2.

Each case is playground code whose last line is an expression; `numpy` is the same computation written for
NumPy. For `jnp` cases, JAX (64-bit types off) is emulated: results are canonicalised to 32 bits, and `.at[]`
follows JAX's documented rules (out-of-bounds updates dropped, `get` clamps, duplicate indices accumulate).
Run: python3 src/test/python/gen_playground_fixtures.py > src/test/resources/playground/playground_fixtures.json
"""
import json
import math

import numpy as np

X32 = {np.dtype('int64'): np.int32, np.dtype('float64'): np.float32, np.dtype('uint64'): np.uint32}


def x32(a):
    a = np.asarray(a)
    return a.astype(X32.get(a.dtype, a.dtype))


def _targets(shape, idx):
    """Flat target positions of x.at[idx] with out-of-bounds integer indices marked -1."""
    pos = np.arange(int(np.prod(shape))).reshape(shape)
    if isinstance(idx, (list, np.ndarray)):
        idx = np.asarray(idx)
        n = shape[0]
        ok = (idx >= -n) & (idx < n)
        out = np.full(idx.shape + tuple(shape[1:]), -1)
        out[ok] = pos[idx[ok]]
        return out
    if isinstance(idx, int):
        n = shape[0]
        return pos[idx] if -n <= idx < n else np.full(shape[1:], -1)
    return pos[idx]


def at_update(x, idx, values, op):
    out = x.copy().ravel()
    t = _targets(x.shape, idx)
    v = np.broadcast_to(np.asarray(values, dtype=x.dtype), t.shape)
    for target, value in zip(t.ravel(), v.ravel()):
        if target < 0:
            continue
        if op == 'set':
            out[target] = value
        elif op == 'add':
            out[target] = out[target] + value
        elif op == 'multiply':
            out[target] = out[target] * value
        elif op == 'min':
            out[target] = min(out[target], value)
        elif op == 'max':
            out[target] = max(out[target], value)
    return out.reshape(x.shape)


def at_get(x, idx):
    if isinstance(idx, (list, np.ndarray)):
        idx = np.clip(np.asarray(idx), -x.shape[0], x.shape[0] - 1)
    elif isinstance(idx, int):
        idx = min(max(idx, -x.shape[0]), x.shape[0] - 1)
    return x[idx]


CASES = [
    # NumPy defaults and NEP 50
    ("np", "import numpy as np\nnp.array([1, 2, 3])", "np.array([1, 2, 3])"),
    ("np", "import numpy as np\nnp.arange(5) / 2", "np.arange(5) / 2"),
    ("np", "import numpy as np\nnp.array([1, 2], dtype=np.int32) + 1", "np.array([1, 2], dtype=np.int32) + 1"),
    ("np", "import numpy as np\nnp.array([1, 2], dtype='int8') * 100", "np.array([1, 2], dtype='int8') * 100"),
    ("np", "import numpy as np\nnp.float32(1) + 1.5", "np.float32(1) + 1.5"),
    ("np", "import numpy as np\nnp.linspace(0, 1, 5)", "np.linspace(0, 1, 5)"),
    ("np", "import numpy as np\nnp.eye(3, k=1)", "np.eye(3, k=1)"),
    ("np", "import numpy as np\nx = np.arange(12).reshape(3, 4)\nx[0] = 5\nx", "_x = np.arange(12).reshape(3, 4); _x[0] = 5; _x"),
    ("np", "import numpy as np\nx = np.arange(12.0).reshape(3, 4)\nx[x > 5] = -1\nx", "_x = np.arange(12.0).reshape(3, 4); _x[_x > 5] = -1; _x"),
    ("np", "import numpy as np\nx = np.arange(12).reshape(3, 4)\nx += 2\nx", "_x = np.arange(12).reshape(3, 4); _x += 2; _x"),
    ("np", "import numpy as np\nx = np.arange(12).reshape(3, 4)\nx.mean(axis=1)", "np.arange(12).reshape(3, 4).mean(axis=1)"),
    ("np", "import numpy as np\nx = np.arange(12).reshape(3, 4)\nx.sum(axis=0, keepdims=True)", "np.arange(12).reshape(3, 4).sum(axis=0, keepdims=True)"),
    ("np", "import numpy as np\nx = np.array([[3, 1, 4], [1, 5, 9]])\nnp.argmax(x, axis=1)", "np.argmax(np.array([[3, 1, 4], [1, 5, 9]]), axis=1)"),
    ("np", "import numpy as np\nx = np.arange(6.0).reshape(2, 3)\nx @ x.T", "np.arange(6.0).reshape(2, 3) @ np.arange(6.0).reshape(2, 3).T"),
    ("np", "import numpy as np\nx = np.arange(6).reshape(2, 3)\nx[[1, 0], 1:]", "np.arange(6).reshape(2, 3)[[1, 0], 1:]"),
    ("np", "import numpy as np\nx = np.arange(24).reshape(2, 3, 4)\nx[:, [0, 2], [1, 3]]", "np.arange(24).reshape(2, 3, 4)[:, [0, 2], [1, 3]]"),
    ("np", "import numpy as np\nnp.where(np.arange(5) > 2, np.arange(5), -1)", "np.where(np.arange(5) > 2, np.arange(5), -1)"),
    ("np", "import numpy as np\nnp.concatenate([np.ones((2, 2)), np.zeros((1, 2))])", "np.concatenate([np.ones((2, 2)), np.zeros((1, 2))])"),
    ("np", "import numpy as np\nnp.stack([np.arange(3), np.arange(3)], axis=1)", "np.stack([np.arange(3), np.arange(3)], axis=1)"),
    ("np", "import numpy as np\nnp.expand_dims(np.arange(3), 0).shape == (1, 3)", None),
    ("np", "import numpy as np\nnp.sqrt(np.array([4, 9, 2]))", "np.sqrt(np.array([4, 9, 2]))"),
    ("np", "import numpy as np\nnp.exp(np.array([0.0, 1.0], dtype=np.float32))", "np.exp(np.array([0.0, 1.0], dtype=np.float32))"),
    ("np", "import numpy as np\nnp.arange(6).astype('float32').reshape((3, 2)).T", "np.arange(6).astype('float32').reshape((3, 2)).T"),
    ("np", "import numpy as np\nnp.squeeze(np.zeros((1, 3, 1)), axis=0)", "np.squeeze(np.zeros((1, 3, 1)), axis=0)"),
    # all / any: truthiness (NaN is true), empty reductions, keepdims, tuple axes
    ("np", "import numpy as np\nx = np.array([[1.0, 0.0, np.nan], [2.0, 3.0, 4.0]])\nnp.all(x)", "np.all(np.array([[1.0, 0.0, np.nan], [2.0, 3.0, 4.0]]))"),
    ("np", "import numpy as np\nx = np.array([[1.0, 0.0, np.nan], [2.0, 3.0, 4.0]])\nx.all(axis=0)", "np.array([[1.0, 0.0, np.nan], [2.0, 3.0, 4.0]]).all(axis=0)"),
    ("np", "import numpy as np\nx = np.array([[1.0, 0.0, np.nan], [0.0, 0.0, 0.0]])\nx.any(axis=1, keepdims=True)", "np.array([[1.0, 0.0, np.nan], [0.0, 0.0, 0.0]]).any(axis=1, keepdims=True)"),
    ("np", "import numpy as np\nnp.all(np.zeros((0, 3)), axis=0)", "np.all(np.zeros((0, 3)), axis=0)"),
    ("np", "import numpy as np\nnp.any(np.zeros((0, 3)), axis=1)", "np.any(np.zeros((0, 3)), axis=1)"),
    ("np", "import numpy as np\nnp.any([])", "np.any([])"),
    ("np", "import numpy as np\nnp.all(np.arange(24).reshape(2, 3, 4) % 5, axis=(0, 2))", "np.all(np.arange(24).reshape(2, 3, 4) % 5, axis=(0, 2))"),
    ("np", "import numpy as np\nx = np.arange(6.0)\n(x == x).all() and not np.any(x < 0)", None),
    ("jnp", "import jax.numpy as jnp\njnp.any(jnp.array([[0, 0], [0, 1]]), axis=0)", "np.any(np.array([[0, 0], [0, 1]]), axis=0)"),
    ("jnp", "import jax.numpy as jnp\njnp.arange(1, 5).all()", "np.arange(1, 5).all()"),
    ("jnp", "import jax.numpy as jnp\njnp.all(jnp.zeros((2, 0)), axis=1)", "np.all(np.zeros((2, 0)), axis=1)"),
    # isnan / isinf / isfinite / isclose / allclose: infinities close only to themselves, NaN only with equal_nan
    ("np", "import numpy as np\na = np.array([1.0, 1.0 + 1e-9, np.inf, -np.inf, np.nan, 0.0, 1e-9, 100.0])\nb = np.array([1.0, 1.0, np.inf, np.inf, np.nan, 1e-9, 0.0, 100.001])\nnp.isclose(a, b)", "np.isclose(np.array([1.0, 1.0 + 1e-9, np.inf, -np.inf, np.nan, 0.0, 1e-9, 100.0]), np.array([1.0, 1.0, np.inf, np.inf, np.nan, 1e-9, 0.0, 100.001]))"),
    ("np", "import numpy as np\na = np.array([1.0, 1.0 + 1e-9, np.inf, -np.inf, np.nan, 0.0, 1e-9, 100.0])\nb = np.array([1.0, 1.0, np.inf, np.inf, np.nan, 1e-9, 0.0, 100.001])\nnp.isclose(a, b, equal_nan=True)", "np.isclose(np.array([1.0, 1.0 + 1e-9, np.inf, -np.inf, np.nan, 0.0, 1e-9, 100.0]), np.array([1.0, 1.0, np.inf, np.inf, np.nan, 1e-9, 0.0, 100.001]), equal_nan=True)"),
    ("np", "import numpy as np\na = np.array([1.0, 1.0 + 1e-9, np.inf, -np.inf, np.nan, 0.0, 1e-9, 100.0])\nb = np.array([1.0, 1.0, np.inf, np.inf, np.nan, 1e-9, 0.0, 100.001])\nnp.isclose(a.astype(np.float32), b.astype(np.float32), rtol=1e-3, atol=0)", "np.isclose(np.array([1.0, 1.0 + 1e-9, np.inf, -np.inf, np.nan, 0.0, 1e-9, 100.0]).astype(np.float32), np.array([1.0, 1.0, np.inf, np.inf, np.nan, 1e-9, 0.0, 100.001]).astype(np.float32), rtol=1e-3, atol=0)"),
    ("np", "import numpy as np\nnp.isclose(np.arange(5), 2)", "np.isclose(np.arange(5), 2)"),
    ("np", "import numpy as np\nnp.isclose(np.float32(1.0), 1.0000001)", "np.isclose(np.float32(1.0), 1.0000001)"),
    ("np", "import numpy as np\na = np.array([1.0, 1.0 + 1e-9, np.inf, -np.inf, np.nan, 0.0, 1e-9, 100.0])\nb = np.array([1.0, 1.0, np.inf, np.inf, np.nan, 1e-9, 0.0, 100.001])\nnot np.allclose(a, b) and np.allclose(a[:2], b[:2]) and np.allclose(a, a, equal_nan=True)", None),
    ("np", "import numpy as np\na = np.array([1.0, 1.0 + 1e-9, np.inf, -np.inf, np.nan, 0.0, 1e-9, 100.0])\nnp.stack([np.isnan(a), np.isinf(a), np.isfinite(a)])", "np.stack([np.isnan(np.array([1.0, 1.0 + 1e-9, np.inf, -np.inf, np.nan, 0.0, 1e-9, 100.0])), np.isinf(np.array([1.0, 1.0 + 1e-9, np.inf, -np.inf, np.nan, 0.0, 1e-9, 100.0])), np.isfinite(np.array([1.0, 1.0 + 1e-9, np.inf, -np.inf, np.nan, 0.0, 1e-9, 100.0]))])"),
    ("np", "import numpy as np\nnp.stack([np.isnan(np.arange(3)), np.isinf(np.arange(3)), np.isfinite(np.arange(3))])", "np.stack([np.isnan(np.arange(3)), np.isinf(np.arange(3)), np.isfinite(np.arange(3))])"),
    ("jnp", "import jax.numpy as jnp\na = jnp.array([1.0, 1.0 + 1e-9, jnp.inf, -jnp.inf, jnp.nan, 0.0, 1e-9, 100.0])\nb = jnp.array([1.0, 1.0, jnp.inf, jnp.inf, jnp.nan, 1e-9, 0.0, 100.001])\njnp.isclose(a, b)", "np.isclose(np.array([1.0, 1.0 + 1e-9, np.inf, -np.inf, np.nan, 0.0, 1e-9, 100.0]).astype(np.float32), np.array([1.0, 1.0, np.inf, np.inf, np.nan, 1e-9, 0.0, 100.001]).astype(np.float32))"),
    ("jnp", "import jax.numpy as jnp\na = jnp.array([1.0, 1.0 + 1e-9, jnp.inf, -jnp.inf, jnp.nan, 0.0, 1e-9, 100.0])\nb = jnp.array([1.0, 1.0, jnp.inf, jnp.inf, jnp.nan, 1e-9, 0.0, 100.001])\njnp.isclose(a, b, equal_nan=True)", "np.isclose(np.array([1.0, 1.0 + 1e-9, np.inf, -np.inf, np.nan, 0.0, 1e-9, 100.0]).astype(np.float32), np.array([1.0, 1.0, np.inf, np.inf, np.nan, 1e-9, 0.0, 100.001]).astype(np.float32), equal_nan=True)"),
    ("jnp", "import jax.numpy as jnp\njnp.isclose(jnp.arange(5), 2)", "np.isclose(np.arange(5, dtype=np.float32), np.float32(2))"),
    ("jnp", "import jax.numpy as jnp\njnp.allclose(jnp.array([1.0, 2.0]), jnp.array([1.0, 2.0000001]))", "np.allclose(np.float32([1.0, 2.0]), np.float32([1.0, 2.0000001]))"),
    ("jnp", "import jax.numpy as jnp\na = jnp.array([1.0, 1.0 + 1e-9, jnp.inf, -jnp.inf, jnp.nan, 0.0, 1e-9, 100.0])\njnp.stack([jnp.isnan(a), jnp.isinf(a), jnp.isfinite(a)])", "np.stack([np.isnan(np.array([1.0, 1.0 + 1e-9, np.inf, -np.inf, np.nan, 0.0, 1e-9, 100.0])), np.isinf(np.array([1.0, 1.0 + 1e-9, np.inf, -np.inf, np.nan, 0.0, 1e-9, 100.0])), np.isfinite(np.array([1.0, 1.0 + 1e-9, np.inf, -np.inf, np.nan, 0.0, 1e-9, 100.0]))])"),
    # jax.numpy defaults and promotion (x32)
    ("jnp", "import jax.numpy as jnp\njnp.array([1, 2, 3])", "x32(np.array([1, 2, 3]))"),
    ("jnp", "import jax.numpy as jnp\njnp.arange(5) / 2", "x32(np.arange(5, dtype=np.int32) / np.float32(2))"),
    ("jnp", "import jax.numpy as jnp\njnp.array([1, 2], dtype=jnp.int32) * 2.5", "np.array([1, 2], dtype=np.float32) * np.float32(2.5)"),
    ("jnp", "import jax.numpy as jnp\njnp.ones((2, 3)).sum(axis=1)", "x32(np.ones((2, 3)).sum(axis=1))"),
    ("jnp", "import jax.numpy as jnp\njnp.zeros(3, dtype=jnp.float64)", "np.zeros(3, dtype=np.float32)"),
    ("jnp", "import jax.numpy as jnp\nx = jnp.arange(12).reshape(3, 4)\njnp.min(x, axis=-1)", "x32(np.arange(12).reshape(3, 4).min(axis=-1))"),
    ("jnp", "import jax.numpy as jnp\nx = jnp.arange(12.0).reshape(3, 4)\nx.mean()", "x32(np.arange(12.0).mean())"),
    ("jnp", "import jax.numpy as jnp\njnp.maximum(jnp.arange(-2, 3), 0)", "x32(np.maximum(np.arange(-2, 3), 0))"),
    ("jnp", "import jax.numpy as jnp\njnp.dot(jnp.arange(3.0), jnp.arange(3.0))", "x32(np.dot(np.arange(3.0), np.arange(3.0)))"),
    # .at[] (jnp): out-of-bounds updates dropped, get clamps, duplicate indices accumulate
    ("jnp", "import jax.numpy as jnp\nx = jnp.arange(5)\nx.at[jnp.array([0, 0, 7])].add(10)", "x32(at_update(np.arange(5), [0, 0, 7], 10, 'add'))"),
    ("jnp", "import jax.numpy as jnp\nx = jnp.arange(5)\nx.at[10].set(99)", "x32(np.arange(5))"),
    ("jnp", "import jax.numpy as jnp\nx = jnp.arange(5)\nx.at[-1].set(99)", "x32(at_update(np.arange(5), -1, 99, 'set'))"),
    ("jnp", "import jax.numpy as jnp\nx = jnp.arange(5)\nx.at[10].get()", "x32(at_get(np.arange(5), 10))"),
    ("jnp", "import jax.numpy as jnp\nx = jnp.arange(5)\nx.at[jnp.array([-9, 2, 9])].get()", "x32(at_get(np.arange(5), [-9, 2, 9]))"),
    ("jnp", "import jax.numpy as jnp\nx = jnp.arange(1.0, 6.0)\nx.at[jnp.array([1, 1, 3])].multiply(2.0)", "x32(at_update(np.arange(1.0, 6.0), [1, 1, 3], 2.0, 'multiply'))"),
    ("jnp", "import jax.numpy as jnp\nx = jnp.arange(5)\nx.at[jnp.array([0, 0, 4])].min(jnp.array([3, -1, 2]))", "x32(at_update(np.arange(5), [0, 0, 4], [3, -1, 2], 'min'))"),
    ("jnp", "import jax.numpy as jnp\nx = jnp.arange(5)\nx.at[jnp.array([1, 1])].max(jnp.array([7, 4]))", "x32(at_update(np.arange(5), [1, 1], [7, 4], 'max'))"),
    ("jnp", "import jax.numpy as jnp\nx = jnp.arange(9).reshape(3, 3)\nx.at[::2].set(1)", "x32(at_update(np.arange(9).reshape(3, 3), slice(None, None, 2), 1, 'set'))"),
    ("jnp", "import jax.numpy as jnp\nx = jnp.arange(9).reshape(3, 3)\ny = x.at[1].add(100)\nx", "x32(np.arange(9).reshape(3, 3))"),
]


def encode(a):
    a = np.asarray(a)
    data = []
    for v in a.ravel().tolist():
        if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
            data.append("nan" if math.isnan(v) else ("inf" if v > 0 else "-inf"))
        else:
            data.append(v)
    return {"dtype": str(a.dtype), "shape": list(a.shape), "data": data}


def main():
    cases = []
    for namespace, code, expr in CASES:
        if expr is None:
            cases.append({"namespace": namespace, "code": code, "repr": "True"})
            continue
        scope = {"np": np, "x32": x32, "at_update": at_update, "at_get": at_get}
        *stmts, last = expr.split("; ")
        for s in stmts:
            exec(s, scope)
        value = eval(last, scope)
        cases.append({"namespace": namespace, "code": code, "expected": encode(value)})
    print(json.dumps({"generator": "src/test/python/gen_playground_fixtures.py", "numpy": np.__version__,
                      "cases": cases}, indent=1))


if __name__ == "__main__":
    main()
