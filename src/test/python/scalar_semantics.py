"""Generates the expected results of Python scalar expressions for PythonSemanticsTableTest.

Each output line is: the source of a cell, a tab, then either the repr of the cell's last expression value or
"ErrorType: message" when evaluating the cell raises. Cells use only the playground's subset.
Run from the repository root with CPython 3.11:
    python3 src/test/python/scalar_semantics.py > src/test/resources/io/tastelab/playground/interp/python_semantics.tsv
Cells may hold several statements; "\\n" in the first column stands for a line break.
"""
import sys

EXPRESSIONS = r"""
1 + 2
7 // 2
-7 // 2
7 // -2
-7 // -2
7 % 3
-7 % 3
7 % -3
-7 % -3
7 / 2
-7 / 2
6 / 3
1 / 3
2 ** 10
2 ** 100
2 ** -1
(-2) ** 3
-2 ** 2
(-2) ** 2
2 ** 3 ** 2
0 ** 0
10 ** 20
3 * 4.0
7.5 // 2
-7.5 // 2
7.5 % 2
-7.5 % 2
7.5 % -2
-0.0 % 5
5 % -0.5
1e308 * 10
-1e308 * 10
0.1 + 0.2
1 / 0
1 // 0
1 % 0
1.0 / 0
1.0 // 0
1.0 % 0
1 / 0.0
0 ** -1
0.0 ** -1
2.0 ** 0.5
(-8.0) ** 2
4 ** 0.5
10.0 ** 400
True + True
True * 3.5
-True
~True
~5
not 0
not []
1 < 2 < 3
1 < 3 < 2
1 == 1.0
2 ** 53 + 1 == 2.0 ** 53
2 ** 53 + 1 > 2.0 ** 53
1 < 'a'
'a' < 'b'
[1, 2] < [1, 3]
(1, 2) == (1, 2)
[1, 2] == (1, 2)
None == None
None is None
1 is not None
'ab' + 'cd'
'ab' * 3
3 * 'ab'
'ab' * -1
[1, 2] + [3]
[0] * 3
(1,) + (2, 3)
'a' + 1
1 + 'a'
[1] + (2,)
None + 1
1 @ 2
-'a'
1e16
1e15
123456789.0
0.0001
0.00001
1.5e-7
1e100
float('inf')
-float('inf')
float('nan')
1/3
2/3
100.0
-0.0
3.14159
float('1e3')
float('  2.5 ')
float('abc')
int('42')
int(' -1_000 ')
int('4.5')
int(3.9)
int(-3.9)
int(float('inf'))
int(float('nan'))
int(True)
float(10 ** 400)
10 ** 400 / 1
str(1.0)
str('x')
repr('x')
repr("it's")
repr('a\tb')
repr('"')
repr("'\"")
round(2.5)
round(3.5)
round(-2.5)
round(2.675, 2)
round(1234, -2)
round(1250, -2)
round(1.5)
abs(-3)
abs(-3.5)
min(3, 1, 2)
max([4, 9, 2])
max(1, 2.5)
min([])
sum([1, 2, 3])
sum([0.1, 0.2, 0.3])
len([1, 2, 3])
len('hello')
len(5)
divmod(7, -2)
divmod(-7.5, 2)
bool(0.0)
bool('')
bool('a')
type(1)
type(1.5)
type(True)
type(None)
type('s')
type([])
type(())
isinstance(True, int)
isinstance(1, float)
[1, 2, 3][1]
[1, 2, 3][-1]
[1, 2, 3][3]
[1, 2, 3][-4]
(1, 2)[5]
'abc'[10]
'abc'[1]
[1, 2, 3]['a']
[0, 1, 2, 3, 4, 5][1:4]
[0, 1, 2, 3, 4, 5][::2]
[0, 1, 2, 3, 4, 5][::-1]
[0, 1, 2, 3, 4, 5][-2:]
[0, 1, 2, 3, 4, 5][10:]
[0, 1, 2, 3, 4, 5][4:1:-1]
[0, 1, 2, 3, 4, 5][::0]
'hello'[::-1]
(0, 1, 2)[1:]
[0, 1, 2][1.5]
[1, 2][None:1]
3 in [1, 2, 3]
4 not in (1, 2)
'b' in 'abc'
1 in 5
5 if 1 < 2 else 6
0 or 'x'
1 and 2
[] and 1
1 << 10
-1 >> 1
1 << -1
6 & 3
6 | 3
6 ^ 3
True & False
True | False
1.5 & 1
x = 5\nx
x, y = 1, 2\ny
a, b = [1, 2, 3]
a, b, c = (1, 2)
a, b = 5
(a, b), c = (1, 2), 3\nb
[a, b] = 'xy'\nb
a = b = 7\na + b
x = [1, 2, 3]\nx[0] = 9\nx
x = [0, 1, 2, 3, 4]\nx[1:3] = [7]\nx
x = [0, 1, 2, 3, 4]\nx[::2] = [7, 8]\nx
x = (1, 2)\nx[0] = 5
x = [1]\nx[5] = 2
x = 3\nx += 4\nx
x = [1]\nx += [2]\nx
undefined_name
undefined_name + 1
def f(x):\n    return x * 2\nf(21)
def f(x, y=10):\n    return x + y\nf(1)
def f(x, y=10):\n    return x + y\nf(1, y=5)
def f(x, y=10):\n    return x + y\nf(y=1, x=5)
def f(x):\n    return x\nf()
def f(x, y):\n    return x\nf()
def f(x, y, z):\n    return x\nf()
def f(x):\n    return x\nf(1, 2)
def f(x, y=1):\n    return x\nf(1, 2, 3)
def f():\n    return 1\nf(1)
def f(x):\n    return x\nf(1, x=2)
def f(x):\n    return x\nf(z=2)
def f(x):\n    pass\nf(1)
def f(x):\n    y = x + 1\nf(1)
def f(x):\n    return\nf(1)
k = 3\ndef f(x):\n    return x + k\nf(1)
def f(x):\n    return g(x) + 1\ndef g(x):\n    return x * 10\nf(2)
def f(n):\n    return 1 if n <= 1 else n * f(n - 1)\nf(20)
def f():\n    return missing\nf()
def f():\n    y = y + 1\n    return y\nf()
1()
x = 5\nx.foo
x = [1]\nx.append(2)\nx
print
len
int
(1, 2, 3)
(1,)
()
[1, [2, 3], 'a', None, True, 2.5]
1, 2
range(5)
range(2, 10, 3)
list(range(2, 10, 3))
range(10)[-1]
range(10)[2:8:2]
range(10)[10]
len(range(0, 10**6, 7))
5 in range(10)
10**12 in range(0, 10**15, 2)
range(1.5)
range(1, 2, 0)
tuple(range(3))
sum(range(101))
int('1' * 5000)
len(str(10 ** 4299))
π = 3.14\nπ
f"{1/3:.3f}"
f"{1234567.891:,.2f}"
f"{42:>8}|"
f"{42:08d}"
f"{-42:08d}"
f"{'ab':^6}|"
f"{'ab':*<5}"
f"{3.14159:e}"
f"{0.5:%}"
f"{0.256:.1%}"
f"{255:x} {255:#X} {5:b} {8:o}"
x = 3\nf"{x=} {x = }"
f"{'a'!r} {'b'!s}"
f"{1e-7} {1e16} {0.1 + 0.2}"
f"{12345.678:.3}"
f"{1.0:.3}"
f"{True} {True:d} {False:>6}"
f"{-3:+d} {3:+d} {3: d}"
f"{2.5:g} {1e20:g} {1e-5:g} {123456789:g}"
f"{0.125:.2f} {0.375:.2f} {2.675:.2f}"
f"{-0.0:.1f}"
f"{float('inf'):f} {float('nan'):F} {float('-inf'):8.2f}|"
f"{1000000:_d} {1000000:,}"
f"{3.0:.0f} {3.0:#.0f}"
f"{7:5.2f}"
f"a{{b}}c"
f"{[1, 2][0]:>3}"
f"{'x' if 1 > 0 else 'y'}"
x = 3\nf"{x:.2f}"
f"{1.5:d}"
f"{'s':d}"
f"{12:,.2f}"
format(3.14159, '.2f')
format(42)
format(255, 'x')
'AbC'.upper() + 'AbC'.lower()
'  pad  '.strip()
'a,b,,c'.split(',')
'  a  b c '.split()
'-'.join(['x', 'y', 'z'])
'-'.join([1, 2])
'abc'.startswith('ab'), 'abc'.endswith('bc')
'banana'.replace('an', 'AN')
'{} + {} = {:.2f}'.format(1, 2, 3)
'{0}{1}{0}'.format('a', 'b')
'{name}={value!r}'.format(name='x', value='v')
'{:>6}|{:<4}|'.format('r', 'l')
'{{}} {}'.format(5)
'{}'.format()
'{} {1}'.format(1, 2)
'{x}'.format(y=1)
(lambda x, y=2: x * y)(3)
f = lambda: 42\nf()
sq = lambda v: v ** 2\nsq(5) + sq(v=2)
(lambda: 1)(2)
k = 10\nadd = lambda a: a + k\nk = 20\nadd(1)
def outer(n):\n    return lambda m: n * m\nouter(3)(4)
sorted_key = lambda p: -p\nsorted_key(3)
def sign(x):\n    if x > 0:\n        return 1\n    elif x < 0:\n        return -1\n    else:\n        return 0\n(sign(5), sign(-2), sign(0))
def f(x):\n    if x:\n        y = 1\n    return y\nf(0)
def f(x):\n    if x: return 'yes'\n    return 'no'\nf(1), f(0)
x = 5\nif x > 3:\n    x = x * 2\nelse:\n    x = 0\nx
if []:\n    a = 1\nelif 0:\n    a = 2\nelse:\n    a = 3\na
def g(n):\n    if n == 0:\n        return 0\n    return n + g(n - 1)\ng(100)
assert 1 + 1 == 2\n'after'
assert 1 > 2
assert [], 'empty list: ' + str(len([]))
"""


def run(cell):
    namespace = {}
    lines = cell.split("\\n")
    body, last = lines[:-1], lines[-1]
    try:
        exec("\n".join(body), namespace)
        try:
            code = compile(last, "<cell>", "eval")
        except SyntaxError:
            exec(last, namespace)
            return "None"
        return repr(eval(code, namespace))
    except Exception as error:  # noqa: BLE001 - the table records every error
        return f"{type(error).__name__}: {error}"


def main():
    for cell in EXPRESSIONS.strip().splitlines():
        print(f"{cell}\t{run(cell)}")


if __name__ == "__main__":
    sys.setrecursionlimit(1000)
    main()
