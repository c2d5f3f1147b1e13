"""Long streams of NumPy's ziggurat samplers (and of gamma and Poisson, which draw through them), so ZigguratStreamTest checks every table entry and both tails.

For each seed, sampler and dtype, NumPy 2 draws COUNT values from np.random.default_rng(seed) and the fixture
keeps the SHA-256 of their little-endian bytes, the first values and how many fell in the tail past the
ziggurat's last strip (the draws that take C's log1p). 100,000 normal draws visit each of the 256 strips
about 390 times, the wedges (C's exp) about 700 times and the tail about 25 times.

Run: python3 src/test/python/gen_ziggurat_streams.py > src/test/resources/random/ziggurat_streams.json
"""
import hashlib
import json

import numpy as np

COUNT = 100_000
SEEDS = [0, 1, 2, 3, 42, 12345, 2**32 + 1, 2**63 - 1]
NORMAL_TAIL = 3.6541528853610087963519472518
EXPONENTIAL_TAIL = 7.6971174701310497140446280481


def draw(rng, sampler, dtype):
    if sampler == "standard_normal":
        return rng.standard_normal(COUNT, dtype=dtype)
    if sampler == "standard_exponential":
        return rng.standard_exponential(COUNT, dtype=dtype)
    return rng.standard_exponential(COUNT, dtype=dtype, method="inv")


streams = []
for seed in SEEDS:
    for sampler in ("standard_normal", "standard_exponential", "standard_exponential_inv"):
        for dtype in ("float64", "float32"):
            values = draw(np.random.default_rng(seed), sampler, np.dtype(dtype))
            tail = NORMAL_TAIL if sampler == "standard_normal" else EXPONENTIAL_TAIL
            streams.append({
                "seed": seed, "sampler": sampler, "dtype": dtype, "count": COUNT,
                "sha256": hashlib.sha256(values.astype(values.dtype.newbyteorder("<")).tobytes()).hexdigest(),
                "first": [float(v).hex() for v in values[:5]],
                "tail": int(np.sum(np.abs(values) > tail)),
            })
# gamma (Marsaglia-Tsang over the ziggurat normals, Johnk below shape 1) and Poisson (multiplication, PTRS)
for seed in SEEDS[:4]:
    for shape in (0.5, 1.0, 2.5, 10.0):
        for dtype in ("float64", "float32"):
            values = np.random.default_rng(seed).standard_gamma(shape, COUNT, dtype=np.dtype(dtype))
            streams.append({
                "seed": seed, "sampler": "standard_gamma", "param": shape, "dtype": dtype, "count": COUNT,
                "sha256": hashlib.sha256(values.astype(values.dtype.newbyteorder("<")).tobytes()).hexdigest(),
                "first": [float(v).hex() for v in values[:5]], "tail": 0,
            })
    for lam in (0.5, 3.0, 10.0, 250.0):
        values = np.random.default_rng(seed).poisson(lam, COUNT).astype(np.float64)
        streams.append({
            "seed": seed, "sampler": "poisson", "param": lam, "dtype": "float64", "count": COUNT,
            "sha256": hashlib.sha256(values.astype("<f8").tobytes()).hexdigest(),
            "first": [float(v).hex() for v in values[:5]], "tail": 0,
        })
print(json.dumps({"generator": "src/test/python/gen_ziggurat_streams.py", "numpy": np.__version__,
                  "streams": streams}, indent=1))
