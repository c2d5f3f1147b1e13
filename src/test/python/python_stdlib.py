"""Generates CPython's answers for PythonStdlibTableTest: generators (yield, yield from, send/close, lazy generator
expressions) and the standard-library modules tutorials use (itertools, operator, collections, random).

Each cell runs in a fresh namespace as a notebook cell would (the same runner as python_language.py); the fixture
keeps what it prints and, when it raises, the exception's type, message and the cell line it surfaced on.
Run from the repository root with CPython 3.11:
    python3 src/test/python/python_stdlib.py > src/test/resources/io/tastelab/playground/interp/python_stdlib.json
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from python_language import run  # noqa: E402 - the shared cell runner

GENERATORS = [
    "def gen():\n    yield 1\n    yield 2\ng = gen()\nprint(next(g), next(g))\nnext(g)",
    "def gen():\n    print('started')\n    yield 1\ng = gen()\nprint('created')\nprint(next(g))",
    "def countdown(n):\n    while n > 0:\n        yield n\n        n -= 1\nprint(list(countdown(5)), sum(countdown(4)))\nfor x in countdown(3):\n    print(x)",
    "def naturals():\n    i = 0\n    while True:\n        yield i\n        i += 1\ng = naturals()\nprint([next(g) for _ in range(5)])\nfor n in naturals():\n    if n > 3:\n        break\nprint(n)",
    "def fib():\n    a, b = 0, 1\n    while True:\n        yield a\n        a, b = b, a + b\nf = fib()\nprint([next(f) for _ in range(10)])\nprint(list(zip(range(3), fib())))",
    "def gen():\n    yield 1\n    return 'done'\ng = gen()\nnext(g)\ntry:\n    next(g)\nexcept StopIteration as e:\n    print('stop', e.value, repr(e))\ntry:\n    next(g)\nexcept StopIteration as e:\n    print('again', e.value)",
    "def gen():\n    return 5\n    yield\nprint(list(gen()))\nnext(gen())",
    "def gen():\n    x = yield 1\n    print('got', x)\n    y = yield x * 2\n    print('got', y)\ng = gen()\nprint(next(g))\nprint(g.send(10))\ntry:\n    g.send(20)\nexcept StopIteration:\n    print('finished')",
    "def gen():\n    yield 1\ngen().send(5)",
    "def inner():\n    yield 1\n    yield 2\n    return 'r'\ndef outer():\n    result = yield from inner()\n    print('inner returned', result)\n    yield from range(3, 5)\n    yield from 'ab'\nprint(list(outer()))",
    "def gen():\n    try:\n        yield 1\n        yield 2\n    finally:\n        print('cleanup')\ng = gen()\nprint(next(g))\ng.close()\nprint('closed')\nprint(list(g))",
    "def gen():\n    try:\n        yield 1\n    except GeneratorExit:\n        print('exit')\n        raise\ng = gen()\nnext(g)\ng.close()\ng.close()",
    "def gen():\n    try:\n        yield 1\n    except ValueError as e:\n        print('caught', e)\n        yield 99\ng = gen()\nnext(g)\nprint(g.throw(ValueError('bad')))",
    "def gen():\n    yield 1\ng = gen()\nnext(g)\ng.throw(KeyError('k'))",
    "def gen():\n    yield 1\n    raise ValueError('inside')\ng = gen()\nprint(next(g))\nnext(g)",
    "def gen():\n    yield 1\n    raise StopIteration\nlist(gen())",
    "def gen():\n    yield 1\n    1 / 0\nfor x in gen():\n    print(x)",
    "def gen():\n    yield next(g)\ng = gen()\nnext(g)",
    "def gen():\n    yield 1\ng = gen()\nprint(iter(g) is g, type(g).__name__, repr(g).startswith('<generator object gen at 0x'))",
    "class C:\n    def items(self):\n        yield from [1, 2]\nprint(repr(C().items()).startswith('<generator object C.items at 0x'), list(C().items()))",
    "def pairs(xs):\n    for i, x in enumerate(xs):\n        for y in xs[i + 1:]:\n            yield x, y\nprint(list(pairs([1, 2, 3])))\nprint(dict(pairs('ab')))",
    "def squares(n):\n    for i in range(n):\n        yield i * i\nprint(max(squares(5)), sorted(squares(4), reverse=True), list(enumerate(squares(3))), tuple(squares(2)), set(squares(3)))\na, b, c = squares(3)\nprint(a, b, c, *squares(2))",
    "def gen():\n    yield\n    yield None\nprint(list(gen()))",
    "def gen():\n    total = 0\n    while True:\n        x = yield total\n        if x is None:\n            return total\n        total += x\ng = gen()\nnext(g)\nfor v in [1, 2, 3]:\n    print(g.send(v))\ntry:\n    g.send(None)\nexcept StopIteration as e:\n    print('total', e.value)",
    "def gen():\n    yield 1\ng = gen()\nlen(g)",
    "def gen():\n    yield 1\ng = gen()\ng[0]",
    "def chunks(xs, n):\n    for i in range(0, len(xs), n):\n        yield xs[i:i + n]\nprint(list(chunks(list(range(7)), 3)))",
    "def gen(n):\n    if n:\n        yield n\n        yield from gen(n - 1)\nprint(list(gen(5)))",
    "def tree(d):\n    for k, v in d.items():\n        if isinstance(v, dict):\n            yield from tree(v)\n        else:\n            yield k, v\nprint(list(tree({'a': 1, 'b': {'c': 2, 'd': {'e': 3}}})))",
    "def lines():\n    yield 'a'\n    yield 'b'\nprint('-'.join(lines()), any(x == 'b' for x in lines()), all(lines()))",
    "yield 1",
    "def f():\n    x = [(yield i) for i in range(3)]",
    "def gen():\n    yield 1, 2\n    yield (3, 4)\nprint(list(gen()))",
    "def gen():\n    for i in range(3):\n        yield i\nprint(list(map(lambda x: x * 10, gen())), list(filter(None, gen())))",
    # ---- generator expressions are lazy
    "def count():\n    i = 0\n    while True:\n        yield i\n        i += 1\nprint(next(x for x in count() if x > 5))",
    "g = (x * x for x in range(10**12))\nprint(next(g), next(g), next(g))",
    "g = (1 / x for x in [1, 0])\nprint(next(g))\nnext(g)",
    "g = (x for x in [1, 2])\nprint(next(g), next(g))\nprint(next(g, 'end'))\nnext(g)",
    "xs = [1, 2]\ng = (x * 10 for x in xs)\nxs.append(3)\nprint(list(g))",
    "g = (i * j for i in range(1, 4) for j in range(i) if j % 2 == 0)\nprint(list(g))",
    "def gen():\n    print('run')\n    yield 1\ng = (y for y in gen())\nprint('made')\nprint(list(g))",
    "g = (x for x in range(3))\nprint(repr(g).startswith('<generator object <genexpr> at 0x'), iter(g) is g)",
]

CELLS = GENERATORS

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), "the fixtures follow CPython 3.11"
    json.dump({"generator": "src/test/python/python_stdlib.py", "python": sys.version.split()[0],
               "cells": [run(cell) for cell in CELLS]}, sys.stdout, indent=1, ensure_ascii=False)
    print()
