package io.tastelab.engine.models;

import io.tastelab.engine.random.JaxRandom;
import io.tastelab.engine.random.PrngKey;
import io.tastelab.engine.random.PrngMode;
import io.tastelab.engine.random.Threefry2x32;

/**
 * The random baseline: the score of (user, item) depends only on the seed and the two ids, never on how the
 * data numbered them, so a user's list is the same on every run, in every order of the input and on every
 * engine (the Spark job scores one pair at a time with {@link #score(long, String, String)}).
 *
 * <p>In JAX's terms (partitionable threefry): with {@code k = fold_in(key(seed), hash(user))}, the score is
 * element {@code 2^32 + hash(item)} of {@code uniform(k, (2^33,))}, i.e. threefry2x32 of the counter
 * {@code (1, hash(item))} under {@code k}, its two words xor-ed and made a float in [0, 1). hash is Java's
 * {@link String#hashCode()} read as uint32, as in {@link io.tastelab.engine.evaluation.HoldoutDraw}; the
 * holdout's draws fold items into the same user key with counters {@code (0, hash(item))}, so the baseline's
 * numbers never share a threefry block with the split's. Immutable and thread-safe.
 */
public final class RandomScorer implements ItemScorer {

    /** The high counter word of the baseline's blocks; fold_in (the holdout's draws) uses 0. */
    private static final int STREAM = 1;

    private final String[] userIds;
    private final int[] itemHashes;
    private final long seed;
    private final PrngKey root;

    /**
     * @param userIds the id of every user index the scorer will be asked about
     * @param itemIds the id of every item index
     */
    public RandomScorer(String[] userIds, String[] itemIds, long seed) {
        this.userIds = userIds.clone();
        this.itemHashes = new int[itemIds.length];
        for (int item = 0; item < itemIds.length; item++) {
            itemHashes[item] = itemIds[item].hashCode();
        }
        this.seed = seed;
        this.root = PrngKey.fromSeed(seed);
    }

    @Override
    public int itemCount() {
        return itemHashes.length;
    }

    @Override
    public boolean knows(int user) {
        return true;
    }

    @Override
    public void score(int user, float[] scores) {
        score(userIds[user], scores);
    }

    /** Writes the score of every item for the user with this id (who need not be one of the constructor's). */
    public void score(String userId, float[] scores) {
        PrngKey key = JaxRandom.foldIn(PrngMode.PARTITIONABLE, root, userId.hashCode());
        int[] high = new int[itemHashes.length];
        java.util.Arrays.fill(high, STREAM);
        int[] low = itemHashes.clone();
        Threefry2x32.hashInPlace(key.word0(), key.word1(), high, low);
        for (int item = 0; item < high.length; item++) {
            scores[item] = unit(high[item] ^ low[item]);
        }
    }

    /** The score of one (user id, item id) pair: equal to {@link #score(int, float[])}'s entry for those ids. */
    public static float score(long seed, String userId, String itemId) {
        PrngKey key = JaxRandom.foldIn(PrngMode.PARTITIONABLE, PrngKey.fromSeed(seed), userId.hashCode());
        int[] words = Threefry2x32.hash(key.word0(), key.word1(), STREAM, itemId.hashCode());
        return unit(words[0] ^ words[1]);
    }

    /** jax.random.uniform's float: 23 random mantissa bits under 1.0's exponent, minus 1. */
    private static float unit(int bits) {
        return Math.max(0f, Float.intBitsToFloat((bits >>> 9) | 0x3F80_0000) - 1f);
    }

    @Override
    public String scoreMeaning() {
        return "uniform random number of the user and item ids (seed " + seed + ")";
    }
}
