"""Expected float sums, means and products from NumPy for NumpySummationTest.

The arrays are made from a 64-bit LCG that Java reproduces exactly (integers and powers of two only), so the
fixture holds only parameters and NumPy's answers. Run: python3 src/test/python/make_summation_fixtures.py
"""
import json
import numpy as np

MASK = (1 << 64) - 1


def values(seed, n):
    s = seed & MASK
    out = np.empty(n, dtype=np.float64)
    for i in range(n):
        s = (s * 6364136223846793005 + 1442695040888963407) & MASK
        out[i] = ((s >> 11) * 2.0 ** -53 - 0.5) * 2.0 ** ((s >> 3) % 16 - 8)
    return out


def view(x, kind):
    return {"full": lambda: x, "T": lambda: x.T, "step": lambda: x[::2, ::3], "rev": lambda: x.ravel()[::-1],
            "col": lambda: x[:, x.shape[1] // 2], "flip": lambda: x[::-1, :]}[kind]()


cases = []
seed = 1
for rows, cols in [(1, 1), (1, 7), (3, 5), (16, 8), (9, 130), (33, 300), (200, 150), (64, 1000), (1, 40000),
                   (300, 400)]:
    for dtype in ("float32", "float64"):
        seed += 1
        x = values(seed, rows * cols).astype(dtype).reshape(rows, cols)
        for kind in ("full", "T", "step", "rev", "col", "flip"):
            v = view(x, kind)
            if v.size == 0:
                continue
            for op in ("sum", "mean", "prod"):
                axes = [None] + list(range(v.ndim))
                for axis in axes:
                    if op == "prod" and v.size > 2000:
                        continue
                    r = getattr(v, op)(axis=axis)
                    flat = np.asarray(r, dtype=np.float64).ravel()
                    picks = sorted(set(np.linspace(0, flat.size - 1, min(flat.size, 48)).astype(int).tolist()))
                    cases.append({"rows": rows, "cols": cols, "dtype": dtype, "seed": seed, "view": kind, "op": op,
                                  "axis": axis, "size": int(flat.size),
                                  "expected": [[i, float(flat[i]).hex()] for i in picks]})

with open("src/test/resources/summation/numpy_float_reductions.json", "w") as f:
    json.dump({"numpy": np.__version__, "cases": cases}, f, separators=(",", ":"))
print(len(cases), "cases")
