"""NumPy's answers for src/test/resources/playground/tuple_axes.py, in `play --json`'s format, for TupleAxesTest.

Reductions over several axes (axis=(1, 3)) must give NumPy's dtype, shape and bits. Run:
python3 src/test/python/make_tuple_axes_fixture.py
"""
import ast
import json
import math

import numpy as np

SOURCE = "src/test/resources/playground/tuple_axes.py"


def number(v):
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    f = float(v)
    return "nan" if math.isnan(f) else ("inf" if f > 0 else "-inf") if math.isinf(f) else f


namespace = {}
out = []
for node in ast.parse(open(SOURCE).read()).body:
    try:
        if isinstance(node, ast.Expr):
            value = eval(compile(ast.Expression(node.value), "<play>", "eval"), namespace)
            a = np.asarray(value)
            out.append({"type": "array", "dtype": str(a.dtype), "shape": list(a.shape),
                        "data": [number(v) for v in a.ravel().tolist()]})
        else:
            exec(compile(ast.Module([node], []), "<play>", "exec"), namespace)
            out.append({"type": "none"})
    except Exception as e:  # noqa: BLE001 - an error is an answer
        out.append({"type": "error", "error": type(e).__name__})
with open("src/test/resources/playground/tuple_axes.jsonl", "w") as f:
    f.write("\n".join(json.dumps(r) for r in out) + "\n")
print(len(out), "statements")
