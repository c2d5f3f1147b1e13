"""Generates NumPy's answers for WithStatementsTest: np.printoptions and np.errstate in with blocks (set and
restored however the block ends, nested, bound with 'as'), and their argument errors.

Each cell runs in a fresh namespace; the fixture keeps what it prints (warnings go to stderr, so np.errstate's
modes do not show) and, when it raises, the exception's type and message. Run from the repository root:
    python3 src/test/python/with_statements.py > src/test/resources/playground/with_statements.json
"""
import contextlib
import io
import json
import sys
import warnings

import numpy as np

CELLS = [
    "import numpy as np\nwith np.printoptions(precision=2):\n    print(np.array([2.0]) / 3)\nprint(np.array([2.0]) / 3)",
    "import numpy as np\nwith np.printoptions(precision=2) as opts:\n    print(opts['precision'], np.get_printoptions()['precision'])\nprint(np.get_printoptions()['precision'])",
    "import numpy as np\nx = np.array([1e-10, 1.0])\nwith np.printoptions(suppress=True):\n    print(x)\nprint(x)",
    "import numpy as np\ntry:\n    with np.printoptions(precision=3):\n        print(np.array([1 / 3]))\n        raise ValueError('inside')\nexcept ValueError as e:\n    print('caught', e)\nprint(np.array([1 / 3]), np.get_printoptions()['precision'])",
    "import numpy as np\nwith np.printoptions(threshold=5, edgeitems=2):\n    print(np.arange(10))\nprint(np.arange(10))",
    "import numpy as np\nwith np.printoptions(precision=1):\n    with np.printoptions(precision=3):\n        print(np.array([1 / 3]))\n    print(np.array([1 / 3]))\nprint(np.array([1 / 3]))",
    "import numpy as np\ndef show(x):\n    with np.printoptions(precision=2):\n        return str(x)\nprint(show(np.array([1 / 3])), np.array([1 / 3]))",
    "import numpy as np\nwith np.printoptions(precision=2):\n    y = np.array([1 / 3])\nprint(repr(y))",
    "import numpy as np\nwith np.errstate(divide='ignore'):\n    print(np.array([1.0, -1.0]) / 0)",
    "import numpy as np\nwith np.errstate(all='ignore', invalid='warn'):\n    print(np.log(np.array([-1.0, 1.0])))",
    "import numpy as np\nwith np.errstate(divide='ignore', invalid='ignore') as state:\n    print(state, np.sqrt(np.array([-4.0, 4.0])))",
    "import numpy as np\nwith np.errstate(divide='bogus'):\n    pass",
    "import numpy as np\nnp.errstate(bogus='ignore')",
    "import numpy as np\nwith np.printoptions(precision=2), np.errstate(divide='ignore'):\n    print(np.array([1.0, 2.0]) / np.array([3.0, 0.0]))",
]


def run(cell):
    out = io.StringIO()
    entry = {"cell": cell}
    namespace = {"__name__": "__main__"}
    try:
        with contextlib.redirect_stdout(out), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            exec(compile(cell, "<cell>", "exec"), namespace)
    except Exception as error:  # noqa: BLE001 - the cell's outcome is what we record
        entry.update(error=type(error).__name__, message=str(error))
    entry["stdout"] = out.getvalue()
    return entry


if __name__ == "__main__":
    json.dump({"generator": "src/test/python/with_statements.py", "numpy": np.__version__,
               "cells": [run(cell) for cell in CELLS]}, sys.stdout, indent=1, ensure_ascii=False)
    print()
