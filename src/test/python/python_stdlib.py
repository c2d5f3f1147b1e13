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

ITERTOOLS = [
    "import itertools\nprint(next(x for x in itertools.count() if x > 5))",
    "from itertools import count\nc = count(5)\nprint(next(c), next(c), c)\nprint(list(zip(count(1, 2), 'abc')), list(zip(count(0.5, 0.25), range(3))))\nprint(count(0, 2), count(1.5))",
    "from itertools import count\ncount('a')",
    "from itertools import repeat\nprint(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -2)), repeat(2, 3), repeat('a'))\nprint(list(map(pow, range(4), repeat(2))))\nr = repeat(7, 2)\nnext(r)\nprint(r)",
    "from itertools import cycle\nc = cycle('ab')\nprint([next(c) for _ in range(5)], list(cycle([])))",
    "from itertools import islice, count\nprint(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))\nprint(list(islice(count(), 10**12, 10**12 + 2)) if False else list(islice(count(), 3, 10, 3)), list(islice(range(5), None)))",
    "from itertools import islice\nislice('abc', -1)",
    "from itertools import islice\nislice('abc', 0, 3, 0)",
    "from itertools import islice\nislice('abc', 'x', 2)",
    "from itertools import islice\nislice('abc')",
    "import itertools\nprint(list(itertools.chain('ab', [1, 2], (3,))), list(itertools.chain()), list(itertools.chain.from_iterable(['ab', 'cd'])))\nprint(list(itertools.chain.from_iterable([x] * x for x in range(4))))",
    "import itertools\nlist(itertools.chain([1], 2))",
    "from itertools import product\nprint(list(product('ab', range(2))), list(product([0, 1], repeat=2)))\nprint(list(product('ab', 'cd', repeat=2))[:3], len(list(product(range(3), repeat=3))), list(product()), list(product([], [1])))",
    "from itertools import product\nproduct([1], repeat=-1)",
    "from itertools import product\nproduct([1], times=2)",
    "from itertools import permutations\nprint(list(permutations('ABC', 2)), list(permutations(range(3))))\nprint(list(permutations([1, 2], 3)), list(permutations([], 0)), len(list(permutations(range(5)))))",
    "from itertools import permutations\npermutations([1], -1)",
    "from itertools import combinations, combinations_with_replacement\nprint(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations([1], 2)), list(combinations([], 0)))\nprint(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement([], 1)), list(combinations_with_replacement([], 0)))",
    "from itertools import combinations\ncombinations([1, 2])",
    "from itertools import accumulate\nprint(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(accumulate([3, 1, 4, 1, 5], max)))\nprint(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=5)), list(accumulate([])), list(accumulate('abc')))\nprint(list(accumulate([1, 2, 3], lambda a, b: a * 10 + b)), list(accumulate([0.1] * 3)))",
    "from itertools import zip_longest\nprint(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest([1, 2], [3])), list(zip_longest()))",
    "from itertools import zip_longest\nzip_longest([1], fill=0)",
    "from itertools import groupby\nprint([k for k, g in groupby('AAAABBBCCDAABBB')], [list(g) for k, g in groupby('AAAABBBCCD')])\nprint([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3])])\nfor key, group in groupby(sorted(['apple', 'avocado', 'banana', 'cherry', 'blueberry']), key=lambda w: w[0]):\n    print(key, list(group))",
    "from itertools import groupby\ngroups = groupby('aabbc')\nk1, g1 = next(groups)\nk2, g2 = next(groups)\nprint(k1, list(g1), k2, list(g2), [(k, list(g)) for k, g in groups], list(groupby([])))",
    "from itertools import starmap, takewhile, dropwhile, filterfalse, compress\nprint(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda a, b: a + b, ['ab', 'cd'])))\nprint(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))\nprint(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])), list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))",
    "from itertools import starmap\nlist(starmap(pow, [1, 2]))",
    "from itertools import takewhile, count\nprint(list(takewhile(lambda n: n * n < 50, count(1))))",
    "from itertools import pairwise\nprint(list(pairwise('ABCD')), list(pairwise([1])), list(pairwise([])))\nprint([b - a for a, b in pairwise([1, 4, 9, 16])])",
    "from itertools import tee\na, b = tee(iter([1, 2, 3]))\nprint(next(a), next(a), list(b), list(a))\nprint(len(tee('ab', 3)), [list(t) for t in tee('xy', 2)])",
    "import itertools\nit = itertools.chain('a')\nit[0]",
    "import itertools\nlen(itertools.count())",
    "import itertools\nprint(type(itertools.count()).__name__, repr(itertools.chain('a')).startswith('<itertools.chain object at 0x'))",
    "import itertools\nprint(sum(itertools.islice(itertools.count(1), 100)), max(itertools.islice(itertools.cycle([3, 9, 2]), 10)))",
    "from itertools import count\nfor i in count():\n    if i * i > 30:\n        break\nprint(i)",
    "import itertools\ndef windows(xs, n):\n    its = itertools.tee(xs, n)\n    for i, it in enumerate(its):\n        for _ in range(i):\n            next(it, None)\n    return zip(*its)\nprint(list(windows([1, 2, 3, 4, 5], 3)))",
    "import itertools\nprint(list(itertools.islice(itertools.permutations(range(10)), 2)), next(itertools.combinations(range(10**4), 3)))",
]

CELLS = GENERATORS + ITERTOOLS

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), "the fixtures follow CPython 3.11"
    json.dump({"generator": "src/test/python/python_stdlib.py", "python": sys.version.split()[0],
               "cells": [run(cell) for cell in CELLS]}, sys.stdout, indent=1, ensure_ascii=False)
    print()
