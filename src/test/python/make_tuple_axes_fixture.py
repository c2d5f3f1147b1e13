"""NumPy's answers for src/test/resources/playground/tuple_axes.py, in `play --json`'s format, for TupleAxesTest.

Reductions over several axes (axis=(1, 3)) must give NumPy's dtype, shape and bits. Run:
python3 src/test/python/make_tuple_axes_fixture.py
"""
import ast
import json

import numpy as np

from play_json import number

SOURCE = "src/test/resources/playground/tuple_axes.py"


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
