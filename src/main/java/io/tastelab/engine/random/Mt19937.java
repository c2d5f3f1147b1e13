package io.tastelab.engine.random;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * The Mersenne Twister as NumPy's {@code RandomState} runs it ({@code numpy/random/src/mt19937}): 624 words of state
 * and a position, seeded from one 32-bit integer by {@code mt19937_seed} (Knuth's recurrence) or from an array of
 * words by {@code init_by_array}, tempered 32-bit outputs, 64-bit draws as two 32-bit ones (high word first) and
 * doubles from 27 + 26 bits. Holds mutable state: not thread-safe.
 */
public final class Mt19937 implements BitSource {
    /** The number of 32-bit words of state. */
    public static final int STATE_WORDS = 624;
    private static final int SHIFT = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] key = new int[STATE_WORDS];
    private int position;

    private Mt19937() {
    }

    /** {@code RandomState(seed)} for an int seed in [0, 2**32 - 1]: mt19937_seed. */
    public static Mt19937 seeded(long seed) {
        if (seed < 0 || seed > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("Seed must be between 0 and 2**32 - 1");
        }
        Mt19937 generator = new Mt19937();
        generator.reseed(seed);
        return generator;
    }

    /** {@code RandomState(words)} for a 1-d array seed: init_by_array over the words (each in [0, 2**32 - 1]). */
    public static Mt19937 fromArray(long[] words) {
        Mt19937 generator = new Mt19937();
        generator.reseed(words);
        return generator;
    }

    /**
     * {@code RandomState()}: fresh entropy from the operating system, as NumPy draws it: a 128-bit
     * {@code SeedSequence} whose 624 state words go through init_by_array. Never the same stream twice.
     */
    public static Mt19937 fromEntropy() {
        Mt19937 generator = new Mt19937();
        generator.reseedFromEntropy();
        return generator;
    }

    /** {@code seed(n)}: mt19937_seed, Knuth's recurrence from one word; the next draw regenerates the state. */
    public void reseed(long seed) {
        if (seed < 0 || seed > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("Seed must be between 0 and 2**32 - 1");
        }
        int word = (int) seed;
        for (int i = 0; i < STATE_WORDS; i++) {
            key[i] = word;
            word = 1812433253 * (word ^ (word >>> 30)) + i + 1;
        }
        position = STATE_WORDS;
    }

    /** {@code seed(array)}: init_by_array over {@code words} (non-empty, each in [0, 2**32 - 1]). */
    public void reseed(long[] words) {
        if (words.length == 0) {
            throw new IllegalArgumentException("Seed must be non-empty");
        }
        int[] initKey = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            if (words[i] < 0 || words[i] > 0xFFFFFFFFL) {
                throw new IllegalArgumentException("Seed must be between 0 and 2**32 - 1");
            }
            initKey[i] = (int) words[i];
        }
        initByArray(initKey);
    }

    /** {@code seed()} / {@code seed(None)}: 128 bits of OS entropy through SeedSequence, as NumPy does. */
    public void reseedFromEntropy() {
        byte[] entropy = new byte[16];
        new SecureRandom().nextBytes(entropy);
        long[] pairs = SeedSequence.generateState64(new BigInteger(1, entropy), STATE_WORDS / 2);
        int[] words = new int[STATE_WORDS];
        for (int i = 0; i < pairs.length; i++) {
            words[2 * i] = (int) pairs[i]; // generate_state(uint32) is the uint64 words' little-endian halves
            words[2 * i + 1] = (int) (pairs[i] >>> 32);
        }
        initByArray(words);
    }

    private void initGenrand(int seed) {
        key[0] = seed;
        for (int i = 1; i < STATE_WORDS; i++) {
            key[i] = 1812433253 * (key[i - 1] ^ (key[i - 1] >>> 30)) + i;
        }
        position = STATE_WORDS;
    }

    private void initByArray(int[] initKey) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(STATE_WORDS, initKey.length); k > 0; k--) {
            key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >>> 30)) * 1664525)) + initKey[j] + j;
            i++;
            j++;
            if (i >= STATE_WORDS) {
                key[0] = key[STATE_WORDS - 1];
                i = 1;
            }
            if (j >= initKey.length) {
                j = 0;
            }
        }
        for (int k = STATE_WORDS - 1; k > 0; k--) {
            key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= STATE_WORDS) {
                key[0] = key[STATE_WORDS - 1];
                i = 1;
            }
        }
        key[0] = UPPER_MASK; // MSB is 1, assuring a non-zero initial array
    }

    private void generate() {
        int i = 0;
        for (; i < STATE_WORDS - SHIFT; i++) {
            int y = (key[i] & UPPER_MASK) | (key[i + 1] & LOWER_MASK);
            key[i] = key[i + SHIFT] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        for (; i < STATE_WORDS - 1; i++) {
            int y = (key[i] & UPPER_MASK) | (key[i + 1] & LOWER_MASK);
            key[i] = key[i + SHIFT - STATE_WORDS] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        int y = (key[STATE_WORDS - 1] & UPPER_MASK) | (key[0] & LOWER_MASK);
        key[STATE_WORDS - 1] = key[SHIFT - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        position = 0;
    }

    /** The next tempered 32-bit word (as a signed int; read it unsigned). */
    @Override
    public int nextInt() {
        if (position == STATE_WORDS) {
            generate();
        }
        int y = key[position++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** mt19937_next64: two words, the first one high. */
    @Override
    public long nextLong() {
        long high = Integer.toUnsignedLong(nextInt());
        return high << 32 | Integer.toUnsignedLong(nextInt());
    }

    /** mt19937_next_double: 27 bits of one word and 26 of the next, in [0, 1). */
    @Override
    public double nextDouble() {
        int a = nextInt() >>> 5;
        int b = nextInt() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** The state words as unsigned values ({@code get_state()[1]}). */
    public long[] stateWords() {
        long[] words = new long[STATE_WORDS];
        for (int i = 0; i < STATE_WORDS; i++) {
            words[i] = Integer.toUnsignedLong(key[i]);
        }
        return words;
    }

    /** The position of the next word to temper, 0..624 ({@code get_state()[2]}). */
    public int position() {
        return position;
    }

    /** {@code set_state}: 624 words, each in [0, 2**32 - 1], and a position in [0, 624]. */
    public void restore(long[] words, int newPosition) {
        if (words.length != STATE_WORDS) {
            throw new IllegalArgumentException("state must be 624 longs");
        }
        if (newPosition < 0 || newPosition > STATE_WORDS) {
            throw new IllegalArgumentException("pos must be between 0 and 624, got " + newPosition);
        }
        int[] restored = new int[STATE_WORDS];
        for (int i = 0; i < STATE_WORDS; i++) {
            if (words[i] < 0 || words[i] > 0xFFFFFFFFL) {
                throw new IllegalArgumentException("state words must be between 0 and 2**32 - 1");
            }
            restored[i] = (int) words[i];
        }
        System.arraycopy(restored, 0, key, 0, STATE_WORDS);
        position = newPosition;
    }
}
