package io.tastelab.engine.random;

import java.util.SplittableRandom;

/** Reproducible draws from a seed shown in the UI. */
public final class SeededDraws {
    private final SplittableRandom random;

    private SeededDraws(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public static SeededDraws fromSeed(long seed) {
        return new SeededDraws(seed);
    }

    public int pick(int n) {
        return random.nextInt(n);
    }

    public int[] randintArray(int n, int lo, int hi) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = random.nextInt(lo, hi);
        }
        return out;
    }
}
