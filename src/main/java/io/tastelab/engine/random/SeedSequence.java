package io.tastelab.engine.random;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * NumPy's {@code SeedSequence} for a single integer seed (no spawn key): the entropy's 32-bit words hashed into a
 * four-word pool, from which {@link #generateState64} draws seed words for a bit generator.
 */
final class SeedSequence {
    private static final int POOL_SIZE = 4;
    private static final int INIT_A = 0x43b0d7e5;
    private static final int MULT_A = 0x931e8875;
    private static final int INIT_B = 0x8b51f9dd;
    private static final int MULT_B = 0x58f38ded;
    private static final int MIX_MULT_L = 0xca01f9dd;
    private static final int MIX_MULT_R = 0x4973f715;
    private static final int XSHIFT = 16;

    private SeedSequence() {
    }

    /** {@code SeedSequence(entropy).generate_state(count, np.uint64)}. */
    static long[] generateState64(BigInteger entropy, int count) {
        if (entropy.signum() < 0) {
            throw new IllegalArgumentException("expected non-negative integer");
        }
        int[] pool = pool(words(entropy));
        int hash = INIT_B;
        long[] out = new long[count];
        for (int i = 0; i < count * 2; i++) {
            int value = pool[i % POOL_SIZE];
            value ^= hash;
            hash *= MULT_B;
            value *= hash;
            value ^= value >>> XSHIFT;
            long word = Integer.toUnsignedLong(value);
            // two uint32 words read as one little-endian uint64
            out[i / 2] = i % 2 == 0 ? word : out[i / 2] | (word << 32);
        }
        return out;
    }

    /** The integer's 32-bit words, least significant first ({@code 0} is one zero word). */
    private static int[] words(BigInteger entropy) {
        List<Integer> words = new ArrayList<>();
        BigInteger rest = entropy;
        BigInteger mask = BigInteger.valueOf(0xFFFFFFFFL);
        do {
            words.add(rest.and(mask).intValue());
            rest = rest.shiftRight(32);
        } while (rest.signum() > 0);
        return words.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] pool(int[] entropy) {
        int[] mixer = new int[POOL_SIZE];
        int[] hash = {INIT_A};
        for (int i = 0; i < POOL_SIZE; i++) {
            mixer[i] = hashmix(i < entropy.length ? entropy[i] : 0, hash);
        }
        for (int source = 0; source < POOL_SIZE; source++) {
            for (int target = 0; target < POOL_SIZE; target++) {
                if (source != target) {
                    mixer[target] = mix(mixer[target], hashmix(mixer[source], hash));
                }
            }
        }
        for (int source = POOL_SIZE; source < entropy.length; source++) {
            for (int target = 0; target < POOL_SIZE; target++) {
                mixer[target] = mix(mixer[target], hashmix(entropy[source], hash));
            }
        }
        return mixer;
    }

    private static int hashmix(int value, int[] hash) {
        value ^= hash[0];
        hash[0] *= MULT_A;
        value *= hash[0];
        value ^= value >>> XSHIFT;
        return value;
    }

    private static int mix(int x, int y) {
        int result = MIX_MULT_L * x - MIX_MULT_R * y;
        result ^= result >>> XSHIFT;
        return result;
    }
}
