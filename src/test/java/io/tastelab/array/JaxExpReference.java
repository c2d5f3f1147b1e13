package io.tastelab.array;

/**
 * JAX's float32 exp on CPU written the plain way, one value at a time, as the test's reference for
 * {@link Float32Math.Function#EXP_JAX}: Cephes' polynomial as XLA's CPU backend evaluates it (the input clamped to
 * [-87.8, 88.8], {@code n = floor(fma(x, log2(e), 0.5))}, ln(2) subtracted in two fma steps, the result scaled by 2^n
 * exactly). Worked out from JAX 0.11.2's answers (the fixture's 20,802 inputs); results XLA flushes to zero are the
 * correctly rounded subnormal here, as the playground keeps subnormals.
 */
final class JaxExpReference {
    private static final float[] P = {1.9875691500E-4f, 1.3981999507E-3f, 8.3334519073E-3f, 4.1665795894E-2f,
        1.6666665459E-1f, 5.0000001201E-1f};

    private JaxExpReference() {
    }

    static float exp(float v) {
        if (Float.isNaN(v)) {
            return v;
        }
        float x = Math.min(Math.max(v, -87.8f), 88.8f);
        float n = (float) Math.floor(Math.fma(x, 1.44269504088896341f, 0.5f));
        n = Math.max(n, -127f);
        float a = Math.fma(-0.693145751953125f, n, x);
        a = Math.fma(-1.428606765330187045e-06f, n, a);
        float z = Math.fma(a, P[0], P[1]);
        for (int k = 2; k < P.length; k++) {
            z = Math.fma(z, a, P[k]);
        }
        z = Math.fma(z, a * a, a);
        z = 1f + z;
        float result = (float) Math.scalb((double) z, (int) n);
        return result < Float.MIN_NORMAL ? (float) Math.exp(v) : result;
    }
}
