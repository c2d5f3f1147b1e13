"""Generates CPython's answers for BuiltinSubclassTableTest: user classes derived from the builtin types tutorials
subclass (str, int, float, tuple, list, dict): construction with and without __new__/__init__, the instance
standing in for the builtin everywhere, the class's overrides winning, inherited operations giving the builtin
type, super() reaching the builtin, and CPython's TypeErrors for the bases it refuses.

Each cell runs in a fresh namespace as a notebook cell would (the same runner as python_language.py); the fixture
keeps what it prints and, when it raises, the exception's type, message and the cell line it surfaced on.
Run from the repository root with CPython 3.11:
    python3 src/test/python/builtin_subclasses.py > src/test/resources/io/tastelab/playground/interp/builtin_subclasses.json
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from python_language import run  # noqa: E402 - the shared cell runner

STR = [
    # the instance is a str everywhere a str is taken; what str computes is a plain str
    "class S(str):\n    pass\ns = S('Alice')\nprint(s, repr(s), type(s).__name__, isinstance(s, str), isinstance(s, S), len(s))\n"
    "print(s.upper(), type(s.upper()).__name__, s + 'b', type(s + 'b').__name__, type('b' + s).__name__, s[0], type(s[1:]).__name__)\n"
    "print(s * 2, type(s * 2).__name__, 'li' in s, s.startswith('Al'), s.split('i'), sorted(s))",
    "class S(str):\n    pass\ns = S('key')\nd = {s: 1}\nprint(d['key'], 'key' in d, {'key': 2}[s], hash(s) == hash('key'), s == 'key', s != 'key', s < 'l', S('a') == S('a'))",
    "class S(str):\n    pass\ns = S('x')\nprint(f'{s}|{s!r}|{s:>4}|', '%s-%r' % (s, s), '-'.join([s, S('y')]), str(s), type(str(s)).__name__, format(s, '^5'))",
    "class S(str):\n    pass\ns = S('ab')\ns.tag = 1\nprint(s.tag, s.__dict__, vars(s), type(s).__mro__, S.__bases__, issubclass(S, str), issubclass(S, int))\nprint(S(), repr(S()), S(12), S([1, 2]), bool(S('')), bool(s))",
    "class S(str):\n    pass\nprint(list(S('abc')), [c for c in S('hé')], int(S('42')) + 1, float(S('1.5')), S('a b c').split(), S('x').join(['1', '2']))",
    # overrides win
    "class S(str):\n    def __repr__(self):\n        return 'S<' + self + '>'\n    def shout(self):\n        return self.upper() + '!'\ns = S('hi')\nprint(s, repr(s), [s], s.shout(), f'{s}', str(s))",
    "class S(str):\n    def __str__(self):\n        return 'str-S'\ns = S('v')\nprint(s, str(s), f'{s}', repr(s), '%s' % s, s + '!')",
    "class Caseless(str):\n    def __eq__(self, other):\n        return self.lower() == other.lower()\n    def __hash__(self):\n        return hash(self.lower())\na = Caseless('Hello')\nprint(a == 'HELLO', 'hello' == a, a != 'HELLO', {a: 1}.get(Caseless('HELLO')), len({Caseless('A'), Caseless('a')}))",
    "class S(str):\n    def __eq__(self, other):\n        return True\nprint(S('a') == 'b')\nhash(S('a'))",
    "class S(str):\n    def __add__(self, other):\n        return S(str(self) + '+' + other)\n    def __radd__(self, other):\n        return S(other + '~' + str(self))\nx = S('a') + 'b'\ny = 'c' + S('d')\nprint(x, type(x).__name__, y, type(y).__name__)",
    "class S(str):\n    def __len__(self):\n        return 99\n    def __getitem__(self, i):\n        return 'item'\n    def __contains__(self, x):\n        return True\ns = S('ab')\nprint(len(s), s[0], 'zz' in s, bool(S('')))",
    # __new__, __init__ and super()
    "class Upper(str):\n    def __new__(cls, value):\n        return super().__new__(cls, value.upper())\nu = Upper('abc')\nprint(u, type(u).__name__, isinstance(u, Upper))",
    "class Tagged(str):\n    def __new__(cls, value, tag):\n        obj = super().__new__(cls, value)\n        obj.tag = tag\n        return obj\nt = Tagged('v', 'T')\nprint(t, t.tag, t + '!')",
    "class Named(str):\n    def __init__(self, value):\n        self.length = len(value)\nn = Named('four')\nprint(n, n.length)",
    "class Bad(str):\n    def __init__(self, value):\n        super().__init__(value)\nBad('x')",
    "class Fine(str):\n    def __init__(self, value):\n        super().__init__()\n        self.ok = True\nprint(Fine('x'), Fine('x').ok)",
    "class S(str):\n    def __eq__(self, other):\n        return super().__eq__(other.lower())\n    def __hash__(self):\n        return super().__hash__()\n    def __repr__(self):\n        return 'S(' + super().__repr__() + ')'\ns = S('a')\nprint(s == 'A', s == 'b', hash(s) == hash('a'), repr(s), super(S, s).upper())",
    "class S(str):\n    def __eq__(self, other):\n        return str.__eq__(self, other)\n    __hash__ = str.__hash__\nprint(S('a') == 'a', {S('a'): 1}['a'], str.upper(S('q')))",
    "class NotNew(str):\n    def __new__(cls, value):\n        return 'plain'\n    def __init__(self, value):\n        print('never')\nx = NotNew('a')\nprint(x, type(x).__name__)",
    "class A(str):\n    pass\nclass B(A):\n    def hi(self):\n        return 'B:' + self\nb = B('z')\nprint(b.hi(), isinstance(b, A), isinstance(b, str), type(b).__mro__, B.__bases__)",
    "class S(str):\n    pass\nS('a') + 1",
    "class S(str):\n    pass\n1 + S('a')",
    "class S(str):\n    pass\nS('a').missing",
]

NUMBERS = [
    "class I(int):\n    pass\ni = I(5)\nprint(i, repr(i), type(i).__name__, isinstance(i, int), i + 1, type(i + 1).__name__, type(-i).__name__, i * 2.0)\n"
    "print(i == 5, i < 6, {i: 'x'}[5], hash(i) == hash(5), [10, 20, 30, 40, 50, 60][i], list(range(i)), int(i), type(int(i)).__name__)\n"
    "print(f'{i:03d}', '%d' % i, str(i), abs(I(-3)), type(abs(I(-3))).__name__, divmod(i, 2), I('12'), I('ff', 16), I(), I(3.9))",
    "class I(int):\n    def __repr__(self):\n        return 'I!'\nprint(I(3), str(I(3)), f'{I(3)}', format(I(3), 'd'), [I(3)], I(3) + 0)",
    "class Money(int):\n    def __str__(self):\n        return f'${int(self)}'\n    def __add__(self, other):\n        return Money(int(self) + int(other))\n    def __neg__(self):\n        return Money(-int(self))\nm = Money(5) + 7\nprint(m, type(m).__name__, -m, type(-m).__name__, 3 + Money(1), type(3 + Money(1)).__name__)",
    "class Even(int):\n    def __new__(cls, value):\n        if value % 2:\n            raise ValueError(f'{value} is odd')\n        return super().__new__(cls, value)\nprint(Even(4), Even(4) // 3)\nEven(3)",
    "class F(float):\n    pass\nf = F(2.5)\nprint(f, repr(f), type(f).__name__, isinstance(f, float), f + 1, type(f + 1).__name__, f * 2, f > 2, round(f), float(f), type(float(f)).__name__, F('1e3'), F())",
    "class Celsius(float):\n    def __repr__(self):\n        return f'{float(self)}°C'\n    def to_f(self):\n        return self * 9 / 5 + 32\nc = Celsius(100)\nprint(c, [c], c.to_f(), type(c.to_f()).__name__, f'{c:.1f}', str(c))",
    "class I(int):\n    pass\nI('x')",
    "class F(float):\n    pass\nF('abc')",
]

CONTAINERS = [
    "class T(tuple):\n    pass\nt = T([1, 2, 3])\nprint(t, repr(t), type(t).__name__, isinstance(t, tuple), len(t), t[0], t[1:], type(t[1:]).__name__, t + (4,), type(t + (4,)).__name__)\n"
    "print(t == (1, 2, 3), {t: 'k'}[(1, 2, 3)], tuple(t), type(tuple(t)).__name__, list(t), 2 in t, t.count(2), t.index(3), T(), a := t[-1])",
    "class Point(tuple):\n    def __new__(cls, x, y):\n        return super().__new__(cls, (x, y))\n    @property\n    def x(self):\n        return self[0]\n    def __repr__(self):\n        return f'Point{tuple(self)}'\np = Point(1, 2)\nx, y = p\nprint(p, p.x, x + y, [p], p == (1, 2), type(p).__name__)",
    "class L(list):\n    pass\nl = L([3, 1, 2])\nl.append(0)\nl.sort()\nprint(l, repr(l), type(l).__name__, isinstance(l, list), len(l), l[1], l[1:], type(l[1:]).__name__, l + [9], type(l + [9]).__name__)\n"
    "l[0] = 'z'\ndel l[1]\nl += [7]\nprint(l, type(l).__name__, l == ['z', 2, 3, 7], list(l), sorted(L([2, 1])), [x * 2 for x in L([1, 2])], L(), L('ab'))",
    "class Stack(list):\n    def push(self, item):\n        self.append(item)\n    def peek(self):\n        return self[-1]\ns = Stack()\ns.push(1)\ns.push(2)\nprint(s, s.peek(), s.pop(), s, len(s), bool(Stack()), Stack([1]) == [1])",
    "class Logged(list):\n    def __init__(self, items, name):\n        super().__init__(items)\n        self.name = name\n    def __setitem__(self, i, v):\n        print('set', self.name, i, v)\n        super().__setitem__(i, v)\n    def __repr__(self):\n        return self.name + super().__repr__()\nl = Logged([1, 2], 'L')\nl[0] = 5\nprint(l, [l], l[0], len(l))",
    "class L(list):\n    pass\nhash(L())",
    "class L(list):\n    def __init__(self, *args):\n        super().__init__(*args)\nL(1, 2)",
    "class D(dict):\n    pass\nd = D(a=1)\nd['b'] = 2\nprint(d, repr(d), type(d).__name__, isinstance(d, dict), len(d), d['a'], list(d), d.get('z', 0), dict(d), type(dict(d)).__name__, d == {'a': 1, 'b': 2}, D([('x', 1)]), D())",
    "class Default(dict):\n    def __missing__(self, key):\n        return key * 2\nclass Attr(dict):\n    def __getattr__(self, name):\n        return self[name]\na = Attr(x=1)\nprint(a.x, a.keys(), Attr(y=2).y, Default()['ab'], Default(k=1)['k'], 'ab' in Default())",
    "class Counter(dict):\n    def __getitem__(self, key):\n        return super().get(key, 0)\n    def add(self, key):\n        self[key] = self[key] + 1\nc = Counter()\nfor w in 'abca':\n    c.add(w)\nprint(c, c['a'], c['zz'], dict(c))",
    "class D(dict):\n    def __init__(self, *args, **kwargs):\n        super().__init__(*args, **kwargs)\n        self.created = True\nd = D({'a': 1}, b=2)\nprint(d, d.created)",
    "class D(dict):\n    pass\nD()['missing']",
]

RESULTS = [
    # what builtins give back: the instance itself where CPython passes it through, the builtin type where it computes
    "class I(int):\n    pass\nclass S(str):\n    pass\nm = max(I(3), 2)\nw = sorted([S('b'), S('a')])\nprint(m, type(m).__name__, w, [type(x).__name__ for x in w], isinstance(I(1), (str, int)), min([S('q')]).__class__.__name__)",
    "class T(tuple):\n    pass\nt = T((1, 2))\nprint(type(t * 1).__name__, type(t[:]).__name__, type(t + ()).__name__, t.__len__(), t.__eq__((1, 2)), t.__getitem__(0), t.__contains__(2))",
    "class L(list):\n    pass\nl = L([1])\nprint(type(l * 1).__name__, type(l[:]).__name__, type(l.copy()).__name__, type(l + l).__name__, l.__len__(), l.__repr__(), str(l), l.__class__.__name__)",
    "class S(str):\n    pass\ns = S('ab')\nprint(s.__len__(), s.__str__(), type(s.__str__()).__name__, s.__eq__('ab'), s.__eq__(1), s.__add__('c'), hasattr(s, 'upper'), getattr(s, 'lower')())",
    "class D(dict):\n    pass\nd = D(a=1)\nd.update(b=2) if False else d.update({'b': 2})\nprint(d, d.copy(), type(d.copy()).__name__, d.pop('a'), d, d | {'z': 0}, type(d | {}).__name__)",
    "class F(float):\n    pass\nimport math\nprint(math.sqrt(F(16.0)), math.floor(F(2.7)), int(F(2.7)), F(2.0).__neg__(), abs(F(-1.5)), type(abs(F(-1.5))).__name__, round(F(2.567), 2))",
]

REFUSED = [
    "class A(str, int):\n    pass",
    "class A(bool):\n    pass",
    "class A(str, str):\n    pass",
    "class S(str):\n    pass\nclass B(S, list):\n    pass",
    "class E(Exception, str):\n    pass",
    "class E(ValueError):\n    def __init__(self, msg, code):\n        super().__init__(msg)\n        self.code = code\ntry:\n    raise E('bad', 7)\nexcept ValueError as e:\n    print(e, e.code, repr(e), isinstance(e, Exception))",
]

CELLS = STR + NUMBERS + CONTAINERS + RESULTS + REFUSED

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), "the fixtures follow CPython 3.11"
    json.dump({"generator": "src/test/python/builtin_subclasses.py", "python": sys.version.split()[0],
               "cells": [run(cell) for cell in CELLS]}, sys.stdout, indent=1, ensure_ascii=False)
    print()
