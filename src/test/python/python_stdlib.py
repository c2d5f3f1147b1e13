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

OPERATOR_AND_COLLECTIONS = [
    "import operator\nprint(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 2), operator.truediv(1, 4), operator.neg(5), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))\nprint(operator.eq(1, 1.0), operator.lt('a', 'b'), operator.not_([]), operator.truth(3), operator.getitem([1, 2], -1), operator.contains('abc', 'b'), operator.is_(None, None))",
    "import operator\nfrom functools import reduce\nprint(reduce(operator.mul, range(1, 6)), reduce(operator.add, ['a', 'b', 'c']), operator.add)",
    "import operator\nfrom itertools import accumulate\nprint(list(accumulate([1, 2, 3, 4], operator.mul)), list(map(operator.sub, [5, 6], [1, 2])))",
    "import operator\noperator.add(1)",
    "import operator\noperator.add(1, 'a')",
    "import operator\noperator.neg('x')",
    "from operator import itemgetter, attrgetter, methodcaller\npairs = [(1, 'b'), (3, 'a'), (2, 'c')]\nprint(sorted(pairs, key=itemgetter(1)), itemgetter(0, 2)('abc'), itemgetter(1)(pairs), itemgetter('k')({'k': 9}))\nprint(itemgetter(1), itemgetter(0, 'x'), methodcaller('split', ','), methodcaller('replace', 'a', b='c'), attrgetter('real', 'imag'))",
    "from operator import itemgetter\nitemgetter(5)([1])",
    "from operator import attrgetter, methodcaller\nclass P:\n    def __init__(self, name, inner=None):\n        self.name = name\n        self.inner = inner\nps = [P('b'), P('a', P('z'))]\nprint([p.name for p in sorted(ps, key=attrgetter('name'))], attrgetter('inner.name')(ps[1]), attrgetter('name', 'inner')(ps[0]))\nprint(methodcaller('upper')('abc'), list(map(methodcaller('replace', 'x', ''), ['xax', 'b'])))\nattrgetter('missing')(ps[0])",
    "from collections import defaultdict\nd = defaultdict(int)\nfor w in 'the cat the hat the'.split():\n    d[w] += 1\nprint(d, d['the'], d.get('dog'), 'dog' in d, d['dog'], len(d))\nprint(dict(d), isinstance(d, dict), type(d).__name__, d.default_factory)",
    "from collections import defaultdict\ng = defaultdict(list)\nfor k, v in [('a', 1), ('b', 2), ('a', 3)]:\n    g[k].append(v)\nprint(g, sorted(g.items()), list(g.keys()))\ns = defaultdict(set)\ns['x'].add(1)\nprint(s, defaultdict(lambda: 'n/a', {'a': 1})['b'])",
    "from collections import defaultdict\nd = defaultdict(None, a=1)\nprint(d)\nd['b']",
    "from collections import defaultdict\ndefaultdict(1)",
    "from collections import defaultdict\nd = defaultdict(int, {'x': 1})\nc = d.copy()\nc['y'] += 1\nprint(d, c, type(c).__name__)\nd.missing",
    "from collections import Counter\nc = Counter('abracadabra')\nprint(c, c['a'], c['z'], 'z' in c, len(c))\nprint(c.most_common(2), c.most_common(), c.most_common(0), sorted(c.elements()), c.total())",
    "from collections import Counter\nc = Counter(['red', 'blue', 'red', 'green', 'blue', 'blue'])\nc.update(['red', 'red'])\nc.update({'green': 5})\nprint(c)\nc.subtract(['blue'] * 4)\nprint(c, +c if False else Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))\nprint(Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2), Counter(), Counter(x=2, y=5))",
    "from collections import Counter\nwords = 'the quick brown fox jumps over the lazy dog the end'.split()\nfor word, n in Counter(words).most_common(3):\n    print(word, n)\nprint(dict(Counter(words)) == {w: words.count(w) for w in set(words)}, isinstance(Counter(), dict))",
    "from collections import Counter\nCounter('ab') + {'a': 1}",
    "from collections import Counter\nc = Counter(a=2)\nc['b'] += 3\ndel c['a']\nprint(c, list(c), c.get('a'))",
    "from collections import OrderedDict\nd = OrderedDict()\nd['b'] = 1\nd['a'] = 2\nd['c'] = 3\nprint(d, list(d))\nd.move_to_end('b')\nprint(d)\nd.move_to_end('c', last=False)\nprint(d, d.popitem(), d.popitem(last=False), d, OrderedDict(), OrderedDict([('x', 1)]) == {'x': 1})",
    "from collections import OrderedDict\nOrderedDict().popitem()",
    "from collections import OrderedDict\nOrderedDict(a=1).move_to_end('z')",
    "from collections import deque\nd = deque([1, 2, 3])\nd.append(4)\nd.appendleft(0)\nprint(d, d.pop(), d.popleft(), d, len(d), d[0], d[-1], 2 in d, list(d))\nd.extend([7, 8])\nd.extendleft('ab')\nprint(d)\nd.rotate(2)\nprint(d)\nd.rotate(-3)\nprint(d, d.maxlen)",
    "from collections import deque\nlast = deque(maxlen=3)\nfor i in range(6):\n    last.append(i)\n    print(last)\nlast.appendleft(-1)\nprint(last, last.maxlen, deque('ab', 1), deque([], maxlen=0))",
    "from collections import deque\ndeque().pop()",
    "from collections import deque\ndeque([1]).popleft()\ndeque().popleft()",
    "from collections import deque\nd = deque([1, 2])\nd[5]",
    "from collections import deque\nd = deque([1, 2, 3])\nd[1] = 9\ndel d[0]\nprint(d, d == deque([9, 3]), d != deque([3, 9]), d.count(9), bool(deque()), deque(range(3)), list(reversed(deque([1, 2]))) if False else d.copy())\nd.remove(5)",
    "from collections import deque\ndeque([1], maxlen=-1)",
    "from collections import deque\nqueue = deque(['a'])\nseen = []\nwhile queue:\n    node = queue.popleft()\n    seen.append(node)\n    if len(seen) < 4:\n        queue.extend([node + 'x', node + 'y'])\nprint(seen, queue)",
    "import collections\nprint(collections.Counter, collections.deque, collections.defaultdict, collections.OrderedDict)",
]

RANDOM_SEEDS = ["0", "1", "42", "123", "2024", "2**32 - 1", "2**32", "2**40 + 5", "-7", "12345678901234567890",
                "2**200 + 3", "'hello'", "''", "b'bytes'", "1.5", "0.1", "-2.75", "1e300", "True"]


def random_cell(seed):
    return ("import random\nrandom.seed(" + seed + ")\n"
            "print([random.random() for _ in range(3)])\n"
            "print([random.randint(1, 6) for _ in range(8)], random.randrange(10), random.randrange(0, 100, 7), "
            "random.randrange(10**30), random.randrange(50, 10, -3), random.getrandbits(70), random.getrandbits(5))\n"
            "xs = list(range(20))\nrandom.shuffle(xs)\n"
            "print(xs, random.choice('abcdef'), random.choice(range(1000)), random.sample(range(100), 5), "
            "random.sample(['a', 'b', 'c', 'd'], 4), random.sample(range(10**6), 8))\n"
            "print(random.choices(['x', 'y', 'z'], k=6), random.choices(range(4), weights=[1, 0, 3, 6], k=5), "
            "random.choices('ab', cum_weights=[0.3, 1.0], k=4))\n"
            "print(random.uniform(-1, 1), [random.gauss(0, 1) for _ in range(5)], random.gauss(10, 2.5), "
            "random.normalvariate(), random.expovariate(2))")


RANDOM = [random_cell(seed) for seed in RANDOM_SEEDS] + [
    "import random\nrandom.seed(7)\na = [random.random() for _ in range(3)]\nrandom.seed(7)\nb = [random.random() for _ in range(3)]\nprint(a == b)\nrng = random.Random(7)\nprint([rng.random() for _ in range(3)] == a, rng.randint(1, 10), random.Random(99).sample(range(40), 6))",
    "import random\nrandom.seed(3)\nprint(random.gauss())\nrandom.seed(3)\nprint(random.gauss(), random.gauss(), random.gauss())",
    "import random\nrandom.seed(5)\ndeck = [r + s for r in 'A23456789TJQK' for s in 'shdc']\nrandom.shuffle(deck)\nprint(deck[:13], random.sample(deck, 5), random.sample(deck, k=3, counts=None))\nprint(random.sample(['red', 'blue'], counts=[4, 2], k=5), random.sample(range(3000), 100)[-5:])",
    "import random\nrandom.choice([])",
    "import random\nrandom.randint(5, 1)",
    "import random\nrandom.randrange(0)",
    "import random\nrandom.randrange(1, 10, 0)",
    "import random\nrandom.randrange(10, 1)",
    "import random\nrandom.randrange(1.5)",
    "import random\nrandom.sample({1, 2, 3}, 2)",
    "import random\nrandom.sample([1, 2], 3)",
    "import random\nrandom.choices([1, 2], [1])",
    "import random\nrandom.choices([1, 2], weights=[0, 0])",
    "import random\nrandom.choices([1, 2], 3)",
    "import random\nrandom.seed([1, 2])",
    "import random\nrandom.getrandbits(-1)",
    "import random\nrandom.shuffle((1, 2, 3))",
    "import random\nfor s in range(300):\n    random.seed(s)\n    print(s, random.random(), random.randrange(10**12), random.gauss(), random.choice('abcdefghij'), random.sample(range(50), 3), random.getrandbits(33))",
    "import random\nfor s in range(2**31 - 50, 2**31 + 50, 7):\n    random.seed(s)\n    xs = list(range(10))\n    random.shuffle(xs)\n    print(s, xs, random.choices('abc', [5, 1, 2], k=3), random.uniform(2, 3), random.randint(-10**20, 10**20))",
    "import random\nprint(random.random() < 1.0, 0 <= random.randint(0, 3) <= 3, random.getrandbits(0), random.Random)",
]

CELLS = GENERATORS + ITERTOOLS + OPERATOR_AND_COLLECTIONS + RANDOM

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), "the fixtures follow CPython 3.11"
    json.dump({"generator": "src/test/python/python_stdlib.py", "python": sys.version.split()[0],
               "cells": [run(cell) for cell in CELLS]}, sys.stdout, indent=1, ensure_ascii=False)
    print()
