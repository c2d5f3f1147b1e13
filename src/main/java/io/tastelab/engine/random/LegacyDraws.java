package io.tastelab.engine.random;

import io.tastelab.math.CLibraryMath;

import java.util.Arrays;

/**
 * The draws of NumPy's legacy {@code RandomState} over an {@link Mt19937}, consuming the bits exactly as NumPy's
 * frozen legacy code does: doubles from 53 bits of two words, Gaussians by the polar Box-Muller method keeping the
 * second value for the next call ({@code legacy_gauss}), bounded integers by masked rejection (the legacy
 * {@code randint}; 8- and 16-bit draws and bools share one buffered 32-bit word per call) and shuffles by
 * {@link BitSource#interval}. Mutable: not thread-safe.
 */
public final class LegacyDraws {
    private final Mt19937 bits;
    private boolean hasGauss;
    private double gauss;

    public LegacyDraws(Mt19937 bits) {
        this.bits = bits;
    }

    /** The bit generator (for seeding and {@code get_state}). */
    public Mt19937 bits() {
        return bits;
    }

    /** Whether a second Gaussian is kept for the next call ({@code get_state()[3]}). */
    public boolean hasGauss() {
        return hasGauss;
    }

    /** The kept Gaussian, 0.0 when none ({@code get_state()[4]}). */
    public double cachedGauss() {
        return gauss;
    }

    /** Sets the kept Gaussian ({@code set_state}, and {@code seed}, which forgets it). */
    public void setGauss(boolean has, double value) {
        hasGauss = has;
        gauss = value;
    }

    /** random_sample: a double in [0, 1). */
    public double nextDouble() {
        return bits.nextDouble();
    }

    /** legacy_gauss: a standard normal draw. */
    public double nextGauss() {
        if (hasGauss) {
            double kept = gauss;
            hasGauss = false;
            gauss = 0.0;
            return kept;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * bits.nextDouble() - 1.0;
            x2 = 2.0 * bits.nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * CLibraryMath.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** legacy_standard_exponential: -log(1 - U), U in [0, 1). */
    public double nextExponential() {
        return -CLibraryMath.log(1.0 - bits.nextDouble());
    }

    /** random_interval: a value in {@code [0, max]} by masking and rejecting (shuffle, permutation). */
    public long interval(long max) {
        return bits.interval(max);
    }

    /**
     * {@code count} integers in {@code [off, off + range]} as the legacy {@code randint} fills an array of
     * {@code bits}-wide integers (64, 32, 16 or 8; 1 for bool): masked rejection, the range and offset taken
     * modulo 2^bits as NumPy's unsigned arithmetic does. Results are the unsigned values modulo 2^bits (read a
     * signed dtype's value from them by its width).
     */
    public long[] boundedFill(int width, long off, long range, int count) {
        long[] out = new long[count];
        switch (width) {
            case 64 -> fill64(off, range, out);
            case 32 -> fill32(off, range, out);
            case 16, 8 -> fillBuffered(width, off, range, out);
            case 1 -> fillBool(off, range, out);
            default -> throw new IllegalArgumentException("no " + width + "-bit integers");
        }
        return out;
    }

    private void fill64(long off, long range, long[] out) {
        if (range == 0) {
            Arrays.fill(out, off);
        } else if (Long.compareUnsigned(range, 0xFFFFFFFFL) <= 0) {
            if (range == 0xFFFFFFFFL) {
                for (int i = 0; i < out.length; i++) {
                    out[i] = off + Integer.toUnsignedLong(bits.nextInt());
                }
            } else {
                long mask = BitSource.mask(range);
                for (int i = 0; i < out.length; i++) {
                    out[i] = off + masked32(range, mask);
                }
            }
        } else if (range == -1L) {
            for (int i = 0; i < out.length; i++) {
                out[i] = off + bits.nextLong();
            }
        } else {
            long mask = BitSource.mask(range);
            for (int i = 0; i < out.length; i++) {
                long value;
                do {
                    value = bits.nextLong() & mask;
                } while (Long.compareUnsigned(value, range) > 0);
                out[i] = off + value;
            }
        }
    }

    private long masked32(long range, long mask) {
        long value;
        do {
            value = Integer.toUnsignedLong(bits.nextInt()) & mask;
        } while (value > range);
        return value;
    }

    private void fill32(long off, long range, long[] out) {
        long range32 = range & 0xFFFFFFFFL;
        long mask = BitSource.mask(range32);
        for (int i = 0; i < out.length; i++) {
            long value = range32 == 0 ? 0
                    : range32 == 0xFFFFFFFFL ? Integer.toUnsignedLong(bits.nextInt()) : masked32(range32, mask);
            out[i] = (off + value) & 0xFFFFFFFFL;
        }
    }

    /** 16- and 8-bit draws: each 32-bit word gives 2 (or 4) values, low bits first, for the whole call. */
    private void fillBuffered(int width, long off, long range, long[] out) {
        long full = (1L << width) - 1;
        long rangeW = range & full;
        long mask = BitSource.mask(rangeW);
        int perWord = 32 / width;
        int remaining = 0;
        int buffer = 0;
        for (int i = 0; i < out.length; i++) {
            long value;
            if (rangeW == 0) {
                value = 0;
            } else {
                do {
                    if (remaining == 0) {
                        buffer = bits.nextInt();
                        remaining = perWord - 1;
                    } else {
                        buffer >>>= width;
                        remaining--;
                    }
                    value = buffer & full;
                    if (rangeW == full) {
                        break;
                    }
                    value &= mask;
                } while (value > rangeW);
            }
            out[i] = (off + value) & full;
        }
    }

    /** Bools: one bit of a buffered 32-bit word per value (low bit first); a zero range gives the offset. */
    private void fillBool(long off, long range, long[] out) {
        int remaining = 0;
        int buffer = 0;
        for (int i = 0; i < out.length; i++) {
            if ((range & 1) == 0) {
                out[i] = off & 1;
                continue;
            }
            if (remaining == 0) {
                buffer = bits.nextInt();
                remaining = 31;
            } else {
                buffer >>>= 1;
                remaining--;
            }
            out[i] = buffer & 1;
        }
    }
}
