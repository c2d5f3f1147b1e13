package io.tastelab.engine.random;

/**
 * The threefry2x32 block function (Salmon et al., "Parallel Random Numbers: As Easy as 1, 2, 3", SC11) with
 * 20 rounds, the rotation constants and key schedule of JAX's {@code threefry2x32} primitive.
 *
 * <p>Stateless and thread-safe. Words are {@code int} bit patterns of uint32 values; all arithmetic wraps
 * modulo 2^32 as uint32 arithmetic does.
 */
public final class Threefry2x32 {

    /** Skein's key-schedule parity constant. */
    private static final int KEY_SCHEDULE_PARITY = 0x1BD11BDA;
    private static final int[] ROTATIONS_A = {13, 15, 26, 6};
    private static final int[] ROTATIONS_B = {17, 29, 16, 24};

    private Threefry2x32() {
    }

    /**
     * Hashes one counter pair: {@code threefry2x32(key, [counter0, counter1])}.
     *
     * @return the two output words {@code {y0, y1}}
     */
    public static int[] hash(int key0, int key1, int counter0, int counter1) {
        int[] x0 = {counter0};
        int[] x1 = {counter1};
        hashInPlace(key0, key1, x0, x1);
        return new int[] {x0[0], x1[0]};
    }

    /**
     * Hashes the counter pairs {@code (x0[i], x1[i])} for every {@code i}, replacing them with the outputs,
     * as JAX's {@code threefry2x32_p.bind(key1, key2, x0, x1)} does over arrays.
     *
     * @throws IllegalArgumentException if the two arrays differ in length
     */
    public static void hashInPlace(int key0, int key1, int[] x0, int[] x1) {
        if (x0.length != x1.length) {
            throw new IllegalArgumentException(
                    "counter halves differ in length: " + x0.length + " vs " + x1.length);
        }
        int key2 = key0 ^ key1 ^ KEY_SCHEDULE_PARITY;
        for (int i = 0; i < x0.length; i++) {
            int a = x0[i] + key0;
            int b = x1[i] + key1;
            // Five groups of four rounds; after each group the key schedule injects a rotated key and a counter.
            for (int r : ROTATIONS_A) {
                a += b;
                b = Integer.rotateLeft(b, r) ^ a;
            }
            a += key1;
            b += key2 + 1;
            for (int r : ROTATIONS_B) {
                a += b;
                b = Integer.rotateLeft(b, r) ^ a;
            }
            a += key2;
            b += key0 + 2;
            for (int r : ROTATIONS_A) {
                a += b;
                b = Integer.rotateLeft(b, r) ^ a;
            }
            a += key0;
            b += key1 + 3;
            for (int r : ROTATIONS_B) {
                a += b;
                b = Integer.rotateLeft(b, r) ^ a;
            }
            a += key1;
            b += key2 + 4;
            for (int r : ROTATIONS_A) {
                a += b;
                b = Integer.rotateLeft(b, r) ^ a;
            }
            a += key2;
            b += key0 + 5;
            x0[i] = a;
            x1[i] = b;
        }
    }

    /**
     * JAX's legacy {@code prng.threefry_2x32(key, count)} over a flat array: pads an odd-length input with one
     * zero, hashes the first half against the second half pairwise, and returns the two output halves
     * concatenated (without the padding).
     */
    public static int[] hashFlat(PrngKey key, int[] counts) {
        int n = counts.length;
        int half = (n + 1) / 2;
        int[] x0 = new int[half];
        int[] x1 = new int[half];
        System.arraycopy(counts, 0, x0, 0, half);
        System.arraycopy(counts, half, x1, 0, n - half);
        hashInPlace(key.word0(), key.word1(), x0, x1);
        int[] out = new int[n];
        System.arraycopy(x0, 0, out, 0, half);
        System.arraycopy(x1, 0, out, half, n - half);
        return out;
    }
}
