#!/usr/bin/env python3
"""Fill the `popularity` column of catalog.csv with synthetic long-tail counts.

The counts are NOT real sales or view figures. They are drawn from a seeded
random generator so that every run produces exactly the same file:

    rng   = numpy.random.default_rng(2026)
    ranks = a random permutation of 1..N (N = number of rows)
    noise = lognormal(mean=0, sigma=0.5) per row
    count = max(1, round(5000 / rank**1.1 * noise))

Counts are written back in row order; all other columns are left unchanged.
Usage: python3 generate_popularity.py [path/to/catalog.csv]
"""
import csv
import os
import sys

import numpy as np

SEED = 2026
SCALE = 5000.0
EXPONENT = 1.1
NOISE_SIGMA = 0.5


def main() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "catalog.csv")

    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = [row for row in reader if row]

    col = header.index("popularity")
    n = len(rows)

    rng = np.random.default_rng(SEED)
    ranks = rng.permutation(n) + 1
    noise = rng.lognormal(mean=0.0, sigma=NOISE_SIGMA, size=n)
    counts = np.maximum(1, np.round(SCALE / ranks.astype(float) ** EXPONENT * noise)).astype(int)

    for row, count in zip(rows, counts):
        row[col] = str(int(count))

    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)

    print(f"wrote popularity for {n} rows (seed {SEED}); "
          f"max={counts.max()} median={int(np.median(counts))} min={counts.min()}")


if __name__ == "__main__":
    main()
