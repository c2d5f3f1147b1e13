package io.tastelab.engine.random;

import java.util.Arrays;

/**
 * {@code jax.random} over threefry2x32 keys, bit-exact with JAX in both {@link PrngMode}s (with 64-bit types
 * off, JAX's default: float32 and int32 results).
 *
 * <p>Every function is pure: the same key, mode and arguments give the same numbers, and reusing a key is legal
 * (it repeats the numbers, as in JAX). Stateless and thread-safe. Array results are flat, in C (row-major) order
 * for the {@code shape} passed; an empty shape means a scalar (one element).
 *
 * <p>{@code normal} goes through float32 {@code erf_inv} (Giles' approximation, as XLA expands it); it matches
 * JAX to within 1 ulp, not always bit for bit, because XLA's float32 {@code log1p} may differ in the last bit.
 * Everything else is exact.
 */
public final class JaxRandom {

    private static final float SQRT_2 = (float) Math.sqrt(2.0);
    /** {@code np.log(np.iinfo(np.uint32).max)}: the collision bound in JAX's sort-based shuffle. */
    private static final double LOG_UINT32_MAX = Math.log(4294967295.0);

    private JaxRandom() {
    }

    // ---------------------------------------------------------------- keys

    /** {@code jax.random.split(key, num)}: {@code num} new keys. */
    public static PrngKey[] split(PrngMode mode, PrngKey key, int num) {
        requireNonNegative("num", num);
        PrngKey[] keys = new PrngKey[num];
        if (mode == PrngMode.PARTITIONABLE) {
            // split(key, n)[i] == fold_in(key, i): counters are the 64-bit iota [hi=0, lo=i].
            int[] hi = new int[num];
            int[] lo = iota(num);
            Threefry2x32.hashInPlace(key.word0(), key.word1(), hi, lo);
            for (int i = 0; i < num; i++) {
                keys[i] = new PrngKey(hi[i], lo[i]);
            }
        } else {
            int[] words = Threefry2x32.hashFlat(key, iota(Math.multiplyExact(2, num)));
            for (int i = 0; i < num; i++) {
                keys[i] = new PrngKey(words[2 * i], words[2 * i + 1]);
            }
        }
        return keys;
    }

    /**
     * {@code jax.random.fold_in(key, data)} with {@code data} read as uint32: the same in both modes (the mode
     * parameter is kept so callers can pass their mode uniformly).
     */
    public static PrngKey foldIn(PrngMode mode, PrngKey key, int data) {
        int[] out = Threefry2x32.hash(key.word0(), key.word1(), 0, data);
        return new PrngKey(out[0], out[1]);
    }

    // ---------------------------------------------------------------- bits

    /** {@code jax.random.bits(key, shape, dtype=uint32)}: uint32 bit patterns. */
    public static int[] bits(PrngMode mode, PrngKey key, int... shape) {
        return bits32(mode, key, size(shape));
    }

    /**
     * {@code jax.random.bits(key, shape, dtype)} for {@code uint8}, {@code uint16}, {@code uint32} or
     * {@code uint64} ({@code bitWidth} 8, 16, 32 or 64; uint64 as JAX gives it with 64-bit types on). Values
     * are unsigned, except that a 64-bit value is the raw bit pattern (read it with
     * {@link Long#toUnsignedString(long)}).
     */
    public static long[] bitsOfWidth(PrngMode mode, PrngKey key, int bitWidth, int... shape) {
        int size = size(shape);
        long[] out = new long[size];
        switch (bitWidth) {
            case 32 -> {
                int[] words = bits32(mode, key, size);
                for (int i = 0; i < size; i++) {
                    out[i] = Integer.toUnsignedLong(words[i]);
                }
            }
            case 8, 16 -> {
                long mask = (1L << bitWidth) - 1;
                if (mode == PrngMode.PARTITIONABLE) {
                    // convert_element_type keeps the low bits of each 32-bit draw.
                    int[] words = bits32(mode, key, size);
                    for (int i = 0; i < size; i++) {
                        out[i] = words[i] & mask;
                    }
                } else {
                    // The legacy layout views ceil(size * width / 32) uint32 draws as narrower little-endian words.
                    int perWord = 32 / bitWidth;
                    int words = (int) ((Math.multiplyExact((long) size, bitWidth) + 31) / 32);
                    int[] draws = Threefry2x32.hashFlat(key, iota(words));
                    for (int i = 0; i < size; i++) {
                        out[i] = (draws[i / perWord] >>> (bitWidth * (i % perWord))) & mask;
                    }
                }
            }
            case 64 -> {
                int[] high;
                int[] low;
                if (mode == PrngMode.PARTITIONABLE) {
                    high = new int[size];
                    low = iota(size);
                    Threefry2x32.hashInPlace(key.word0(), key.word1(), high, low);
                } else {
                    int[] draws = Threefry2x32.hashFlat(key, iota(Math.multiplyExact(2, size)));
                    high = Arrays.copyOfRange(draws, 0, size);
                    low = Arrays.copyOfRange(draws, size, 2 * size);
                }
                for (int i = 0; i < size; i++) {
                    out[i] = ((long) high[i] << 32) | Integer.toUnsignedLong(low[i]);
                }
            }
            default -> throw new IllegalArgumentException("bit width must be 8, 16, 32 or 64, got " + bitWidth);
        }
        return out;
    }

    /** JAX's {@code _random_bits(key, 32, (size,))}. */
    static int[] bits32(PrngMode mode, PrngKey key, int size) {
        if (mode == PrngMode.PARTITIONABLE) {
            int[] high = new int[size];
            int[] low = iota(size);
            Threefry2x32.hashInPlace(key.word0(), key.word1(), high, low);
            for (int i = 0; i < size; i++) {
                high[i] ^= low[i];
            }
            return high;
        }
        return Threefry2x32.hashFlat(key, iota(size));
    }

    // ---------------------------------------------------------------- distributions

    /** {@code jax.random.uniform(key, shape)}: float32 in {@code [0, 1)}. */
    public static float[] uniform(PrngMode mode, PrngKey key, int... shape) {
        return uniform(mode, key, shape, 0f, 1f);
    }

    /**
     * {@code jax.random.uniform(key, shape, minval=minval, maxval=maxval)}: float32 in {@code [minval, maxval)}
     * (up to float32 rounding at the top, as in JAX).
     */
    public static float[] uniform(PrngMode mode, PrngKey key, int[] shape, float minval, float maxval) {
        int[] words = bits32(mode, key, size(shape));
        float[] out = new float[words.length];
        float scale = maxval - minval;
        for (int i = 0; i < words.length; i++) {
            // 23 random mantissa bits under the exponent of 1.0 give a float in [1, 2).
            float unit = Float.intBitsToFloat((words[i] >>> 9) | 0x3F80_0000) - 1f;
            // Separate float32 multiply and add (no fused multiply-add), then clamp below, as JAX does.
            float scaled = unit * scale;
            out[i] = Math.max(minval, scaled + minval);
        }
        return out;
    }

    /** {@code jax.random.normal(key, shape)}: standard normal float32, within 1 ulp of JAX. */
    public static float[] normal(PrngMode mode, PrngKey key, int... shape) {
        float[] u = uniform(mode, key, shape, Math.nextUp(-1f), 1f);
        for (int i = 0; i < u.length; i++) {
            u[i] = SQRT_2 * ErfInv.erfInv(u[i]);
        }
        return u;
    }

    /**
     * {@code jax.random.randint(key, shape, minval, maxval)} with int32 results in {@code [minval, maxval)};
     * {@code minval} everywhere when {@code maxval <= minval}, as in JAX. Like JAX, it draws twice as many bits
     * as an int32 needs (from the two halves of {@code split(key)}) to make the modulo bias small.
     */
    public static int[] randint(PrngMode mode, PrngKey key, int[] shape, int minval, int maxval) {
        int size = size(shape);
        PrngKey[] halves = split(mode, key, 2);
        int[] higherBits = bits32(mode, halves[0], size);
        int[] lowerBits = bits32(mode, halves[1], size);

        int span = maxval <= minval ? 1 : maxval - minval; // uint32 bit pattern
        // multiplier = 2^32 mod span, computed as (2^16 mod span)^2 mod span in uint32 arithmetic.
        int multiplier = Integer.remainderUnsigned(1 << 16, span);
        multiplier = Integer.remainderUnsigned(multiplier * multiplier, span);

        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            int offset = Integer.remainderUnsigned(higherBits[i], span) * multiplier
                    + Integer.remainderUnsigned(lowerBits[i], span);
            out[i] = minval + Integer.remainderUnsigned(offset, span);
        }
        return out;
    }

    /**
     * {@code jax.random.permutation(key, n)}: {@code 0 .. n-1} shuffled by JAX's sort-based shuffle (rounds of
     * stable sorts by fresh uint32 keys; one round for {@code 2 <= n <= 1625}, none for {@code n <= 1}).
     */
    public static int[] permutation(PrngMode mode, PrngKey key, int n) {
        requireNonNegative("n", n);
        return permutation(mode, key, iota(n));
    }

    /**
     * {@code jax.random.permutation(key, x)} for a 1-D array: a shuffled copy of {@code values}, in the same
     * order as {@code permutation(key, values.length)} puts the indices.
     */
    public static int[] permutation(PrngMode mode, PrngKey key, int[] values) {
        int n = values.length;
        int[] x = values.clone();
        int rounds = (int) Math.ceil(3 * Math.log(Math.max(1, n)) / LOG_UINT32_MAX);
        long[] packed = new long[n];
        PrngKey current = key;
        for (int round = 0; round < rounds; round++) {
            PrngKey[] keys = split(mode, current, 2);
            current = keys[0];
            int[] sortKeys = bits32(mode, keys[1], n);
            // Flipping the sign bit orders uint32 keys as signed longs; the position below breaks ties stably.
            for (int i = 0; i < n; i++) {
                packed[i] = ((long) (sortKeys[i] ^ Integer.MIN_VALUE) << 32) | i;
            }
            Arrays.sort(packed);
            int[] shuffled = new int[n];
            for (int i = 0; i < n; i++) {
                shuffled[i] = x[(int) packed[i]];
            }
            x = shuffled;
        }
        return x;
    }

    /**
     * {@code jax.random.choice(key, n, shape, replace)} without {@code p}: indices in {@code [0, n)}. With
     * replacement it is {@code randint(key, shape, 0, n)}; without, the first {@code prod(shape)} entries of
     * {@code permutation(key, n)}.
     *
     * @throws IllegalArgumentException if {@code n <= 0} while draws are asked for, or if more draws than
     *     {@code n} are asked for without replacement
     */
    public static int[] choice(PrngMode mode, PrngKey key, int n, int[] shape, boolean replace) {
        int draws = size(shape);
        if (draws == 0) {
            return new int[0];
        }
        if (n <= 0) {
            throw new IllegalArgumentException("a must be greater than 0 unless no samples are taken, got " + n);
        }
        if (!replace && draws > n) {
            throw new IllegalArgumentException("Cannot take a larger sample (size " + draws
                    + ") than population (size " + n + ") when replace=false");
        }
        if (replace) {
            return randint(mode, key, shape, 0, n);
        }
        return Arrays.copyOf(permutation(mode, key, n), draws);
    }

    // ---------------------------------------------------------------- helpers

    /** The number of elements of {@code shape}: 1 for a scalar ({@code ()}). */
    public static int size(int... shape) {
        int size = 1;
        for (int dim : shape) {
            requireNonNegative("shape dimension", dim);
            size = Math.multiplyExact(size, dim);
        }
        return size;
    }

    private static int[] iota(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    private static void requireNonNegative(String what, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must be non-negative, got " + value);
        }
    }
}
