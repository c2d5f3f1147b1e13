"""jnp.power / ** in float32 as JAX computes it, emulated in NumPy, for PowerTracingTest.

jax.numpy.power (jax/_src/numpy/ufuncs.py) has two paths:
  * a concrete integer exponent (operator.index(x2) succeeds: a Python int, a NumPy integer) is lax.integer_pow,
    lowered as lax's _integer_pow: repeated squaring, each product rounded to float32, and 1 / acc for a negative
    exponent; exponent 0 gives ones (NaN ** 0 too), exponent 1 the operand itself. So 3.1 ** 3 is
    float32(float32(3.1 * 3.1) * 3.1) = 29.790998, not the correctly rounded 29.790997 that np.power gives.
  * any other exponent (a Python float such as 3.0, a float array) is lax.pow. The expectation here is the power
    correctly rounded to float32: C's pow in float64 (np.power of float64 arrays; the exponent is a full array so
    NumPy's scalar fast paths, such as sqrt for 0.5, stay out), rounded once. That is the playground's kernel; XLA
    on CPU calls the C library's powf, which is within 1 ulp but not always correctly rounded (glibc's powf gives
    1.1 ** 2.5 = 1.2690587 where the rounded power is 1.2690588), a known last-bit gap of the playground.
XLA on CPU runs with denormals flushed to zero: subnormal operands of an arithmetic op read as zeros and subnormal
results (including integer_pow's intermediate products) become zeros of their sign; the emulation does the same.

Writes src/test/resources/jaxpower/power_cases.json: the inputs as Python literals, and for each case its
expression and the expected float32 results as unsigned 32-bit patterns.
Run from the repository root: python3 src/test/python/make_power_fixtures.py
"""
import json
import math

import numpy as np

TINY = np.finfo(np.float32).tiny

X = [0.0, -0.0, 1.0, -1.0, 1.1, 2.1, 3.1, -2.5, 0.3, 7.7, 1e-3, 1e19, math.nan, math.inf, -math.inf, 1e-20,
     123.456, -0.7, 1e-40, 5e-20]
Y = [0.0, 0.0, 2.5, -1.5, 0.5, 3.0, -2.0, 2.0, 1.0, -0.5, 3.5, 0.25, 0.0, -1.0, 2.0, 2.0, 1.5, 3.0, 2.0, -2.0]


def flush(a):
    a = np.asarray(a, dtype=np.float32)
    return np.where((a != 0) & (np.abs(a) < TINY), np.copysign(np.float32(0), a), a).astype(np.float32)


def integer_pow(x, n):
    x = np.asarray(x, dtype=np.float32)
    if n == 0:
        return np.ones_like(x)
    acc = None
    square = x
    k = abs(n)
    with np.errstate(all="ignore"):
        while k > 0:
            if k & 1:
                acc = square if acc is None else flush(flush(acc) * flush(square))
            k >>= 1
            if k > 0:
                square = flush(flush(square) * flush(square))
        return flush(np.float32(1) / flush(acc)) if n < 0 else acc


def pow_(x, y):
    x, y = np.broadcast_arrays(flush(x), flush(y))
    with np.errstate(all="ignore"):
        return flush(np.power(x.astype(np.float64), y.astype(np.float64)).astype(np.float32))


def literal(v):
    if math.isnan(v):
        return "float('nan')"
    if math.isinf(v):
        return "float('inf')" if v > 0 else "-float('inf')"
    return repr(float(np.float32(v)))


def bits(a):
    return [int(b) for b in np.asarray(a, dtype=np.float32).view(np.uint32)]


def main():
    x = np.array(X, dtype=np.float32)
    y = np.array(Y, dtype=np.float32)
    cases = []
    for n in [0, 1, 2, 3, 4, 5, 7, 16, 33, -1, -2, -3]:
        cases.append({"expr": f"x ** {n}", "bits": bits(integer_pow(x, n))})
        cases.append({"expr": f"jnp.power(x, {n})", "bits": bits(integer_pow(x, n))})
    cases.append({"expr": "jnp.power(x, np.int32(3))", "bits": bits(integer_pow(x, 3))})
    for e in [3.0, 2.5, 0.5, -1.5, 0.0, 2.0, -2.0]:
        cases.append({"expr": f"x ** {e!r}", "bits": bits(pow_(x, np.float32(e)))})
        cases.append({"expr": f"jnp.power(x, {e!r})", "bits": bits(pow_(x, np.float32(e)))})
    cases.append({"expr": "x ** y", "bits": bits(pow_(x, y))})
    cases.append({"expr": "jnp.power(y, x)", "bits": bits(pow_(y, x))})
    cases.append({"expr": "2.0 ** y", "bits": bits(pow_(np.float32(2.0), y))})
    cases.append({"expr": "jnp.power(-1.5, y)", "bits": bits(pow_(np.float32(-1.5), y))})
    out = {"x": [literal(v) for v in X], "y": [literal(v) for v in Y], "cases": cases}
    with open("src/test/resources/jaxpower/power_cases.json", "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
