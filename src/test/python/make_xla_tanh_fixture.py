"""jnp's float32 tanh as XLA's CPU backend computes it, emulated in NumPy float32, for XlaTanhTest.

JAX runs jnp.tanh (eager, under jit, and inside its JVP and VJP rules) through XLA, whose CPU backend does not call a
correctly rounded tanhf: it emits Eigen's rational approximation inline. The source followed here is
openxla/xla, xla/codegen/intrinsic/tanh.cc at commit e19dbc68d0be94447c2b8ef1e6444a1e4f249cff: Tanh::CreateDefinition
emits, for F32 on x86-64 (every vector width and the scalar alike), EmitFastTanh(b, x, /*with_fma=*/true) with the
builder's fast-math flags set to allow contraction, so LLVM fuses each multiply-add into an fma:

    if |x| < 0.0004 (the literal 0.0004 rounded to float; an ordered compare, false for NaN): tanh(x) = x
    c = clamp(x, -7.99881172180175781, 7.99881172180175781)   (fast min/max: a NaN stays NaN, +-inf goes to +-c)
    x2 = c * c
    p = a13; p = fma(x2, p, a_k) for a11 .. a1;  p = c * p      (alpha coefficients below, Eigen's ptanh_float)
    q = b6;  q = fma(x2, q, b_k) for b4 .. b0
    tanh(x) = p / q, and copysign(1, x) where |x| >= 20 (HandleLargeInputs; the clamp already gives exactly 1 there)

The older form (xla/service/llvm_ir/math_ops.cc, EmitFastTanh) clamped to [-9, 9]; the two agree below 7.9988.
XLA runs with denormals flushed to zero: a subnormal input reads as a zero of its sign, so jnp.tanh gives that zero
(the "jnp" column); the "xla" column is the algorithm on the raw value (for a subnormal, the value itself).

FMA in float32 is computed exactly: the product of two floats is exact in float64, the sum is rounded to odd in
float64 (53 bits, more than 24 + 2, so the final rounding to float32 is the correctly rounded fma).

Writes src/test/resources/float32math/xla_tanh.json: base64 of little-endian float32 inputs and both results.
Run from the repository root: python3 src/test/python/make_xla_tanh_fixture.py
"""
import base64
import json

import numpy as np

F32 = np.float32
SMALL = F32(0.0004)
CLAMP = F32(7.99881172180175781)
LARGE = F32(20.0)
ALPHA = [F32(v) for v in (-2.76076847742355e-16, 2.00018790482477e-13, -8.60467152213735e-11,
                          5.12229709037114e-08, 1.48572235717979e-05, 6.37261928875436e-04,
                          4.89352455891786e-03)]
BETA = [F32(v) for v in (1.19825839466702e-06, 1.18534705686654e-04, 2.26843463243900e-03,
                         4.89352518554385e-03)]
OUT = "src/test/resources/float32math/xla_tanh.json"


def fma32(a, b, c):
    """float32 fma(a, b, c) = round(a * b + c) once, elementwise."""
    a = np.asarray(a, F32).astype(np.float64)
    b = np.asarray(b, F32).astype(np.float64)
    c = np.broadcast_to(np.asarray(c, F32).astype(np.float64), np.broadcast(a, b).shape)
    product = a * b  # exact: 24 + 24 bits
    with np.errstate(invalid="ignore", over="ignore"):
        total = product + c
        # TwoSum: the rounding error of product + c, exact.
        bv = total - product
        err = (product - (total - bv)) + (c - bv)
    inexact = np.isfinite(total) & (err != 0)
    # Round to odd: of the two doubles around the exact sum, the one with an odd last bit.
    bits = total.view(np.int64)
    even = (bits & 1) == 0
    toward = np.nextafter(total, np.where(err > 0, np.inf, -np.inf))
    odd = np.where(inexact & even, toward, total)
    return odd.astype(F32)


def xla_tanh(x):
    """XLA's float32 tanh on CPU, of the raw values (no flush)."""
    x = np.asarray(x, F32)
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        # Fast max then min as XLA emits them: select(x >= lo unordered, x, lo), select(x <= hi unordered, x, hi).
        c = np.where(~(x < -CLAMP), x, -CLAMP)
        c = np.where(~(c > CLAMP), c, CLAMP).astype(F32)
        x2 = (c * c).astype(F32)
        p = np.full(x.shape, ALPHA[0], F32)
        for a in ALPHA[1:]:
            p = fma32(x2, p, a)
        p = (c * p).astype(F32)
        q = np.full(x.shape, BETA[0], F32)
        for b in BETA[1:]:
            q = fma32(x2, q, b)
        r = (p / q).astype(F32)
        r = np.where(np.abs(x) < SMALL, x, r)
        r = np.where(np.abs(x) >= LARGE, np.copysign(F32(1), x), r)
    return r.astype(F32)


def flush(x):
    """XLA's DAZ/FTZ: a subnormal reads and is written as a zero of its sign."""
    x = np.asarray(x, F32)
    tiny = (x != 0) & (np.abs(x) < np.finfo(F32).tiny)
    return np.where(tiny, np.copysign(F32(0), x), x).astype(F32)


def inputs():
    special = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1e-45, -1e-45, 1e-40, -3e-39,
                        np.finfo(F32).tiny, -np.finfo(F32).tiny, 1e-37, 1e-30, 1e-8, -1e-5,
                        np.finfo(F32).max, -np.finfo(F32).max, 19.999998, 20.0, -20.0, 9.0, 8.5, -8.0, 100.0],
                       F32)
    small = F32(0.0004)
    edges = np.array([np.nextafter(small, F32(0)), small, np.nextafter(small, F32(1)),
                      -np.nextafter(small, F32(0)), -small, -np.nextafter(small, F32(1))], F32)
    clamp = np.array([np.nextafter(CLAMP, F32(0)), CLAMP, np.nextafter(CLAMP, F32(9)), -CLAMP,
                      np.nextafter(-CLAMP, F32(0)), np.nextafter(-CLAMP, F32(-9))], F32)
    # Values the documentation's examples reach: the advanced-autodiff sigmoid's halves and 0.5 steps.
    docs = np.array([-2.0972044, -1.0486022, 0.5, 1.0, -1.0, 2.0, 0.25, -0.75], F32)
    rng = np.random.default_rng(20261207)
    dense = np.linspace(-10, 10, 16001, dtype=F32)           # every 0.00125 across both paths and the clamp
    tiny_sweep = np.linspace(-0.001, 0.001, 2001, dtype=F32)  # around the small-|x| switch
    logs = (rng.choice([-1, 1], 8000) * np.exp(rng.uniform(np.log(1e-38), np.log(30), 8000))).astype(F32)
    bits = rng.integers(0, 2 ** 32, 4000, dtype=np.uint64).astype(np.uint32).view(F32)  # any bit pattern
    return np.concatenate([special, edges, clamp, docs, dense, tiny_sweep, logs, bits]).astype(F32)


def encode(a):
    return base64.b64encode(np.asarray(a, "<f4").tobytes()).decode()


def main():
    x = inputs()
    raw = xla_tanh(x)
    jnp_result = flush(xla_tanh(flush(x)))
    with np.errstate(all="ignore"):
        rounded = np.tanh(x.astype(np.float64)).astype(F32)
    finite = np.isfinite(x)
    same = (raw.view(np.int32) == rounded.view(np.int32))[finite]
    print(f"{x.size} inputs; XLA's tanh equals the correctly rounded tanh on {same.mean():.4f} of the finite ones")
    fixture = {"source": "openxla/xla xla/codegen/intrinsic/tanh.cc @ e19dbc68d0be94447c2b8ef1e6444a1e4f249cff, "
                         "EmitFastTanh with_fma=true (x86-64 F32)",
               "note": "base64 of little-endian float32: inputs, xla (the algorithm on the raw value), jnp (with "
                       "XLA's flush of subnormal inputs and results)",
               "inputs": encode(x), "xla": encode(raw), "jnp": encode(jnp_result)}
    with open(OUT, "w") as f:
        json.dump(fixture, f)
        f.write("\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
