package io.tastelab.array;

/**
 * JAX's {@code lax.integer_pow} of a float array: what {@code jnp.power(x, n)} and {@code x ** n} compute for a
 * concrete integer {@code n} (a Python int, a NumPy integer, a 0-d integer array). lax's {@code _integer_pow}:
 * repeated squaring, each product rounded to the dtype, and {@code 1 / acc} for a negative {@code n}; {@code n = 0}
 * gives ones (NaN ** 0 too). jnp float32 follows XLA on CPU, which flushes subnormal products to zero, so the
 * intermediate results are flushed as well. Eager jnp and a jitted function both run this code, so they agree to the
 * bit; {@code x * x * x} in float32 (JAX's {@code 3.1 ** 3 = 29.790998}), not the correctly rounded power
 * ({@code 29.790997}) that NumPy's {@code np.power} gives.
 */
final class IntegerPower {

    private IntegerPower() {
    }

    /** {@code x ** n} of a float array {@code x} in its own dtype, as a new array of x's shape. */
    static NdArray of(NdArray x, long n) {
        DType dtype = x.dtype();
        if (!dtype.isFloat()) {
            throw new IllegalArgumentException("integer_pow here takes a float array, got " + dtype);
        }
        boolean flush = x.flavor() == Flavor.JAX && dtype == DType.FLOAT32;
        NdArray out = NdArray.zeros(x.flavor(), dtype, x.shape());
        long[] offsets = Ops.operandOffsets(x, x.shape());
        int size = (int) out.size();
        for (int k = 0; k < size; k++) {
            out.writeDouble(k, power(x.readDouble(Ops.at(x, offsets, k)), n, dtype, flush));
        }
        return out;
    }

    /**
     * One element: lax's loop over the bits of |n|, in {@code dtype}. Only products see XLA's flush: x itself passes
     * through unchanged for n = 1 (lax returns the operand), and is read as zero where it is multiplied or divided.
     */
    static double power(double x, long n, DType dtype, boolean flush) {
        if (n == 0) {
            return 1.0;
        }
        long bits = n == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(n); // |n| beyond 2^62 gives 0, 1 or inf alike
        double square = x;
        double acc = Double.NaN;
        boolean first = true;
        while (bits > 0) {
            if ((bits & 1) != 0) {
                acc = first ? square : step(read(acc, flush) * read(square, flush), dtype, flush);
                first = false;
            }
            bits >>= 1;
            if (bits > 0) {
                square = step(read(square, flush) * read(square, flush), dtype, flush);
            }
        }
        return n < 0 ? step(1.0 / read(acc, flush), dtype, flush) : acc;
    }

    /** An operand as XLA reads it: a subnormal float32 as a zero of its sign (DAZ). */
    private static double read(double v, boolean flush) {
        return flush && v != 0 && Math.abs(v) < Float.MIN_NORMAL ? Math.copySign(0.0, v) : v;
    }

    /** A product rounded to the dtype, and for jnp float32 a subnormal one flushed to a zero of its sign. */
    private static double step(double v, DType dtype, boolean flush) {
        return read(Values.round(v, dtype), flush);
    }
}
