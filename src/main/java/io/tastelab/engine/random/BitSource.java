package io.tastelab.engine.random;

/**
 * A stream of random bits as NumPy's {@code bitgen_t} offers it: 32- and 64-bit words and doubles in [0, 1). Both
 * {@link Mt19937} (legacy {@code RandomState}) and {@link Pcg64} ({@code Generator}) give one, so the samplers that
 * NumPy shares between them ({@code random_interval}, the ziggurat) are written once.
 */
public interface BitSource {
    /** The next 32 bits (a signed int; read it unsigned). */
    int nextInt();

    /** The next 64 bits. */
    long nextLong();

    /** A double in [0, 1), as the bit generator's own {@code next_double}. */
    double nextDouble();

    /** {@code next_float}: the top 24 bits of a 32-bit draw, in [0, 1). */
    default float nextFloat() {
        return (nextInt() >>> 8) * (1.0f / 16777216.0f);
    }

    /** random_interval: a value in {@code [0, max]} by masking and rejecting (shuffle, permutation). */
    default long interval(long max) {
        if (max == 0) {
            return 0;
        }
        long mask = mask(max);
        long value;
        if (Long.compareUnsigned(max, 0xFFFFFFFFL) <= 0) {
            do {
                value = Integer.toUnsignedLong(nextInt()) & mask;
            } while (value > max);
        } else {
            do {
                value = nextLong() & mask;
            } while (Long.compareUnsigned(value, max) > 0);
        }
        return value;
    }

    /** Smallest all-ones bit mask at least {@code max}. */
    static long mask(long max) {
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        mask |= mask >>> 32;
        return mask;
    }
}
