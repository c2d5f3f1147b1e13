package io.tastelab.engine.models;

import io.tastelab.engine.random.JaxRandom;
import io.tastelab.engine.random.PrngKey;
import io.tastelab.engine.random.PrngMode;

/**
 * The random baseline: user {@code u}'s scores are {@code jax.random.uniform(fold_in(key(seed), u), (items,))},
 * so a user's list is the same on every run with the same seed. Immutable.
 */
public final class RandomScorer implements ItemScorer {

    private final int itemCount;
    private final PrngKey root;
    private final long seed;

    public RandomScorer(int itemCount, long seed) {
        this.itemCount = itemCount;
        this.seed = seed;
        this.root = PrngKey.fromSeed(seed);
    }

    @Override
    public int itemCount() {
        return itemCount;
    }

    @Override
    public boolean knows(int user) {
        return true;
    }

    @Override
    public void score(int user, float[] scores) {
        float[] draws = JaxRandom.uniform(PrngMode.PARTITIONABLE, JaxRandom.foldIn(PrngMode.PARTITIONABLE, root, user), itemCount);
        System.arraycopy(draws, 0, scores, 0, itemCount);
    }

    @Override
    public String scoreMeaning() {
        return "uniform random number (seed " + seed + ")";
    }
}
