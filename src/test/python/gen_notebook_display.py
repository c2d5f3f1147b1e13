"""Expected notebook displays (IPython's pretty printer, max width 79) for NotebookDisplayTest.

Each case is a Python expression the playground can evaluate; IPython.lib.pretty.pretty gives what a notebook's
Out[n] shows. Deterministic; run from the repository root:  python3 src/test/python/gen_notebook_display.py
"""
import json
import os
import random

import numpy as np
from IPython.lib.pretty import pretty

rng = random.Random(20261207)


def leaf():
    kind = rng.randrange(4)
    if kind == 0:
        return rng.randrange(-10**rng.randrange(1, 12), 10**rng.randrange(1, 12))
    if kind == 1:
        return "s" * rng.randrange(1, 30)
    if kind == 2:
        return round(rng.uniform(-1000, 1000), rng.randrange(0, 6))
    return (None, True, False)[rng.randrange(3)]


def tree(depth):
    if depth == 0 or rng.random() < 0.3:
        return leaf()
    kind = rng.randrange(3)
    items = [tree(depth - 1) for _ in range(rng.randrange(0, 7))]
    if kind == 0:
        return items
    if kind == 1:
        return tuple(items)
    return {("k%d" % i) * rng.randrange(1, 4): v for i, v in enumerate(items)}


CASES = [
    "[{'biases': (128,), 'weights': (1, 128)}, {'biases': (128,), 'weights': (128, 128)}, {'biases': (1,), 'weights': (128, 1)}]",
    "list(range(40))",
    "[list(range(10)), list(range(30)), (1,)]",
    "{'a': list(range(30)), 'b': 'x' * 70, 'c': (1,)}",
    "(list(range(30)),)",
    "[[1, 2, 3], [1, 2], [1, 2, 3, 4]]",
]


def main():
    cases = [{"code": code, "expected": pretty(eval(code))} for code in CASES]
    while len(cases) < 80:
        value = tree(4)
        text = repr(value)
        if len(text) < 60 or len(text) > 600:
            continue
        cases.append({"code": text, "expected": pretty(value)})
    path = os.path.join("src", "test", "resources", "playground", "notebook_display.json")
    with open(path, "w") as file:
        json.dump(cases, file, indent=1)
        file.write("\n")
    print(path, len(cases), "cases")


if __name__ == "__main__":
    main()
