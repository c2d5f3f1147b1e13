"""Runs a playground program with real JAX, statement by statement, printing what `tastelab play --json` prints.

One JSON object per top-level statement: {"type": "none" | "value" | "array" | "error", ...} with "stdout" where the
statement printed something, "repr" for a value, "dtype"/"shape"/"data" for an array, and "error"/"message" for an
exception. Needs JAX (64-bit types off, as the playground's jnp). Run:
JAX_PLATFORMS=cpu python3 src/test/python/jax_oracle.py PROGRAM.py > OUT.jsonl
"""
import ast
import contextlib
import io
import json
import os
import sys

os.environ.setdefault("JAX_PLATFORMS", "cpu")
import jax  # noqa: E402
import numpy as np  # noqa: E402
from play_json import number  # noqa: E402


def describe(value):
    if value is None:
        return {"type": "none"}
    if isinstance(value, (jax.Array, np.ndarray, np.generic)):
        a = np.asarray(value)
        return {"type": "array", "dtype": str(a.dtype), "shape": list(a.shape),
                "data": [number(v) for v in a.ravel().tolist()]}
    return {"type": "value", "repr": repr(value)}


def run(source):
    namespace = {}
    for node in ast.parse(source).body:
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                if isinstance(node, ast.Expr):
                    result = describe(eval(compile(ast.Expression(node.value), "<play>", "eval"), namespace))
                else:
                    exec(compile(ast.Module([node], []), "<play>", "exec"), namespace)
                    result = {"type": "none"}
        except Exception as e:  # noqa: BLE001 - every error is an answer here
            result = {"type": "error", "error": type(e).__name__, "message": str(e).split("\n")[0]}
        if out.getvalue():
            result["stdout"] = out.getvalue()
        print(json.dumps(result))


if __name__ == "__main__":
    run(open(sys.argv[1]).read())
