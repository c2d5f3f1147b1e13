#!/usr/bin/env python3
"""NumPy's side of ArrayBenchmark: the same operations, medians, on this machine."""
import statistics
import time

import numpy as np


def median_us(warmup, runs, fn):
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1e6)
    return statistics.median(times)


small = np.arange(9, dtype=np.int32).reshape(3, 3)
v = np.array([0.5, 2.0], dtype=np.float32)
big = (np.arange(2048 * 2048, dtype=np.float32).reshape(2048, 2048) / np.float32(1e6))
print(f"x[::2, ::2] * v (3x3): {median_us(20000, 20000, lambda: small[::2, ::2] * v):.1f} us median")
print(f"2048^2 float32: x @ x {median_us(2, 7, lambda: big @ big) / 1e3:.1f} ms, "
      f"x + x {median_us(5, 21, lambda: big + big) / 1e3:.2f} ms, "
      f"x * 2.0 {median_us(5, 21, lambda: big * 2.0) / 1e3:.2f} ms (medians)")
