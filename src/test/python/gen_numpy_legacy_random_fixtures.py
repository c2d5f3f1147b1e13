"""Expected results for NumpyLegacyRandomTest: NumPy's legacy global generator and RandomState, run under NumPy 2.

Each case is playground code (after `import numpy as np`) whose last line is an expression; it runs in a fresh
Python namespace as a new playground session does. The generator records the value exactly: a Python float's
bits, a Python int or NumPy scalar's repr, an array's dtype, shape, exact elements and NumPy's repr, str() for
get_state's tuple, or the exception's type and message.
Run: python3 src/test/python/gen_numpy_legacy_random_fixtures.py > \
    src/test/resources/playground/numpy_legacy_random_fixtures.json
"""
import json

import numpy as np

SEEDS = [0, 1, 42, 1701, 123456789, 2**32 - 1]
INT_DTYPES = ["np.int8", "np.int16", "np.int32", "np.int64", "np.uint8", "np.uint16", "np.uint32", "np.uint64"]

CASES = []


def case(code):
    CASES.append(code)


for seed in SEEDS:
    s = f"np.random.seed({seed})\n"
    case(s + "np.random.random()")
    case(s + "np.random.random(5)")
    case(s + "np.random.random_sample((2, 3))")
    case(s + "np.random.rand(3, 2)")
    case(s + "np.random.rand()")
    case(s + "np.random.randn(7)")
    case(s + "a = np.random.randn(3)\nnp.random.standard_normal((2, 2))")
    case(s + "np.random.normal(3, 2, size=5)")
    case(s + "np.random.normal()")
    case(s + "np.random.uniform(-1, 2, 5)")
    case(s + "np.random.uniform(size=3)")
    case(s + "np.random.uniform()")
    case(s + "np.random.randint(10, size=20)")
    case(s + "np.random.randint(-5, 5, size=(2, 3))")
    case(s + "np.random.randint(0, 2**40, size=5)")
    case(s + "np.random.randint(-2**62, 2**62, size=4)")
    case(s + "np.random.randint(5)")
    case(s + "np.random.randint(3, dtype=np.int32)")
    case(s + "np.random.choice(5)")
    case(s + "np.random.choice(10, 5)")
    case(s + "np.random.choice(10, 5, replace=False)")
    case(s + "np.random.choice(np.array([1.5, 2.5, 3.5]), size=(2, 2))")
    case(s + "np.random.choice(4, 6, p=[0.1, 0.2, 0.3, 0.4])")
    case(s + "np.random.choice(5, 3, replace=False, p=[0.1, 0.2, 0.3, 0.15, 0.25])")
    case(s + "np.random.permutation(10)")
    case(s + "np.random.permutation([1, 2, 3, 4])")
    case(s + "np.random.permutation(np.arange(12).reshape(4, 3))")
    case(s + "x = np.arange(10)\nnp.random.shuffle(x)\nx")
    case(s + "x = np.arange(12.0).reshape(4, 3)\nnp.random.shuffle(x)\nx")
    case(s + "x = [1, 2, 3, 4, 5]\nnp.random.shuffle(x)\nx")
    case(s + "str(np.random.get_state())")
    case(s + "np.random.random(3)\nnp.random.get_state()[2:]")
    case(s + "np.random.randn(1)\nnp.random.get_state()[2:]")
    case(s + "rs = np.random.RandomState(" + str(seed) + ")\nrs.random_sample(4)")
    case(s + "rs = np.random.RandomState(" + str(seed) + ")\nrs.randn(2, 3)")
    case(s + "rs = np.random.RandomState(" + str(seed) + ")\nrs.randint(100, size=(3, 3))")

# every integer dtype, with small, odd and full ranges (8- and 16-bit draws share a buffered 32-bit word)
for dtype in INT_DTYPES:
    info = np.iinfo(eval(dtype))
    for low, high in [(0, 2), (0, 7), (3, 100), (int(info.min), int(info.max) + 1), (int(info.min), 0)]:
        if high <= low:
            continue
        case(f"np.random.seed(7)\nnp.random.randint({low}, {high}, size=25, dtype={dtype})")
    case(f"np.random.seed(11)\nnp.random.randint(5, dtype={dtype})")
case("np.random.seed(7)\nnp.random.randint(0, 2, size=40, dtype=bool)")
case("np.random.seed(7)\nnp.random.randint(0, 2, size=40, dtype=np.bool_)")
case("np.random.seed(7)\nnp.random.randint(1, 2, size=5, dtype=bool)")
case("np.random.seed(7)\nnp.random.randint(2, dtype=bool)")
case("np.random.seed(7)\nnp.random.randint(0, 2**64, size=6, dtype=np.uint64)")
case("np.random.seed(7)\nnp.random.randint(2**63, 2**64, size=6, dtype=np.uint64)")
case("np.random.seed(7)\nnp.random.randint(-2**63, 2**63, size=6)")
case("np.random.seed(7)\nnp.random.randint(5.9)")
case("np.random.seed(7)\nnp.random.randint(4, size=0)")

# array seeds (init_by_array), including one longer than the state
for seed in ["[1, 2, 3]", "[0]", "np.array([2**32 - 1, 5])", "list(range(700))", "np.uint32(5)"]:
    case(f"np.random.seed({seed})\nnp.random.random(4)")
case("np.random.seed([1, 2, 3])\nstr(np.random.get_state())")
case("np.random.RandomState([4, 5]).randn(3)")

# state continuity: the kept Gaussian, mixed calls, get_state/set_state
case("np.random.seed(3)\na = np.random.randn()\nb = np.random.random()\nnp.random.randn()")
case("np.random.seed(3)\na = np.random.randn()\nnp.random.get_state()[3:]")
case("np.random.seed(3)\na = np.random.randn()\nnp.random.seed(3)\nnp.random.get_state()[3:]")
case("np.random.seed(3)\ns = np.random.get_state()\na = np.random.randn(5)\nnp.random.set_state(s)\n"
     "np.random.randn(5)")
case("np.random.seed(3)\nnp.random.randn()\ns = np.random.get_state()\nb = np.random.randn(3)\n"
     "np.random.seed(9)\nnp.random.set_state(s)\nnp.random.randn(3)")
case("np.random.seed(3)\ns = np.random.get_state(legacy=False)\na = np.random.random()\n"
     "np.random.set_state(s)\nnp.random.random()")
case("np.random.seed(3)\ns = np.random.get_state()\nnp.random.set_state(s[:3])\nnp.random.get_state()[2:]")
case("np.random.seed(3)\nsorted(np.random.get_state(legacy=False).keys())")
case("rs = np.random.RandomState(5)\nnp.random.seed(6)\nx = np.random.random()\nrs.random()")
case("rs = np.random.RandomState(5)\nt = rs.random()\nrs.seed(5)\nrs.random()")
case("rs = np.random.RandomState(5)\nrs.normal(loc=[0.0, 10.0, 100.0], scale=2.0)")
case("rs = np.random.RandomState(5)\nrs.uniform(low=[0, 1], high=[[2], [3], [4]])")
case("rs = np.random.RandomState(5)\nrs.uniform(0, [1, 2], size=(3, 2))")
case("rs = np.random.RandomState(5)\nrs.choice([10, 20, 30], 4)")
case("rs = np.random.RandomState(5)\nrs.choice(np.arange(6) * 1.5)")
case("np.random.seed(0)\nnp.random.choice(20000, 3, replace=False)")
case("np.random.seed(0)\nnp.random.sample(2)")
case("np.random.seed(0)\nnp.random.ranf(2)")

# draws where Java's Math.log is one ulp away from the C library's log that NumPy calls
case("np.random.seed(0)\nx = np.random.randn(10300)\nx[[662, 663, 9008, 9009, 10276]]")
case("np.random.seed(0)\nx = np.random.randn(10300)\nfloat(x.sum())")
case("np.random.seed(5)\nnp.random.exponential(2.0, size=6)")
case("np.random.seed(5)\nnp.random.exponential()")
case("np.random.seed(5)\nnp.random.standard_exponential((2, 3))")
case("np.random.seed(5)\nx = np.random.standard_exponential(20000)\nfloat(x.sum())")
case("np.random.seed(5)\nnp.random.exponential([1.0, 10.0])")

# printed forms
case("np.random.seed(0)\nstr(np.random.random(3))")
case("np.random.seed(0)\nstr(np.random.randn(2, 2))")
case("np.random.seed(0)\nrepr(np.random.randint(10, size=4, dtype=np.int16))")
case("np.random.seed(0)\nstr(np.random.rand(10000, 10).shape)")

# errors
for code in ["np.random.seed(-1)", "np.random.seed(2**32)", "np.random.seed(1.5)", "np.random.seed([])",
             "np.random.seed([[1, 2]])", "np.random.seed([1, -2])", "np.random.randint(0)", "np.random.randint(5, 1)",
             "np.random.randint(0, 300, dtype=np.uint8)", "np.random.randint(-1, 5, dtype=np.uint8)",
             "np.random.randint(5, dtype=np.float64)", "np.random.normal(0, -1)", "np.random.normal(0, [1, -1])",
             "np.random.choice(0)", "np.random.choice(3, 5, replace=False)", "np.random.choice(3, p=[0.5, 0.5, 0.5])",
             "np.random.choice(3, p=[0.5, 0.5])", "np.random.choice(3, p=[1.5, -0.5, 0.0])",
             "np.random.choice(np.ones((2, 2)))", "np.random.choice(2.5)", "np.random.permutation(np.float64(1.5))",
             "np.random.set_state('x')", "np.random.set_state(('PCG64', 1, 2))",
             "np.random.set_state(('MT19937', np.zeros(624, dtype=np.uint32)))",
             "np.random.uniform(0, np.inf)", "np.random.rand(2.5)", "np.random.random(-1)",
             "np.random.choice(3, 4, replace=False, p=[0.5, 0.5, 0.0])", "np.random.RandomState(-3)",
             "np.random.exponential(-1.0)"]:
    case(code)


def describe(value):
    if isinstance(value, np.generic):  # before float: np.float64 is a float
        return {"repr": repr(value)}
    if isinstance(value, bool) or isinstance(value, int):
        return {"repr": repr(value)}
    if isinstance(value, float):
        return {"float": value, "repr": repr(value)}
    if isinstance(value, str):
        return {"repr": repr(value)}
    if isinstance(value, np.ndarray):
        data = value.ravel().tolist()
        return {"dtype": str(value.dtype), "shape": list(value.shape),
                "data": [v if not isinstance(v, float) or np.isfinite(v) else repr(v) for v in data],
                "repr": repr(value)}
    if isinstance(value, (tuple, list)):
        return {"repr": repr(value)}
    raise TypeError(f"no description for {type(value)}")


def run(code):
    *statements, last = code.split("\n")
    namespace = {"np": np}
    try:
        exec("\n".join(statements), namespace)
        return describe(eval(last, namespace))
    except Exception as error:  # noqa: BLE001 - recorded as the expected outcome
        return {"error": type(error).__name__, "message": str(error)}


print(json.dumps({"numpy": np.__version__, "cases": [{"code": c, "expected": run(c)} for c in CASES]}, indent=1))
