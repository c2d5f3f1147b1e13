"""Expected output for ComplexArraysTest: complex arrays in the playground, as NumPy 2 prints and computes them.

Each group is a list of statements run in one session, REPL style: a bare expression shows its repr. A statement's
expectation is its stdout plus the shown repr, or the exception's type and message. `np` groups run under NumPy
itself. `jnp` groups cannot run JAX here: their statements are written twice, the playground's jnp code and a NumPy
emulation whose complex64 result is printed the way JAX prints an Array (`jax_repr`, after jax/_src/array.py);
they use values that XLA computes exactly as NumPy does (sums, products of small numbers, divisions by XLA's
Smith variant), so the emulation is the result.
Run: python3 src/test/python/gen_complex_fixtures.py > src/test/resources/playground/complex_arrays.json
"""
import io
import json
import sys
import warnings

import numpy as np

NP_GROUPS = {
    "creation": [
        "c = np.array([[1, 2], [3, 4]], dtype=complex)",
        "c",
        "print(c)",
        "np.array([1+2j, 3])",
        "np.array([1+2j, 3], dtype=np.complex64)",
        "np.array([1, 2], dtype='complex64')",
        "np.array([1.5, -2], dtype='c16')",
        "np.array([0.5j, -1j, 2])",
        "np.array([[1j]])",
        "np.array(1+2j)",
        "np.array([])+0j",
        "np.array([1j, 2], dtype=np.complex128).dtype",
        "c.dtype.name, c.dtype.itemsize, c.itemsize, c.nbytes",
        "np.dtype('c8'), np.dtype('complex'), np.dtype('D'), np.dtype('F')",
        "np.array([1j]).dtype.kind, np.array([1j], np.complex64).dtype.str",
        "np.zeros(3, dtype=complex)",
        "np.ones((2, 2), dtype=np.complex64)",
        "np.full(3, 1-2j)",
        "np.full((2,), 2, dtype=complex)",
        "np.arange(4, dtype=complex)",
        "np.empty(0, dtype=complex)",
        "np.array([1j], dtype=int)",
        "np.array([1j], dtype=float)",
        "np.array([1j, 0], dtype=bool)",
        "np.issubdtype(np.complex64, np.complexfloating), np.issubdtype(np.complex128, np.floating)",
        "np.issubdtype(c.dtype, np.inexact), np.issubdtype(c.dtype, np.number)",
    ],
    "printing": [
        "np.array([np.nan + 1j, np.inf - 2j, -0.0 - 0.0j, 1e-5 + 1j])",
        "np.array([1e10 + 1j, 1])",
        "np.array([0.1 + 0.2j, 1/3 - 2j/3])",
        "np.array([0.1 + 0.2j, 1/3 - 2j/3], dtype=np.complex64)",
        "np.array([complex(1, np.nan), complex(np.inf, np.inf)])",
        "np.array([1 - 1j, -2.5 + 3j]) * 1e-9",
        "np.arange(12, dtype=complex).reshape(3, 4) * (1 + 0.5j)",
        "np.arange(2000, dtype=complex)",
        "np.array([[1+1j, 2], [3, 4-4j]], dtype=np.complex64)",
        "print(np.array([1e-3 + 100j, 7]))",
        "str(np.array([1j, 2]))",
    ],
    "scalars": [
        "np.complex128(1+2j)",
        "str(np.complex128(1+2j))",
        "np.complex128(1j)",
        "np.complex64(0.1+0.2j)",
        "np.complex128(-1.5-0j)",
        "np.complex128(1e20+1e-7j)",
        "np.complex64(1e7+1j)",
        "x = np.array([1+2j, -3j])",
        "x[0]",
        "x[1]",
        "print(x[0])",
        "x[0].real, x[0].imag",
        "x[1:].item()",
        "x.tolist()",
        "complex(x[0])",
        "np.array([1+2j], dtype=np.complex64)[0]",
        "np.complex64(2)",
        "np.complex128(3.5)",
    ],
    "parts": [
        "c = np.array([[1+2j, -3], [4j, -5-6j]])",
        "c.real",
        "c.imag",
        "np.real(c)",
        "np.imag(c)",
        "np.conj(c)",
        "np.conjugate(c)",
        "c.conj()",
        "np.angle(c)",
        "np.angle(c, deg=True)",
        "np.abs(c)",
        "np.absolute(np.array([3+4j], dtype=np.complex64))",
        "abs(c)",
        "np.real(np.array([1.5, 2])), np.imag(np.array([1.5, 2]))",
        "np.array([1, 2]).real",
        "np.array([1, 2]).imag",
        "np.angle(np.array([-1.0, 1.0]))",
        "np.array([1+1j], dtype=np.complex64).real",
    ],
    "astype": [
        "c = np.array([1.5+2j, -3.25-1j])",
        "c.astype(np.complex64)",
        "c.astype(float)",
        "c.astype(int)",
        "c.astype(bool)",
        "np.array([1, 2, 3]).astype(complex)",
        "np.array([1.5, 2.5], dtype=np.float32).astype(np.complex64)",
        "np.array([True, False]).astype(complex)",
        "c.astype(np.complex64).astype(complex)",
        "c.astype(float, casting='same_kind')",
        "np.array([1, 2]).astype(complex, casting='safe')",
        "c.astype(float, casting='same_value')",
        "np.array([1+0j]).astype(float, casting='same_value')",
        "c.astype(np.complex64, casting='same_value')",
        "np.array([0.1+0j]).astype(np.complex64, casting='same_value')",
    ],
    "arithmetic": [
        "c = np.array([[1, 2], [3, 4]], dtype=complex)",
        "c * 1j",
        "2 * c",
        "c + c",
        "c - 1j",
        "1j - c",
        "c / (1 + 1j)",
        "(1 + 2j) / c",
        "c / 0",
        "c ** 2",
        "c ** 3",
        "c ** -1",
        "c ** 0.5",
        "c ** (1 + 1j)",
        "-c",
        "+c",
        "a = np.arange(3.0)",
        "d = np.exp(a * 1j)",
        "d",
        "d.dtype.name",
        "np.array([1, 2], np.complex64) + np.float64(1)",
        "np.array([1, 2], np.complex64) + np.array([1.0])",
        "np.array([1, 2], np.complex64) + np.array([1.0], np.float32)",
        "np.array([1, 2], np.complex64) * 1j",
        "np.array([1, 2], np.float32) * 1j",
        "np.array([1, 2], np.int32) * 1j",
        "np.array([1, 2], np.int16) + np.array([1j], np.complex64)",
        "np.array([1, 2], np.int32) + np.array([1j], np.complex64)",
        "np.array([True]) + 1j",
        "np.array([1+1j, 2-1j], np.complex64) / np.array([3-1j, 0.5j], np.complex64)",
        "np.array([1+1j, 2-1j], np.complex64) * np.array([3-1j, 0.5j], np.complex64)",
        "x = np.array([1+2j, 3-4j])",
        "x == np.array([1+2j, 3+4j])",
        "x != 3-4j",
        "x == 1",
        "x < np.array([1+3j, 3-4j])",
        "x >= 1+2j",
        "np.maximum(x, np.array([2j, 3]))",
        "np.minimum(x, np.array([2j, 3]))",
        "x // 2",
        "x % 2",
        "np.floor_divide(x, 1j)",
        "x & 1",
        "~x",
    ],
    "functions": [
        "z = np.array([1+1j, -2+0.5j, 0.25j, -1])",
        "np.exp(z)",
        "np.log(z)",
        "np.sqrt(z)",
        "np.sqrt(np.array([-4+0j, 4, -0.0j]))",
        "np.sin(z)",
        "np.cos(z)",
        "np.tanh(z)",
        "np.sign(z)",
        "np.exp(np.array([1+1j], np.complex64))",
        "np.sqrt(np.array([-1+0j], np.complex64))",
    ],
    "reductions": [
        "c = np.array([[1+2j, 3], [4j, -5-6j], [0.5, 1j]])",
        "c.sum()",
        "np.sum(c, axis=0)",
        "c.sum(axis=1)",
        "c.sum(axis=1, keepdims=True)",
        "c.prod()",
        "np.prod(c, axis=0)",
        "c.mean()",
        "np.mean(c, axis=0)",
        "c.mean(axis=-1)",
        "np.arange(100, dtype=complex).sum() * (1 + 1j)",
        "(np.arange(50, dtype=np.complex64) * (0.1 + 0.3j)).sum()",
        "(np.arange(300, dtype=complex) * (0.1 + 0.7j)).sum()",
        "np.array([], dtype=complex).sum()",
        "c.max()",
        "c.min()",
        "np.max(c, axis=0)",
        "c.min(axis=1)",
        "c.argmax()",
        "np.argmin(c)",
        "c.argmax(axis=0)",
        "np.argmin(c, axis=1)",
        "n = np.array([1+1j, complex(1, np.nan), 5, complex(np.nan, 0)])",
        "n.max(), n.min(), n.argmax(), n.argmin()",
        "np.array([1j, 1+0j, 1-1j]).argmax(), np.array([1j, 1+0j, 1-1j]).argmin()",
        "np.array([], dtype=complex).max()",
        "np.array([], dtype=complex).argmin()",
        "np.cumsum(c)",
        "c.cumprod(axis=0)",
        "np.cumsum(np.array([0.1+0.2j, 0.3j, 1], dtype=np.complex64))",
        "np.add.accumulate(c, axis=1)",
    ],
    "indexing": [
        "x = np.zeros((2, 3), dtype=complex)",
        "x[0, 1] = 1+2j",
        "x[1] = 5",
        "x[:, 2] = np.array([1j, -1j])",
        "x",
        "x[0]",
        "x[:, 1:]",
        "x[x != 0]",
        "x.reshape(3, 2)",
        "x.T",
        "x[::-1, ::2]",
        "y = np.zeros(2)",
        "y[0] = 1j",
        "z = np.zeros(2, dtype=int)",
        "z[0] = 1j",
        "y",
        "x.ravel()",
        "x.flatten()",
    ],
    "other_functions": [
        "c = np.array([3+1j, 1-2j, 2j])",
        "d = np.array([np.nan+1j, 1+np.inf*1j, 1+1j, complex(np.inf, np.nan)])",
        "c.var()",
        "c.std()",
        "np.var(np.array([[1+1j, 2], [3j, -1]]), axis=0)",
        "np.array([1+1j, 2], dtype=np.complex64).var()",
        "np.round(np.array([1.5+2.5j, 0.4-1.6j]))",
        "np.round(np.array([1.55+2.25j, -0.125j]), 1)",
        "np.rint(np.array([1.5+2.5j]))",
        "np.floor(c)",
        "np.isnan(d)",
        "np.isinf(d)",
        "np.isfinite(d)",
        "np.where(c != 2j, c, 0)",
        "np.concatenate([c, np.array([1.0])])",
        "np.stack([c, c])",
        "np.hstack([c, np.array([1, 2])])",
        "np.isclose(np.array([1+1j, 2]), np.array([1+1.0000001j, 2.1]))",
        "np.allclose(c, c + 1e-12j)",
        "np.eye(2, dtype=complex)",
        "np.linspace(0, 1, 3, dtype=complex)",
        "np.full(2, 1j, dtype=np.float64)",
        "np.complex128(1+2j) + 1",
        "np.complex128(1+2j) * np.float32(2)",
        "1j * np.float32(2)",
        "np.float64(2) * 1j",
        "np.abs(np.complex64(3+4j))",
        "bool(np.array([0j])), bool(np.array([1j]))",
        "c[0] == 3+1j",
        "list(c)",
        "for z in c: print(z)",
        "x = np.arange(4.0)",
        "x[0] = 1j",
        "x",
        "np.array([1j]).item()",
        "np.array([1+2j, 3]).astype(np.complex64).tolist()",
        "s = np.array([3+1j, complex(np.nan, 1), 1-2j, complex(1, np.nan), 2j, 1+2j, complex(np.nan, np.nan), 1-2j])",
        "np.sort(s)",
        "np.argsort(s)",
        "np.unique(np.array([1+1j, 2, 1+1j, -1j]))",
        "np.unique(s, equal_nan=False)",
        "np.unique(np.array([[1j, 2], [1j, 2], [0, 1]]), axis=0)",
        "np.sort(np.array([[2j, 1], [0, -1j]]), axis=0)",
        "np.nonzero(np.array([0j, 1j, 0, complex(np.nan, 0)]))",
        "np.count_nonzero(np.array([0j, 1j, 2]))",
    ],
    "linalg": [
        "a = np.array([[1+1j, 2], [3, 4-1j]])",
        "b = np.array([[1j, 0], [1, 1]])",
        "a @ b",
        "np.dot(a, b)",
        "a @ np.array([1, 2])",
        "np.array([1.0, 2.0]) @ a",
        "np.dot(np.array([1+1j, 2]), np.array([1j, 1]))",
        "np.linalg.norm(np.array([1+1j, 2]))",
        "np.linalg.norm(np.array([[1+1j, 2], [0, 1j]], dtype=np.complex64))",
        "np.random.default_rng(0).normal(np.array([1+1j, 2]))",
        "np.random.default_rng(0).choice(3, p=np.array([0.5, 0.5, 0j]))",
        "np.vdot(np.array([1+2j, 3]), np.array([1j, 1-1j]))",
        "np.trace(np.array([[1j, 2], [3, 4-1j]]))",
    ],
}

# jnp groups: (playground code, NumPy emulation or None when the statement binds a name or raises by JAX's words)
J_GROUPS = {
    "jnp": [
        ("import jax.numpy as jnp", None),
        ("x = jnp.array([1+2j, 3])", None),
        ("x", "np.array([1+2j, 3], dtype=np.complex64)"),
        ("x.dtype", "np.dtype('complex64')"),
        ("jnp.array([1, 2], dtype=complex)", "np.array([1, 2], dtype=np.complex64)"),
        ("jnp.array([1, 2], dtype=jnp.complex64)", "np.array([1, 2], dtype=np.complex64)"),
        ("jnp.zeros(2, dtype=jnp.complex64)", "np.zeros(2, dtype=np.complex64)"),
        ("x * 1j", "np.array([1+2j, 3], dtype=np.complex64) * np.complex64(1j)"),
        ("2 * x", "np.array([1+2j, 3], dtype=np.complex64) * np.complex64(2)"),
        ("x + x", "np.array([2+4j, 6], dtype=np.complex64)"),
        ("x - 1", "np.array([0+2j, 2], dtype=np.complex64)"),
        ("-x", "-np.array([1+2j, 3], dtype=np.complex64)"),
        ("x * x", "np.array([1+2j, 3], dtype=np.complex64) ** 2"),
        ("jnp.arange(3.0) * 1j", "np.arange(3.0, dtype=np.float32) * np.complex64(1j)"),
        ("jnp.arange(3) + 0.5j", "weak(np.arange(3, dtype=np.float32) + np.complex64(0.5j))"),
        ("x == 3", "np.array([False, True])"),
        ("x.real", "np.array([1, 3], dtype=np.float32)"),
        ("x.imag", "np.array([2, 0], dtype=np.float32)"),
        ("jnp.conj(x)", "np.conj(np.array([1+2j, 3], dtype=np.complex64))"),
        ("jnp.abs(jnp.array([3+4j]))", "np.array([5], dtype=np.float32)"),
        ("x.sum()", "np.complex64(4+2j)"),
        ("jnp.array([[1j, 2], [3, 4j]]).sum(axis=0)", "np.array([3+1j, 2+4j], dtype=np.complex64)"),
        ("jnp.true_divide(jnp.array([1j, 9+5j, -4+2j]), 3j)", "jax_divide()"),
        ("print(x)", None),
        ("x[0]", "np.complex64(1+2j)"),
        ("jnp.array(1j)", "weak(np.complex64(1j))"),
        ("jnp.array([1.5, 2], dtype=jnp.float32).astype(jnp.complex64)", "np.array([1.5, 2], dtype=np.complex64)"),
        ("x // 2", None),
    ],
}


def jax_repr(value, weak=False):
    """How JAX prints an Array (jax/_src/array.py ArrayImpl.__repr__), for a NumPy value."""
    a = np.asarray(value)
    prefix = "Array("
    dtype_str = f"dtype={a.dtype.name}, weak_type=True)" if weak else f"dtype={a.dtype.name})"
    line_width = np.get_printoptions()["linewidth"]
    if a.size == 0:
        s = f"[], shape={a.shape}"
    else:
        s = np.array2string(a, prefix=prefix, suffix=",", separator=", ", max_line_width=line_width)
    last_line_len = len(s) - s.rfind("\n") + 1
    sep = " "
    if last_line_len + len(dtype_str) + 1 > line_width:
        sep = " " * len(prefix)
    return f"{prefix}{s},{sep}{dtype_str}"


def jax_divide():
    """XLA's complex division (Smith's, dividing by the denominator), in float32: the documented true_divide."""
    x = np.array([1j, 9 + 5j, -4 + 2j], dtype=np.complex64)
    c, d = np.float32(0), np.float32(3)  # the divisor 3j
    rat = c / d
    denom = c * rat + d
    real = (x.real * rat + x.imag) / denom
    imag = (x.imag * rat - x.real) / denom
    return (real + 1j * imag).astype(np.complex64)


class Weak:
    def __init__(self, value):
        self.value = value


def weak(value):
    return Weak(value)


def run_np(statements):
    scope = {"np": np}
    results = []
    for source in statements:
        out = io.StringIO()
        saved = sys.stdout
        sys.stdout = out
        error = None
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                exec(compile(source + "\n", "<stdin>", "single"), scope)
        except Exception as e:  # noqa: the statement's own exception is the expectation
            name = type(e).__name__
            error = {"type": "UFuncTypeError" if name.startswith("_UFunc") else name, "message": str(e)}
        finally:
            sys.stdout = saved
        results.append({"code": source, "stdout": out.getvalue(), **({"error": error} if error else {})})
    return results


def run_jnp(pairs):
    results = []
    for code, emulation in pairs:
        case = {"code": code}
        if emulation is not None:
            value = eval(emulation, {"np": np, "jax_divide": jax_divide, "weak": weak})
            if isinstance(value, Weak):
                case["stdout"] = jax_repr(value.value, weak=True) + "\n"
            elif isinstance(value, np.dtype):
                case["stdout"] = repr(value) + "\n"
            else:
                case["stdout"] = jax_repr(value) + "\n"
        elif code == "print(x)":
            case["stdout"] = str(np.array([1 + 2j, 3], dtype=np.complex64)) + "\n"
        elif code == "x // 2":
            case["stdout"] = ""
            case["error"] = {"type": "TypeError", "message": "floor_divide does not support complex-valued inputs"}
        else:
            case["stdout"] = ""
        results.append(case)
    return results


DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "float32",
          "float64", "complex64", "complex128"]


def promotion_table():
    """np.promote_types for every pair with a complex side, and NEP 50's result with a Python complex operand."""
    pairs = [[a, b, np.promote_types(a, b).name] for a in DTYPES for b in DTYPES
             if a.startswith("complex") or b.startswith("complex")]
    weak = [[a, np.result_type(np.zeros(1, a), 1j).name] for a in DTYPES]
    return {"pairs": pairs, "with_python_complex": weak}


def main():
    groups = [{"name": name, "cases": run_np(statements)} for name, statements in NP_GROUPS.items()]
    groups += [{"name": name, "cases": run_jnp(pairs)} for name, pairs in J_GROUPS.items()]
    json.dump({"numpy": np.__version__, "groups": groups, "promotion": promotion_table()}, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
