package io.tastelab.engine.evaluation;

import io.tastelab.engine.random.JaxRandom;
import io.tastelab.engine.random.PrngKey;
import io.tastelab.engine.random.PrngMode;

/**
 * The random number that decides whether an interaction is held out: the first uint32 of
 * {@code jax.random.bits(fold_in(fold_in(key(seed), hash(user)), hash(item)))}, where hash is Java's
 * {@link String#hashCode()} of the id. It depends only on the seed and the two ids, so any engine that reads the
 * same ids (the in-process one, the Spark job's UDF) draws the same number, whatever the input order or
 * partitioning. Stateless and thread-safe.
 */
public final class HoldoutDraw {

    private HoldoutDraw() {
    }

    /** The draw as an unsigned 32-bit value in a long; smaller draws are held out first. */
    public static long of(long seed, String userId, String itemId) {
        PrngKey key = JaxRandom.foldIn(PrngMode.PARTITIONABLE, PrngKey.fromSeed(seed), userId.hashCode());
        key = JaxRandom.foldIn(PrngMode.PARTITIONABLE, key, itemId.hashCode());
        return Integer.toUnsignedLong(JaxRandom.bits(PrngMode.PARTITIONABLE, key, 1)[0]);
    }
}
