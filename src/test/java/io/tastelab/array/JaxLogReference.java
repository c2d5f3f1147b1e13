package io.tastelab.array;

/**
 * JAX's float32 log on CPU written the plain way, one value at a time with branches, as the test's reference for
 * {@link Float32Math.Function#LOG_JAX}: XLA's {@code GenerateVF32Log} ({@code xla/service/cpu/llvm_ir_runtime.cc})
 * in its source order, with the one contraction LLVM makes that changes a result ({@code y * x3 + q1 * e} as an fma;
 * the others it may make never change one, checked on every 7th positive float). Subnormals keep their value. The
 * last {@code count % 8} elements of an array take the scalar loop: the correctly rounded log.
 */
final class JaxLogReference {
    private static final float[] P = {7.0376836292E-2f, -1.1514610310E-1f, 1.1676998740E-1f, -1.2420140846E-1f,
        +1.4249322787E-1f, -1.6668057665E-1f, +2.0000714765E-1f, -2.4999993993E-1f, +3.3333331174E-1f};

    private JaxLogReference() {
    }

    static float log(float v, long index, long count) {
        if (index >= count - count % 8) {
            return (float) Math.log(v);
        }
        return vectorLog(v);
    }

    static float vectorLog(float v) {
        if (v == 0f) {
            return Float.NEGATIVE_INFINITY;
        }
        if (!(v > 0f)) {
            return Float.NaN;
        }
        if (v == Float.POSITIVE_INFINITY) {
            return v;
        }
        // frexp: v = m * 2^e with m in [0.5, 1).
        int shift = v < Float.MIN_NORMAL ? 100 : 0;
        float scaled = v * (shift == 0 ? 1f : 0x1p100f);
        int e = Math.getExponent(scaled) + 1;
        float m = Math.scalb(scaled, -e);
        e -= shift;
        float exponent = e;
        float x;
        if (m < 0.707106781186547524f) {
            exponent -= 1f;
            x = (m - 1f) + m;
        } else {
            x = m - 1f;
        }
        float x2 = x * x;
        float x3 = x2 * x;
        float y = Math.fma(x, P[0], P[1]);
        float y1 = Math.fma(x, P[3], P[4]);
        float y2 = Math.fma(x, P[6], P[7]);
        y = Math.fma(y, x, P[2]);
        y1 = Math.fma(y1, x, P[5]);
        y2 = Math.fma(y2, x, P[8]);
        y = Math.fma(y, x3, y1);
        y = Math.fma(y, x3, y2);
        y = Math.fma(y, x3, -2.12194440e-4f * exponent);
        x = x - 0.5f * x2;
        x = x + y;
        return x + 0.693359375f * exponent;
    }
}
