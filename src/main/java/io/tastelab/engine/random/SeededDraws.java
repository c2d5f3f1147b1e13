package io.tastelab.engine.random;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine's source of randomness: a stream of draws reproducible from the seed shown in the UI.
 *
 * <p>Draw number {@code i} (counting from 0) uses the key {@code fold_in(key(seed), i)} in
 * {@link PrngMode#PARTITIONABLE} mode, the scheme of JAX's own stateful generator: the {@code i}-th
 * {@code pick(n)} equals {@code jax.random.randint(jax.random.fold_in(jax.random.key(seed), i), (), 0, n)} in
 * JAX 0.5 or later. So the same seed and the same sequence of calls give the same numbers on every run and
 * every machine.
 *
 * <p>Thread-safe: each call takes the next draw number atomically. Calls from several threads get distinct
 * draws, but which thread gets which depends on timing; keep one instance per thread (or per task) where the
 * order matters.
 */
public final class SeededDraws {

    private final long seed;
    private final PrngKey root;
    private final AtomicInteger nextDraw = new AtomicInteger();

    /** A stream of draws from {@code jax.random.key(seed)} (low 32 bits of the seed, as JAX keeps by default). */
    public SeededDraws(long seed) {
        this.seed = seed;
        this.root = PrngKey.fromSeed(seed);
    }

    /** The seed this stream was built from, to show in the UI. */
    public long seed() {
        return seed;
    }

    /** How many draws have been taken so far. */
    public int drawsTaken() {
        return nextDraw.get();
    }

    /**
     * {@code n} independent ints, uniform in {@code [lo, hi)} ({@code lo} everywhere when {@code hi <= lo}):
     * {@code jax.random.randint(nextKey, (n,), lo, hi)}.
     */
    public int[] randintArray(int n, int lo, int hi) {
        return JaxRandom.randint(PrngMode.PARTITIONABLE, nextKey(), new int[] {n}, lo, hi);
    }

    /**
     * A uniform index in {@code [0, n)}: {@code jax.random.randint(nextKey, (), 0, n)}.
     *
     * @throws IllegalArgumentException if {@code n <= 0}
     */
    public int pick(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("can only pick from a non-empty range, got n = " + n);
        }
        return JaxRandom.randint(PrngMode.PARTITIONABLE, nextKey(), new int[0], 0, n)[0];
    }

    /** {@code 0 .. n-1} in random order: {@code jax.random.permutation(nextKey, n)}. */
    public int[] permutation(int n) {
        return JaxRandom.permutation(PrngMode.PARTITIONABLE, nextKey(), n);
    }

    /** {@code n} float32 values uniform in {@code [0, 1)}: {@code jax.random.uniform(nextKey, (n,))}. */
    public float[] uniform(int n) {
        return JaxRandom.uniform(PrngMode.PARTITIONABLE, nextKey(), n);
    }

    /** The key the next draw uses, and advances the stream. */
    public PrngKey nextKey() {
        return JaxRandom.foldIn(PrngMode.PARTITIONABLE, root, nextDraw.getAndIncrement());
    }
}
