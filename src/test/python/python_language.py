"""Generates CPython's answers for PythonLanguageTableTest: loops, comprehensions, unpacking, *args/**kwargs,
global, math, sys, the iteration builtins and complex numbers.

Each cell runs in a fresh namespace as a notebook cell would; the fixture keeps what it prints and, when it
raises, the exception's type, message and the cell line it surfaced on (for a SyntaxError, line and column).
Run from the repository root with CPython 3.11:
    python3 src/test/python/python_language.py > src/test/resources/io/tastelab/playground/interp/python_language.json
"""
import contextlib
import io
import json
import sys
import traceback

CELLS = [
    # ---- for loops
    "for i in range(3):\n    print(i)",
    "for i in range(10, 0, -3):\n    print(i, end=' ')\nprint()",
    "for x in [1, 'a', None, 2.5]:\n    print(x)",
    "for x in (1, 2):\n    print(x * 2)",
    "for ch in 'héllo':\n    print(ch, end='|')",
    "for k in {'a': 1, 'b': 2}:\n    print(k)",
    "d = {'x': 1, 'y': 2}\nfor k, v in d.items():\n    print(k, v)\nprint(list(d.keys()), list(d.values()))",
    "for i, (a, b) in enumerate([(1, 2), (3, 4)]):\n    print(i, a, b)",
    "for a, *rest in [(1, 2, 3), (4, 5)]:\n    print(a, rest)",
    "for i in range(10):\n    if i == 3:\n        break\n    print(i)\nelse:\n    print('no break')",
    "for i in range(3):\n    pass\nelse:\n    print('done', i)",
    "for i in range(6):\n    if i % 2:\n        continue\n    print(i)",
    "for i in range(3):\n    for j in range(3):\n        if j > i:\n            break\n        print(i, j)",
    "total = 0\nfor i in range(1, 101):\n    total += i\nprint(total)",
    "xs = []\nfor i in range(5):\n    xs.append(i * i)\nprint(xs)",
    "for i in []:\n    print('never')\nelse:\n    print('empty else')",
    "i = 'before'\nfor i in range(2):\n    pass\nprint(i)",
    "for i in range(10**12):\n    if i > 2:\n        break\nprint(i)",
    "lst = [1, 2, 3]\nfor x in lst:\n    if len(lst) < 6:\n        lst.append(x * 10)\nprint(lst)",
    "for x in 5:\n    print(x)",
    "for x in None:\n    pass",
    "def f():\n    for i in range(5):\n        if i == 2:\n            return i\n    return -1\nprint(f())",
    "def f(n):\n    out = []\n    for i in range(n):\n        for j in range(i):\n            if (i + j) % 3 == 0:\n                continue\n            out.append((i, j))\n    return out\nprint(f(4))",
    "d = {'a': 1}\nfor k in d:\n    d['b'] = 2",
    # ---- while
    "n = 0\nwhile n < 5:\n    n += 1\nprint(n)",
    "n = 10\nwhile n > 0:\n    n -= 3\n    if n == 4:\n        break\nelse:\n    print('else')\nprint(n)",
    "n = 0\nwhile n < 3:\n    n += 1\nelse:\n    print('finished', n)",
    "n = 0\nwhile True:\n    n += 1\n    if n % 2:\n        continue\n    if n > 6:\n        break\nprint(n)",
    "a, b = 0, 1\nwhile b < 100:\n    a, b = b, a + b\nprint(a, b)",
    # ---- comprehensions and generators
    "print([x**2 for x in range(5)])",
    "print([x for x in range(10) if x % 3 == 0])",
    "print([(i, j) for i in range(3) for j in range(i)])",
    "print([[i * j for j in range(3)] for i in range(3)])",
    "print([x if x > 2 else -x for x in range(5)])",
    "print([x for x in range(20) if x % 2 if x % 3])",
    "print({x: x * x for x in range(4)})",
    "print({k: v for k, v in zip('abc', [1, 2, 3]) if v != 2})",
    "print(sorted({x % 4 for x in range(10)}))",
    "print(sum(x * x for x in range(10)))",
    "g = (x + 1 for x in range(3))\nprint(list(g))\nprint(list(g))",
    "print(max(len(w) for w in ['a', 'abc', 'ab']))",
    "x = 'outer'\nys = [x for x in range(3)]\nprint(x, ys)",
    "n = 3\nprint([n * i for i in range(n)])",
    "def f(k):\n    return [k + i for i in range(3)]\nprint(f(10))",
    "print([c.upper() for c in 'abc'])",
    "print([a + b for a, b in [(1, 2), (3, 4)]])",
    "print([y for x in [[1, 2], [3]] for y in x])",
    "print(len([1 for _ in range(1000)]))",
    "print([1 / x for x in [1, 0]])",
    "print([undefined_name for x in range(2)])",
    "print(list(x for x in 3))",
    # ---- starred unpacking
    "a, *b = [1, 2, 3]\nprint(a, b)",
    "*a, b = [1, 2, 3]\nprint(a, b)",
    "a, *b, c = range(5)\nprint(a, b, c)",
    "a, *b, c = [1, 2]\nprint(a, b, c)",
    "a, *b, c = [1]",
    "first, *_ = 'hello'\nprint(first, _)",
    "[a, *b] = (1, 2, 3)\nprint(a, b)",
    "print([*range(3), *'ab'])",
    "t = (*[1, 2], 3)\nprint(t)",
    "print({*[1, 2], 3})",
    "a, b = [1, 2, 3]",
    "a, b, c = [1, 2]",
    "a, b = 1",
    "a, b = iter([1, 2])\nprint(a, b)",
    "x, y = zip([1, 2], [3, 4])\nprint(x, y)",
    # ---- *args / **kwargs
    "def f(*args):\n    return args\nprint(f(), f(1), f(1, 2))",
    "def f(a, *args, **kwargs):\n    return a, args, kwargs\nprint(f(1, 2, 3, x=4, y=5))",
    "def f(**kw):\n    return sorted(kw.items())\nprint(f(b=2, a=1))",
    "def f(a, b, c):\n    return a + b * c\nargs = [1, 2, 3]\nprint(f(*args))\nprint(f(*[1], **{'b': 2, 'c': 3}))",
    "def f(a, *, b=2, c):\n    return a, b, c\nprint(f(1, c=3))",
    "def f(a, *, c):\n    return a\nf(1)",
    "def f(a, *, c):\n    return a\nf(1, 2)",
    "def f(a, b=1, *args):\n    return a, b, args\nprint(f(1), f(1, 2, 3, 4))",
    "def f(a):\n    return a\nf(1, **{'a': 2})",
    "def f(a):\n    return a\nf(**{'b': 2})",
    "def f(**kw):\n    return kw\nprint(f(**{'a': 1}, b=2))",
    "print(*[1, 2, 3], sep='-')",
    "print(*'abc')",
    "def f(*args, sep=', '):\n    return sep.join(str(a) for a in args)\nprint(f(1, 2, 3), f(4, sep='+'))",
    "print(max(*[3, 1, 2]))",
    "f = lambda *xs: sum(xs)\nprint(f(1, 2, 3))",
    "f = lambda **kw: kw\nprint(f(a=1))",
    "def f(a, b):\n    return a - b\nprint(f(*(5,), *(3,)))",
    "print(*5)",
    # ---- global
    "count = 0\ndef bump():\n    global count\n    count += 1\nbump()\nbump()\nprint(count)",
    "def setup():\n    global fresh\n    fresh = 'made'\nsetup()\nprint(fresh)",
    "x = 1\ndef f():\n    x = 2\n    return x\nprint(f(), x)",
    "x = 1\ndef f():\n    print(x)\n    x = 2\nf()",
    "global y\ny = 3\nprint(y)",
    "total = 0\ndef add_all(xs):\n    global total\n    for x in xs:\n        total += x\nadd_all([1, 2, 3])\nprint(total)",
    # ---- builtins
    "print(list(zip([1, 2, 3], 'ab')))",
    "print(list(zip()))",
    "print(list(zip([1, 2], [3, 4], [5, 6])))",
    "print(list(zip([1, 2], [3], strict=True)))",
    "print(list(enumerate('abc')))",
    "print(list(enumerate(['x', 'y'], start=1)))",
    "print(list(enumerate(range(3), 10)))",
    "z = zip([1], [2])\nprint(len(z))",
    "e = enumerate([1])\nprint(next(e), next(e, 'done'))",
    "it = iter([1, 2])\nprint(next(it), next(it))\nnext(it)",
    "print(sorted([3, 1, 2]), sorted('bca'), sorted([3, 1, 2], reverse=True))",
    "print(sorted(['bb', 'a', 'ccc', 'dd'], key=len))",
    "print(sorted(['bb', 'a', 'ccc', 'dd'], key=len, reverse=True))",
    "print(sorted({'b': 1, 'a': 2}))",
    "print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]))",
    "print(sorted([1, 'a']))",
    "print(sorted([3, 1], [1]))",
    "xs = [3, 1, 2]\nxs.sort()\nprint(xs)\nxs.sort(key=lambda v: -v)\nprint(xs)",
    "print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), tuple(reversed((1, 2))))",
    "print(reversed(zip([1], [2])))",
    "print(any([0, 0, 1]), any([]), all([1, 2]), all([]), all([1, 0]))",
    "print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))",
    "print(list(map(abs, [-1, 2, -3])))",
    "print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))",
    "print(list(map(str, range(3))))",
    "print(list(filter(lambda v: v % 2, range(7))))",
    "print(list(filter(None, [0, 1, '', 'a', None, [], [0]])))",
    "m = map(lambda v: v * 2, [1, 2])\nprint(list(m), list(m))",
    "print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance('a', str))",
    "print(isinstance(1.5, (int, float)), isinstance([], (tuple, dict)), isinstance({}, dict), isinstance({1}, set))",
    "print(isinstance(1j, complex), isinstance(None, int), isinstance((1,), tuple))",
    "print(isinstance(1, 2))",
    "s = slice(1, 5, 2)\nprint(s, s.start, s.stop, s.step)\nprint([0, 1, 2, 3, 4, 5][s])",
    "print(slice(3), 'abcdef'[slice(1, None)], [1, 2, 3][slice(None, None, -1)])",
    "print(Ellipsis, Ellipsis is ..., type(Ellipsis).__name__ if False else 'ok')",
    "print(min([3, 1, 2]), max(3, 1, 2), min('bca'), max([1, 5, 3], key=lambda v: -v))",
    "print(min([], default=0), max((x for x in []), default='none'))",
    "print(min([]))",
    "print(sum([1, 2, 3]), sum(range(5), 10), sum([0.1] * 10))",
    "print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-2, 3, 7))",
    "print(dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, z=0))",
    "print(dict([1, 2]))",
    "print(set([3, 1, 3]) == {1, 3}, len(set('hello')), set())",
    "print(type([]), type({}), type(set()), type(1j), type(zip([], [])))",
    "print(list(range(3)), tuple('ab'), list({'a': 1}), list(zip('ab', 'cd')))",
    # ---- del, getattr, hasattr
    "x = 1\ndel x\nprint(x)",
    "xs = [0, 1, 2, 3, 4]\ndel xs[0]\ndel xs[::2]\nprint(xs)",
    "d = {'a': 1, 'b': 2}\ndel d['a']\nprint(d)\ndel d['z']",
    "a, b = 1, 2\ndel a, b\nprint('gone')",
    "t = (1, 2)\ndel t[0]",
    "del 1",
    "def f():\n    x = 1\n    del x\n    return x\nf()",
    "print(hasattr([], 'append'), hasattr(1, 'nope'), getattr([1], 'pop')(), getattr(1, 'x', 'dflt'))",
    "getattr(1, 'x')",
    "print(callable(len), callable(1), callable(lambda: 0))",
    # ---- dicts and sets
    "d = {'a': 1, 'b': 2}\nd['c'] = 3\nprint(d, len(d), d['b'])",
    "d = {}\nprint(d['missing'])",
    "d = {1: 'int', 1.0: 'float', True: 'bool'}\nprint(d)",
    "d = {(1, 2): 'pair'}\nprint(d[(1, 2)], (1, 2) in d, [1] in [[1]])",
    "d = {[1]: 2}",
    "d = {'a': 1}\nprint(d.get('a'), d.get('b'), d.get('b', 5), d.pop('a'), d)",
    "d = {'a': 1}\nd.update({'b': 2}, )\nd.update([('c', 3)])\nprint(d)",
    "d = {'a': 1}\nprint(d.setdefault('a', 5), d.setdefault('b', 7), d)",
    "print({'a': 1} == {'a': 1}, {'a': 1} == {'a': 2}, {'a': 1} | {'b': 2})",
    "d = {'a': [1, 2]}\nd['a'].append(3)\nprint(d, d.copy())",
    "print({'b': 1, 'a': 2}.items(), {'x': 1}.keys(), {'x': 1}.values())",
    "counts = {}\nfor w in 'the cat the hat the'.split():\n    counts[w] = counts.get(w, 0) + 1\nprint(counts)",
    "s = {1, 2}\ns.add(3)\ns.add(2)\nprint(len(s), 3 in s, 4 in s)",
    "print({1, 2} | {2, 3} == {1, 2, 3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} <= {1, 2, 3})",
    "s = {1}\ns.remove(2)",
    # ---- math
    "import math\nprint(math.pi, math.e, math.tau, math.inf, math.nan)",
    "import math\nprint(math.sqrt(16), math.sqrt(2), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(8))",
    "import math\nprint(math.sin(0), math.cos(0), math.tan(0.5), math.atan2(1, 1), math.hypot(3, 4))",
    "import math\nprint(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.trunc(-2.7), math.floor(5))",
    "import math\nprint(math.factorial(10), math.gcd(12, 18), math.comb(5, 2), math.perm(5, 2), math.isqrt(17))",
    "import math\nprint(math.isclose(0.1 + 0.2, 0.3), math.isnan(float('nan')), math.isinf(math.inf), math.isfinite(1.0))",
    "import math\nprint(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))",
    "import math\nprint(math.fabs(-2), math.copysign(1, -0.0), math.fmod(7, 3), math.degrees(math.pi), math.radians(180))",
    "import math\nprint(math.tanh(0.5), math.sinh(1), math.cosh(1), math.asin(1), math.acos(0), math.atan(1))",
    "import math\nprint(math.exp(2.5), math.log(10), math.log1p(1e-10), math.expm1(1e-10), math.pow(2, 0.5))",
    "import math\nmath.sqrt(-1)",
    "import math\nmath.log(0)",
    "import math\nmath.exp(1000)",
    "import math\nmath.sqrt('x')",
    "import math\nmath.factorial(-1)",
    "from math import pi, sqrt\nprint(pi, sqrt(9))",
    "import math as m\nprint(m.floor(3.5))",
    "import math\nprint(math.nosuch)",
    # ---- sys
    "import sys\nprint(sys.float_info.epsilon, sys.float_info.max, sys.float_info.min, sys.float_info.dig)",
    "import sys\nprint(sys.maxsize, sys.maxsize == 2**63 - 1)",
    "import sys\nprint(sys.version_info >= (3, 8), sys.version_info[0], sys.version_info.major)",
    "import sys\nprint(sys.float_info)",
    # ---- complex
    "print(1j, 2j * 2, 1 + 2j, (1+2j) * (3-1j), 1j * 1j)",
    "print((1+2j) / (3-4j), 1 / 1j, (2+0j) / 2, -1j, -(1+1j))",
    "print(abs(3+4j), (1+2j).real, (1+2j).imag, (1+2j).conjugate())",
    "print((1+2j) ** 2, (1+1j) ** -1, 2 ** 1j, 1j ** 0.5, (1+2j) ** 2.0)",
    "print((-8) ** 0.5, (-1) ** 0.5, (-2.0) ** 1.5)",
    "print(complex(1, 2), complex(3), complex(), complex('1+2j'), complex('-3j'))",
    "print(1j == 1j, 1 + 0j == 1, 1.5j != 1.5, 0j, bool(0j), bool(1j))",
    "print(1e300j * 1e300j, 0.1j + 0.2j, 1.5e-7j, 123456789012345678j)",
    "print(str(1+2j), repr(-0.0 + 1j), f'{2j}', [1j, 2+3j])",
    "print(1j < 2j)",
    "print(1 / 0j)",
    "print(1j // 2)",
    "print(0j ** -1)",
    # ---- syntax errors
    "for x in range(3)\n    print(x)",
    "for 1 in range(3):\n    pass",
    "break",
    "def f():\n    continue",
    "for i in range(2):\n    def f():\n        break",
    "while True\n    pass",
    "*a = [1, 2]",
    "a, *b, *c = [1, 2, 3]",
    "print(*a for a in [1])",
    "f(x for x in y, 1)",
    "x = *[1, 2]",
    "def f(*, ):\n    pass",
    "def f(**kw, a):\n    pass",
    "[x for x in]",
    "for x in range(3):\nprint(x)",
    "x = 3jx",
]


def run(cell):
    out = io.StringIO()
    entry = {"cell": cell}
    try:
        code = compile(cell, "<cell>", "exec")
    except SyntaxError as error:
        entry.update(stdout="", error=type(error).__name__, message=error.msg, line=error.lineno,
                     column=error.offset)
        return entry
    namespace = {"__name__": "__main__"}
    try:
        with contextlib.redirect_stdout(out):
            exec(code, namespace)
    except Exception as error:  # noqa: BLE001 - the cell's outcome is what we record
        frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == "<cell>"]
        entry.update(error=type(error).__name__, message=str(error) if not isinstance(error, KeyError)
                     else repr(error.args[0]), line=frames[0].lineno if frames else 0)
    entry["stdout"] = out.getvalue()
    return entry


if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), "the fixtures follow CPython 3.11"
    json.dump({"generator": "src/test/python/python_language.py", "python": sys.version.split()[0],
               "cells": [run(cell) for cell in CELLS]}, sys.stdout, indent=1, ensure_ascii=False)
    print()
