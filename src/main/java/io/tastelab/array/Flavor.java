package io.tastelab.array;

/**
 * Which library's semantics an array follows: NumPy (mutable, 64-bit defaults, {@code array(...)}) or
 * jax.numpy with 64-bit types off (immutable, 32-bit defaults, {@code Array(...)}).
 */
public enum Flavor {
    NUMPY,
    JAX;

    /** Default integer dtype: int64 for NumPy, int32 for JAX. */
    public DType defaultInt() {
        return this == NUMPY ? DType.INT64 : DType.INT32;
    }

    /** Default float dtype: float64 for NumPy, float32 for JAX. */
    public DType defaultFloat() {
        return this == NUMPY ? DType.FLOAT64 : DType.FLOAT32;
    }

    /** The dtype an array of this flavor actually stores for a requested one (JAX drops 64-bit types). */
    public DType canonical(DType requested) {
        return this == JAX ? requested.canonicalX32() : requested;
    }
}
