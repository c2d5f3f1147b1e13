package io.tastelab.engine.random;

import java.util.HashSet;
import java.util.Set;

/**
 * The draws of NumPy's {@code Generator} over a {@link Pcg64}, consuming the bits exactly as NumPy 2 does: doubles
 * from the top 53 bits, float32 from the top 24 of a 32-bit draw, bounded integers by Lemire's method (32-bit draws
 * for ranges that fit), shuffles by Fisher-Yates from the end with masked rejection, and choice without
 * replacement by Floyd's algorithm. Mutable: not thread-safe.
 */
public final class NumpyDraws {
    private final Pcg64 bits;

    public NumpyDraws(Pcg64 bits) {
        this.bits = bits;
    }

    public double nextDouble() {
        return bits.nextDouble();
    }

    /** {@code random(dtype=np.float32)}: 24 bits of a 32-bit draw. */
    public float nextFloat() {
        return bits.nextFloat();
    }

    /** {@code standard_normal()}: NumPy's ziggurat. */
    public double standardNormal() {
        return Ziggurat.standardNormal(bits);
    }

    /** {@code standard_normal(dtype=np.float32)}: NumPy's float ziggurat. */
    public float standardNormalFloat() {
        return Ziggurat.standardNormalFloat(bits);
    }

    /** {@code standard_exponential()}: NumPy's exponential ziggurat ({@code inverse}: {@code method='inv'}). */
    public double standardExponential(boolean inverse) {
        return inverse ? Ziggurat.inverseExponential(bits) : Ziggurat.standardExponential(bits);
    }

    /** {@code standard_gamma(shape)}. */
    public double standardGamma(double shape) {
        return GammaPoisson.standardGamma(bits, shape);
    }

    /** {@code standard_gamma(shape, dtype=np.float32)}. */
    public float standardGammaFloat(float shape) {
        return GammaPoisson.standardGammaFloat(bits, shape);
    }

    /** {@code poisson(lam)}. */
    public long poisson(double lam) {
        return GammaPoisson.poisson(bits, lam);
    }

    /** {@code standard_exponential(dtype=np.float32)}. */
    public float standardExponentialFloat(boolean inverse) {
        return inverse ? Ziggurat.inverseExponentialFloat(bits) : Ziggurat.standardExponentialFloat(bits);
    }

    /** An integer in {@code [low, low + range]} (range as unsigned), as random_bounded_uint64 with Lemire's method. */
    public long bounded(long low, long range) {
        if (range == 0) {
            return low;
        }
        if (Long.compareUnsigned(range, 0xFFFFFFFFL) <= 0) {
            if (range == 0xFFFFFFFFL) {
                return low + Integer.toUnsignedLong(bits.nextInt());
            }
            return low + lemire32((int) range);
        }
        if (range == -1L) {
            return low + bits.nextLong();
        }
        return low + lemire64(range);
    }

    private long lemire32(int range) {
        long exclusive = Integer.toUnsignedLong(range) + 1;
        long m = Integer.toUnsignedLong(bits.nextInt()) * exclusive;
        long leftover = m & 0xFFFFFFFFL;
        if (leftover < exclusive) {
            long threshold = (0xFFFFFFFFL - Integer.toUnsignedLong(range)) % exclusive;
            while (leftover < threshold) {
                m = Integer.toUnsignedLong(bits.nextInt()) * exclusive;
                leftover = m & 0xFFFFFFFFL;
            }
        }
        return m >>> 32;
    }

    private long lemire64(long range) {
        long exclusive = range + 1;
        long draw = bits.nextLong();
        long leftover = draw * exclusive;
        if (Long.compareUnsigned(leftover, exclusive) < 0) {
            long threshold = Long.remainderUnsigned(-1L - range, exclusive);
            while (Long.compareUnsigned(leftover, threshold) < 0) {
                draw = bits.nextLong();
                leftover = draw * exclusive;
            }
        }
        return Math.unsignedMultiplyHigh(draw, exclusive);
    }

    /**
     * The order {@code shuffle} puts {@code n} items in: {@code order[k]} is the original position of the item that
     * ends at k (each step swaps position i with a random j at most i, from the end).
     */
    public int[] shuffleOrder(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i >= 1; i--) {
            int j = (int) bits.interval(i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /**
     * {@code choice(population, size, replace=False)}: Floyd's algorithm, then (with {@code shuffle}) a Fisher-Yates
     * pass by Lemire draws; over 10,000 items with a sample above a 50th of them, the tail of a partial shuffle of
     * all indices. NumPy's Generator takes the same two routes.
     */
    public long[] sampleWithoutReplacement(long population, int size, boolean shuffle) {
        if (population > 10000 && size > population / 50) {
            return tailShuffle((int) population, size);
        }
        long[] out = new long[size];
        Set<Long> taken = new HashSet<>();
        for (long j = population - size; j < population; j++) {
            long value = bounded(0, j);
            long chosen = value;
            if (!taken.add(value)) {
                taken.add(j); // j itself cannot have been taken yet
                chosen = j;
            }
            out[(int) (j - population + size)] = chosen;
        }
        if (shuffle) {
            for (int i = size - 1; i >= 1; i--) {
                int j = (int) bounded(0, i);
                long swap = out[j];
                out[j] = out[i];
                out[i] = swap;
            }
        }
        return out;
    }

    private long[] tailShuffle(int population, int size) {
        long[] all = new long[population];
        for (int i = 0; i < population; i++) {
            all[i] = i;
        }
        for (int i = population - 1; i >= Math.max(population - size, 1); i--) {
            int j = (int) bounded(0, i);
            long swap = all[j];
            all[j] = all[i];
            all[i] = swap;
        }
        return java.util.Arrays.copyOfRange(all, population - size, population);
    }
}
