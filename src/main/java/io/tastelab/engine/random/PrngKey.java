package io.tastelab.engine.random;

/**
 * A raw threefry2x32 random key: the pair of unsigned 32-bit words that {@code jax.random.key_data(key)}
 * shows, held as Java {@code int}s (bit patterns; read them unsigned through {@link #words()}).
 *
 * <p>Immutable and thread-safe. Using the same key twice gives the same numbers, exactly as in JAX; derive
 * fresh keys with {@link JaxRandom#split} or {@link JaxRandom#foldIn}.
 *
 * @param word0 the first word (JAX's {@code key_data(key)[0]}), as a bit pattern
 * @param word1 the second word (JAX's {@code key_data(key)[1]}), as a bit pattern
 */
public record PrngKey(int word0, int word1) {

    private static final long UINT32_MASK = 0xFFFF_FFFFL;

    /**
     * The key {@code jax.random.PRNGKey(seed)} (or {@code jax.random.key(seed)}) gives with 64-bit types off,
     * JAX's default: {@code [0, seed mod 2^32]}. JAX keeps only the low 32 bits of a seed in that mode, so
     * {@code -1} gives {@code [0, 4294967295]} and {@code 2^32 + 5} gives {@code [0, 5]}.
     */
    public static PrngKey fromSeed(long seed) {
        return new PrngKey(0, (int) seed);
    }

    /**
     * The key {@code jax.random.PRNGKey(seed)} gives with {@code jax_enable_x64=True}: the seed's high and
     * low 32 bits, so {@code -1} gives {@code [4294967295, 4294967295]}.
     */
    public static PrngKey fromSeedX64(long seed) {
        return new PrngKey((int) (seed >>> 32), (int) seed);
    }

    /**
     * A key from its two words as JAX prints them (each in {@code [0, 2^32)}), e.g. to import an exported
     * key.
     *
     * @throws IllegalArgumentException if a word is outside the uint32 range
     */
    public static PrngKey ofWords(long word0, long word1) {
        if (word0 < 0 || word0 > UINT32_MASK || word1 < 0 || word1 > UINT32_MASK) {
            throw new IllegalArgumentException(
                    "key words must be uint32 values in [0, 4294967295], got [" + word0 + ", " + word1 + "]");
        }
        return new PrngKey((int) word0, (int) word1);
    }

    /** The two words as unsigned values, {@code [word0, word1]}, like {@code jax.random.key_data(key)}. */
    public long[] words() {
        return new long[] {Integer.toUnsignedLong(word0), Integer.toUnsignedLong(word1)};
    }

    /** JAX's raw key as NumPy prints a uint32 pair with commas: {@code PRNGKey(0)} is {@code [0, 0]}. */
    @Override
    public String toString() {
        return "[" + Integer.toUnsignedString(word0) + ", " + Integer.toUnsignedString(word1) + "]";
    }
}
