package io.tastelab.engine.random;

import java.math.BigInteger;

/**
 * NumPy's default bit generator: PCG64 (128-bit LCG, XSL-RR output) seeded through {@code SeedSequence}, so that
 * {@code np.random.default_rng(seed)} gives NumPy's exact bit stream. Holds mutable state: not thread-safe.
 */
public final class Pcg64 implements BitSource {
    private static final long MULTIPLIER_HIGH = 0x2360ed051fc65da4L;
    private static final long MULTIPLIER_LOW = 0x4385df649fccf645L;

    private long stateHigh;
    private long stateLow;
    private final long incrementHigh;
    private final long incrementLow;
    /** The upper half of a 64-bit draw kept for the next 32-bit draw, as NumPy's pcg64_next32 buffers it. */
    private boolean hasHalf;
    private int half;

    /** {@code PCG64(SeedSequence(entropy))}: entropy is a non-negative integer of any size. */
    public Pcg64(BigInteger entropy) {
        long[] words = SeedSequence.generateState64(entropy, 4);
        long initHigh = words[0];
        long initLow = words[1];
        long seqHigh = words[2];
        long seqLow = words[3];
        // pcg_setseq_128_srandom_r: inc = (initseq << 1) | 1; state = 0; step; state += initstate; step
        incrementHigh = (seqHigh << 1) | (seqLow >>> 63);
        incrementLow = (seqLow << 1) | 1L;
        stateHigh = 0;
        stateLow = 0;
        step();
        long low = stateLow + initLow;
        long carry = Long.compareUnsigned(low, stateLow) < 0 ? 1 : 0;
        stateHigh = stateHigh + initHigh + carry;
        stateLow = low;
        step();
    }

    /** state = state * MULTIPLIER + increment (mod 2^128). */
    private void step() {
        long productLow = stateLow * MULTIPLIER_LOW;
        long productHigh = Math.unsignedMultiplyHigh(stateLow, MULTIPLIER_LOW) + stateHigh * MULTIPLIER_LOW
                + stateLow * MULTIPLIER_HIGH;
        long low = productLow + incrementLow;
        long carry = Long.compareUnsigned(low, productLow) < 0 ? 1 : 0;
        stateHigh = productHigh + incrementHigh + carry;
        stateLow = low;
    }

    /** The next 64 bits: step, then rotate (high ^ low) right by the top six bits of the state. */
    @Override
    public long nextLong() {
        step();
        return Long.rotateRight(stateHigh ^ stateLow, (int) (stateHigh >>> 58));
    }

    /** The next 32 bits: the low half of a fresh 64-bit draw, then its high half. */
    @Override
    public int nextInt() {
        if (hasHalf) {
            hasHalf = false;
            return half;
        }
        long next = nextLong();
        hasHalf = true;
        half = (int) (next >>> 32);
        return (int) next;
    }

    /** A double in [0, 1): the top 53 bits of a 64-bit draw. */
    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * (1.0 / 9007199254740992.0);
    }
}
