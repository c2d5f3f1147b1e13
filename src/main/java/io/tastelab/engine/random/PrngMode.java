package io.tastelab.engine.random;

/**
 * How JAX's threefry2x32 keys lay out their counters when deriving new keys and random bits.
 *
 * <p>The block function is the same in both modes; only {@code split} and the bits behind every draw
 * differ. {@code fold_in} gives the same key in both modes.
 */
public enum PrngMode {
    /**
     * {@code jax_threefry_partitionable=True}, JAX's default since 0.5.0 (January 2025): element {@code i}
     * of any draw hashes the 64-bit counter {@code i} (as the pair {@code [hi, lo]}), so
     * {@code split(key, n)[i] == fold_in(key, i)} and a draw's prefix does not depend on its size.
     */
    PARTITIONABLE,

    /**
     * {@code jax_threefry_partitionable=False}, JAX up to 0.4.38 and the outputs printed in books from that
     * time: the counters {@code 0 .. m-1} are split in halves, the halves hashed as pairs and the two output
     * words concatenated.
     */
    LEGACY
}
