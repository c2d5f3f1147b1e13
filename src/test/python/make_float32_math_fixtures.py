"""NumPy's float32 exp, log and sqrt of chosen inputs, bit for bit, for NumpyFloat32MathTest.

Inputs: float32 bit patterns spread evenly over all 2**32 (every sign, exponent, NaN, subnormal), then the edges
of each algorithm: the overflow and underflow limits of exp, the ends of its fast path (|x| near 86), subnormal and
tiny results, zeros, infinities, NaN payloads, mantissas next to sqrt(1/2) for log, and ordinary values. Stored as
base64 of little-endian int32 arrays. Run: python3 src/test/python/make_float32_math_fixtures.py
"""
import base64
import json
import numpy as np

f32 = np.float32


def around(value, steps=40):
    bits = int(np.array([value], dtype=np.float32).view(np.int32)[0])
    return np.arange(bits - steps, bits + steps + 1, dtype=np.int64).astype(np.int32).view(np.float32)


spread = (np.arange(0, 2**32, 2**32 // 12007, dtype=np.uint64) + 12345).astype(np.uint32).view(np.int32)
edges = [around(v) for v in (88.72283935546875, 88.7228317, -103.97208404541015625, -87.33654, -87.0, -86.0,
                             86.0, 88.0, 0.0, -0.0, 1.0, -1.0, 0.70710677, 1.4142135, 0.5, 2.0,
                             1.17549435e-38, 1e-45, 3.4028235e38, 0.6931472, 10.0, -20.0)]
special = np.array([0x7f800000, 0xff800000, 0x7fc00000, 0xffc00000, 0x7f800001, 0x7fbfffff, 0x00000001, 0x80000001,
                    0x007fffff, 0x00800000, 0x00000000, 0x80000000], dtype=np.uint32).view(np.int32)
rng = np.random.default_rng(7)
ordinary = np.concatenate([(rng.standard_normal(3000) * 5).astype(f32), rng.uniform(0, 100, 2000).astype(f32),
                           (10.0 ** rng.uniform(-40, 38, 2000)).astype(f32)])
inputs = np.concatenate([spread.view(np.float32), *edges, special.view(np.float32), ordinary]).astype(np.float32)

with np.errstate(all="ignore"):
    outputs = {name: getattr(np, name)(inputs) for name in ("exp", "log", "sqrt")}


def encode(a):
    return base64.b64encode(a.astype("<f4").view("<i4").tobytes()).decode()


with open("src/test/resources/float32math/numpy_exp_log_sqrt.json", "w") as f:
    json.dump({"numpy": np.__version__, "count": int(inputs.size), "inputs": encode(inputs),
               **{name: encode(v) for name, v in outputs.items()}}, f)
print(inputs.size, "inputs")
