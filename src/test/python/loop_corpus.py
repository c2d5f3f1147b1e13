"""Issue 17's tutorial corpus for the playground's Python: statements typed from NumPy's quickstart, absolute
beginners and broadcasting pages and from JAX's quickstart, random-numbers and thinking-in-JAX pages, where they
use loops, comprehensions, unpacking, the iteration builtins, math/sys and complex numbers.

Each snippet runs as its own script through `tastelab play FILE` and through python3; the outputs must match
exactly (printed text, or the error's last traceback line). Snippets that need JAX, which python3 here lacks,
carry JAX's documented output instead. Usage, from the repository root after `mvn package`:
    python3 src/test/python/loop_corpus.py "java -jar target/tastelab.jar play"
It prints each failing snippet and the pass rate.
"""
import os
import shlex
import subprocess
import sys
import tempfile

NUMPY = [
    # NumPy quickstart: indexing, slicing and iterating
    "import numpy as np\na = np.arange(10)**3\nfor i in a:\n    print(i**(1 / 3.))",
    "import numpy as np\ndef f(x, y):\n    return 10 * x + y\nb = np.fromfunction(f, (5, 4), dtype=int)\nfor row in b:\n    print(row)",
    "import numpy as np\nb = np.arange(20).reshape(5, 4)\nfor element in b.flat:\n    print(element, end=' ')\nprint()",
    "import numpy as np\nc = np.array([[[0, 1, 2], [10, 12, 13]], [[100, 101, 102], [110, 112, 113]]])\nfor plane in c:\n    print(plane.shape, plane.sum())",
    "import numpy as np\nb = np.arange(12).reshape(3, 4)\nfor i, row in enumerate(b):\n    print(i, row.max())",
    "import numpy as np\na = np.arange(6)\nfor x in a[::2]:\n    print(x)",
    "import numpy as np\nb = np.arange(12).reshape(3, 4)\nprint([row.sum() for row in b])",
    "import numpy as np\nb = np.arange(12).reshape(3, 4)\nprint([int(row.sum()) for row in b])",
    "import numpy as np\nprint(np.array([x**2 for x in range(5)]))",
    "import numpy as np\nprint(np.array([[i * j for j in range(3)] for i in range(3)]))",
    "import numpy as np\nx = np.arange(3)\nfor a, b in zip(x, x[::-1]):\n    print(a + b)",
    "import numpy as np\nshapes = [(2,), (2, 3), (1, 2, 3)]\nfor s in shapes:\n    print(np.zeros(s).ndim, np.ones(s).size)",
    "import numpy as np\nfor dt in [np.int8, np.int32, np.float32, np.float64]:\n    print(np.dtype(dt).itemsize)",
    "import numpy as np\narrays = [np.ones(2), np.zeros(2)]\nfor arr in arrays:\n    print(arr.dtype, arr)",
    "import numpy as np\na = np.array([[1, 2], [3, 4]])\nrows, cols = a.shape\nprint(rows, cols)",
    "import numpy as np\na = np.array([[1, 2], [3, 4]])\nfirst, *others = a\nprint(first, others)",
    "import numpy as np\nx = np.linspace(0, 1, 5)\nfor i in range(len(x)):\n    print(i, x[i])",
    "import numpy as np\ntotal = 0\nfor v in np.array([1, 2, 3]):\n    total += v\nprint(total, type(total))",
    "import numpy as np\nsquares = {i: i * i for i in range(4)}\nprint(np.array(list(squares.values())))",
    "import numpy as np\nm = np.eye(3)\nprint(all(m[i, i] == 1 for i in range(3)))",
    "import numpy as np\na = np.arange(5)\nprint(sum(a), max(a), min(a), sorted(a[::-1]))",
    "import numpy as np\na = np.array([3, 1, 2])\nprint(sorted(a.tolist()), list(reversed(a.tolist())))",
    "import numpy as np\ndata = np.array([1.5, 2.5, 3.5])\nfor i, v in enumerate(data):\n    data[i] = v * 2\nprint(data)",
    "import numpy as np\nx = np.zeros((2, 3))\nfor i in range(2):\n    for j in range(3):\n        x[i, j] = i * 10 + j\nprint(x)",
    "import numpy as np\na = np.array([1.0, 2.0, 3.0])\nresult = []\nfor x in a:\n    result.append(float(x) * 2.0)\nprint(result)",
    "import numpy as np\nrng_values = [np.sqrt(k) for k in range(4)]\nprint(np.round(np.array(rng_values), 3))",
    "import numpy as np\nstack = []\nfor i in range(3):\n    stack.append(np.full(2, i))\nprint(np.array(stack))",
    "import numpy as np\na = np.arange(4).reshape(2, 2)\nfor (i, j), v in zip([(0, 0), (1, 1)], [a[0, 0], a[1, 1]]):\n    print(i, j, v)",
    "import numpy as np\nimport math\nx = np.array([0.0, math.pi / 2, math.pi])\nprint(np.round(np.sin(x), 6))",
    "import numpy as np\nimport sys\nprint(np.finfo(np.float64).eps == sys.float_info.epsilon)",
    "import numpy as np\nn = 0\nwhile np.sum(np.arange(n)) < 20:\n    n += 1\nprint(n)",
    "import numpy as np\na = np.array([1, 2, 3])\nb = np.array([4, 5, 6])\nprint([int(x * y) for x, y in zip(a, b)])",
    "import numpy as np\nprint(isinstance(np.arange(3), np.ndarray), isinstance(3, (int, float)))",
    "import numpy as np\nvals = np.array([0.5, -1.5, 2.5])\nprint(any(v < 0 for v in vals), all(v != 0 for v in vals))",
    "import numpy as np\nparts = {'a': np.arange(2), 'b': np.arange(3)}\nfor name, arr in parts.items():\n    print(name, arr.sum())",
    "import numpy as np\ndef norm(*arrays):\n    return [float(np.linalg.norm(a)) for a in arrays]\nprint(norm(np.array([3.0, 4.0]), np.ones(4)))",
    "import numpy as np\ndef make(shape, **kwargs):\n    return np.zeros(shape, **kwargs)\nprint(make((2,), dtype=np.int32))",
    "import numpy as np\nx = np.arange(10)\nevens = [v for v in x if v % 2 == 0]\nprint(len(evens), np.array(evens))",
    "import numpy as np\nprint(np.array([1 + 2j, 3 - 1j]).real if hasattr(np, 'complex128') else 'skip')",
    "import numpy as np\nz = 3 + 4j\nprint(abs(z), z.conjugate(), z * 1j)",
]

PYTHON = [
    # Python's own tutorial-style statements around the numerical pages
    "for i in range(3):\n    print(i, i**2)",
    "print([x**2 for x in range(5)])",
    "keys = ['a', 'b', 'c']\nfor i, k in enumerate(keys):\n    print(i, k)",
    "words = ['the', 'quick', 'brown']\nprint({w: len(w) for w in words})",
    "print(sorted(['banana', 'apple', 'cherry'], key=len, reverse=True))",
    "pairs = list(zip([1, 2, 3], ['one', 'two', 'three']))\nprint(pairs)\nnums, names = zip(*pairs)\nprint(nums, names)",
    "a, *b = [1, 2, 3]\nprint(a, b)",
    "import math\nprint(math.sqrt(2), math.floor(-0.5), math.isclose(0.1 + 0.2, 0.3))",
    "import sys\nprint(sys.float_info.max, sys.float_info.epsilon)",
    "count = 0\ndef increment():\n    global count\n    count += 1\nfor _ in range(5):\n    increment()\nprint(count)",
    "def f(*args, **kwargs):\n    print(args, kwargs)\nf(1, 2, a=3)",
    "print(list(map(lambda x: x * 10, range(3))), list(filter(lambda x: x > 1, range(4))))",
    "print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in [1, 2, 3]))",
    "s = slice(1, None, 2)\nprint(list(range(10))[s])",
    "print(1j * 1j, (1 + 2j) * (2 - 1j), complex(1, -1))",
    "fib = [0, 1]\nwhile len(fib) < 10:\n    fib.append(fib[-1] + fib[-2])\nprint(fib)",
    "for n in range(2, 10):\n    for x in range(2, n):\n        if n % x == 0:\n            print(n, 'equals', x, '*', n // x)\n            break\n    else:\n        print(n, 'is a prime number')",
    "for num in range(2, 6):\n    if num % 2 == 0:\n        print('Found an even number', num)\n        continue\n    print('Found an odd number', num)",
    "matrix = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]\nprint([[row[i] for row in matrix] for i in range(4)])",
    "print(list(zip(*[[1, 2, 3], [4, 5, 6]])))",
    "vec = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]\nprint([num for elem in vec for num in elem])",
    "print({x for x in 'abracadabra' if x not in 'abc'} == {'r', 'd'})",
    "knights = {'gallahad': 'the pure', 'robin': 'the brave'}\nfor k, v in knights.items():\n    print(k, v)",
    "for i, v in enumerate(['tic', 'tac', 'toe']):\n    print(i, v)",
    "questions = ['name', 'quest']\nanswers = ['lancelot', 'the holy grail']\nfor q, a in zip(questions, answers):\n    print('What is your {0}?  It is {1}.'.format(q, a))",
    "for i in reversed(range(1, 10, 2)):\n    print(i, end=' ')\nprint()",
    "basket = ['apple', 'orange', 'apple', 'pear']\nfor f in sorted(set(basket)):\n    print(f)",
    "def parrot(voltage, state='a stiff', action='voom'):\n    print(action, voltage, state)\nd = {'voltage': 'four million', 'state': 'bleedin demised', 'action': 'VOOM'}\nparrot(**d)",
    "args = [3, 6]\nprint(list(range(*args)))",
    "def concat(*args, sep='/'):\n    return sep.join(args)\nprint(concat('earth', 'mars', 'venus'), concat('earth', 'mars', sep='.'))",
    "squares = list(map(lambda x: x**2, range(10)))\nprint(squares)",
    "print([(x, y) for x in [1, 2, 3] for y in [3, 1, 4] if x != y])",
    "from math import pi\nprint([str(round(pi, i)) for i in range(1, 6)])",
    "t = 12345, 54321, 'hello!'\nx, y, z = t\nprint(x, y, z)",
    "print(dict([('sape', 4139), ('guido', 4127)]), dict(sape=4139, jack=4098))",
    "print({x: x**2 for x in (2, 4, 6)})",
    "i = 0\nwhile i < 3:\n    print(i)\n    i += 1\nelse:\n    print('done')",
    "total = 0.0\nfor i in range(10000):\n    total = total + i * 0.5\nprint(total)",
    "print(sum(i * i for i in range(100)), max(range(10), key=lambda v: (v % 3, v)))",
    "print(list(enumerate('ab', start=1)), next(iter([7, 8])))",
]

# JAX snippets with the output JAX's documentation shows (python3 here has no JAX).
JAX = [
    ("import jax.numpy as jnp\nx = jnp.arange(3)\nfor v in x:\n    print(v)", "0\n1\n2\n"),
    ("import jax.numpy as jnp\nprint([int(v) for v in jnp.arange(4) * 2])", "[0, 2, 4, 6]\n"),
    ("from jax import random\nkey = random.PRNGKey(0)\nkey, *subkeys = random.split(key, 4)\nprint(len(subkeys))", "3\n"),
    ("from jax import random\nkey = random.PRNGKey(0)\nkey, subkey = random.split(key)\nprint(key.shape, subkey.shape)", "(2,) (2,)\n"),
    ("import jax.numpy as jnp\nxs = [jnp.ones(2) * i for i in range(3)]\nprint(jnp.stack(xs).shape)", "(3, 2)\n"),
    ("import jax.numpy as jnp\ndef sum_of_squares(x):\n    return jnp.sum(x**2)\nprint(float(sum_of_squares(jnp.arange(4.0))))", "14.0\n"),
    ("import jax\nimport jax.numpy as jnp\nx = jnp.zeros(3)\nfor i in range(3):\n    x = x.at[i].set(i * 2.0)\nprint(x)", "[0. 2. 4.]\n"),
    ("import jax.numpy as jnp\nM = jnp.arange(6).reshape(2, 3)\nfor row in M:\n    print(row)", "[0 1 2]\n[3 4 5]\n"),
]


def last_line(text):
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else ""


def run(command, source):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as file:
        file.write(source + "\n")
        path = file.name
    try:
        done = subprocess.run(command + [path], capture_output=True, text=True, timeout=300)
    finally:
        os.unlink(path)
    # a failing script: compare the traceback's last line (the error), which both print to stderr
    error = last_line(done.stderr) if done.returncode != 0 else ""
    return done.stdout, error


def main():
    play = shlex.split(sys.argv[1]) if len(sys.argv) > 1 else ["java", "-jar", "target/tastelab.jar", "play"]
    cases = [(source, run([sys.executable], source)) for source in NUMPY + PYTHON]
    cases += [(source, (expected, "")) for source, expected in JAX]
    passed = 0
    for source, expected in cases:
        actual = run(play, source)
        if actual == expected:
            passed += 1
        else:
            print("FAIL:", source.replace("\n", "\\n"))
            print("  python:", expected)
            print("  play:  ", actual)
    print(f"{passed}/{len(cases)} passed ({100.0 * passed / len(cases):.1f}%)")


if __name__ == "__main__":
    main()
