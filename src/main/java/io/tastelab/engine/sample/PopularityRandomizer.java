package io.tastelab.engine.sample;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.random.SeededDraws;

/** The book's "randomize popularities": every count drawn uniformly from 1 to 20 from a seed. */
public final class PopularityRandomizer {

    public static final int MIN_COUNT = 1;
    public static final int MAX_COUNT = 20;

    private PopularityRandomizer() {
    }

    public static long[] counts(int n, long seed) {
        int[] draws = new SeededDraws(seed).randintArray(n, MIN_COUNT, MAX_COUNT + 1);
        long[] counts = new long[n];
        for (int i = 0; i < n; i++) {
            counts[i] = draws[i];
        }
        return counts;
    }

    public static Catalog randomize(Catalog catalog, long seed) {
        return catalog.withPopularityCounts(counts(catalog.size(), seed));
    }
}
