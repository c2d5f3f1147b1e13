package io.tastelab.engine.models;

import io.tastelab.engine.random.JaxRandom;
import io.tastelab.engine.random.PrngKey;
import io.tastelab.engine.random.PrngMode;
import io.tastelab.engine.random.Threefry2x32;

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

    /**
     * Element {@code item} of {@code uniform(fold_in(key(seed), user), (items,))} alone: in the partitionable
     * threefry mode element j is threefry(key, (0, j)) folded hi ^ lo, whatever the shape, so a distributed job
     * can score one (user, item) pair without drawing the whole row. Equal to {@link #score}'s entry.
     */
    public static float score(long seed, int user, int item) {
        PrngKey key = JaxRandom.foldIn(PrngMode.PARTITIONABLE, PrngKey.fromSeed(seed), user);
        int[] words = Threefry2x32.hash(key.word0(), key.word1(), 0, item);
        int bits = words[0] ^ words[1];
        return Math.max(0f, Float.intBitsToFloat((bits >>> 9) | 0x3F80_0000) - 1f);
    }

    @Override
    public String scoreMeaning() {
        return "uniform random number (seed " + seed + ")";
    }
}
