package io.tastelab.engine.random;

/**
 * Float32 inverse error function as XLA computes it (StableHLO's CHLO {@code erf_inv} expansion for f32: Mike
 * Giles, "Approximating the erfinv function", GPU Computing Gems Jade, 2011), operation by operation in
 * float32 so that {@code jax.random.normal} can be reproduced to within 1 ulp.
 */
final class ErfInv {

    private static final float[] CENTRAL = {
        2.81022636e-08f, 3.43273939e-07f, -3.5233877e-06f,
        -4.39150654e-06f, 0.00021858087f, -0.00125372503f,
        -0.00417768164f, 0.246640727f, 1.50140941f,
    };
    private static final float[] TAIL = {
        -0.000200214257f, 0.000100950558f, 0.00134934322f,
        -0.00367342844f, 0.00573950773f, -0.0076224613f,
        0.00943887047f, 1.00167406f, 2.83297682f,
    };

    private ErfInv() {
    }

    static float erfInv(float x) {
        if (Math.abs(x) == 1f) {
            return x * Float.POSITIVE_INFINITY;
        }
        float minusXSquared = x * -x;
        // log1p rounded from double to float: XLA's own float32 log1p may differ from this in the last bit.
        float w = -(float) Math.log1p(minusXSquared);
        boolean central = w < 5f;
        float[] coefficients = central ? CENTRAL : TAIL;
        w = central ? w - 2.5f : (float) Math.sqrt(w) - 3f;
        float p = coefficients[0];
        for (int i = 1; i < coefficients.length; i++) {
            p = coefficients[i] + p * w;
        }
        return p * x;
    }
}
