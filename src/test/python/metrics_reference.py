"""NumPy reference for TasteLab's offline evaluation: leave-last-out split, most-popular ranking with the
issue's tie rules, and every ranking metric at several k. Writes the fixture that
MetricsAgainstNumpyTest reads:

    python3 src/test/python/metrics_reference.py > src/test/resources/evaluation/metrics_reference.json

Definitions (as in README): binary relevance; precision@k = hits/k; recall@k = hits/|test|;
nDCG@k = sum_{hits at rank r} 1/log2(r+1) / sum_{r=1}^{min(|test|,k)} 1/log2(r+1);
AP@k = sum_{hits at rank r} (hits up to r)/r / min(|test|,k); RR@k = 1/rank of first hit; hit@k = any hit;
coverage = distinct recommended / items seen in training; popularity bias = mean training popularity of
recommended items. Users without test items are not evaluated.
"""
import json
import sys

import numpy as np


def make_data(rng):
    n_users, n_items, n = 60, 40, 700
    # Integer ids in a shuffled order, so numeric order differs from index order and from string order.
    item_ids = rng.choice(np.arange(1, 400), size=n_items, replace=False)
    users = rng.integers(0, n_users, size=n)
    # A popularity skew, so most-popular is not all ties.
    weights = 1.0 / (1 + np.arange(n_items)) ** 0.7
    items = rng.choice(n_items, size=n, p=weights / weights.sum())
    timestamps = rng.integers(0, 12, size=n)  # few distinct times: many ties
    return n_users, n_items, item_ids, users, items, timestamps


def leave_last_out(n_users, item_ids, users, items, timestamps):
    train, test = {}, {}
    for u in range(n_users):
        idx = np.nonzero(users == u)[0]
        latest = {}
        for e in idx:  # input order; a later duplicate with time >= wins
            i, t = int(items[e]), int(timestamps[e])
            if i not in latest or t >= latest[i]:
                latest[i] = t
        entries = list(latest.items())
        if len(entries) >= 2:
            # latest time first, then the larger numeric id
            entries.sort(key=lambda it: (-it[1], -int(item_ids[it[0]])))
            test[u] = [entries[0][0]]
            train[u] = sorted(i for i, _ in entries[1:])
        else:
            test[u] = []
            train[u] = sorted(i for i, _ in entries)
    return train, test


def metrics_at(ranked, relevant, k):
    top = ranked[:k]
    hits = np.isin(top, relevant)
    n_hits = hits.sum()
    ranks = np.nonzero(hits)[0] + 1
    dcg = np.sum(1.0 / np.log2(ranks + 1))
    idcg = np.sum(1.0 / np.log2(np.arange(1, min(len(relevant), k) + 1) + 1))
    ap = np.sum(np.arange(1, len(ranks) + 1) / ranks) / min(len(relevant), k)
    rr = 1.0 / ranks[0] if len(ranks) else 0.0
    return dict(precision=n_hits / k, recall=n_hits / len(relevant), ndcg=dcg / idcg, map=ap, mrr=rr,
                hit_rate=float(n_hits > 0))


def main():
    rng = np.random.default_rng(20261127)
    n_users, n_items, item_ids, users, items, timestamps = make_data(rng)
    train, test = leave_last_out(n_users, item_ids, users, items, timestamps)
    popularity = np.zeros(n_items, dtype=np.int64)
    for u in range(n_users):
        for i in train[u]:
            popularity[i] += 1
    candidates = popularity > 0
    # Most popular first; ties to the smaller numeric id.
    order = np.lexsort((item_ids, -popularity))
    ks = [1, 5, 10]
    results = []
    for k in ks:
        sums = dict(precision=0.0, recall=0.0, ndcg=0.0, map=0.0, mrr=0.0, hit_rate=0.0)
        shown = set()
        pop_sum, pop_n, evaluated = 0.0, 0, 0
        for u in range(n_users):
            if not test[u]:
                continue
            evaluated += 1
            allowed = [i for i in order if candidates[i] and i not in train[u]]
            ranked = np.array(allowed[:k], dtype=np.int64)
            for name, value in metrics_at(ranked, np.array(test[u]), k).items():
                sums[name] += value
            shown.update(int(i) for i in ranked)
            pop_sum += popularity[ranked].sum()
            pop_n += len(ranked)
        row = {name: value / evaluated for name, value in sums.items()}
        row.update(k=k, users=evaluated, coverage=len(shown) / int(candidates.sum()), popularity_bias=pop_sum / pop_n)
        results.append(row)
    json.dump(dict(numpy=np.__version__, item_ids=[str(int(i)) for i in item_ids], users=users.tolist(),
                   items=items.tolist(), timestamps=timestamps.tolist(), user_count=n_users,
                   test_items={str(u): [int(i) for i in t] for u, t in test.items() if t}, results=results),
              sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
