package io.tastelab.engine.random;

import io.tastelab.math.CLibraryMath;

/**
 * NumPy's gamma and Poisson samplers ({@code random_standard_gamma}, its float form, {@code random_poisson} and
 * {@code random_loggam} in {@code numpy/random/src/distributions/distributions.c}), step for step: Marsaglia and
 * Tsang's squeeze over NumPy's ziggurat normals for shape at least 1, Johnk's rejection below, and for Poisson the
 * multiplication method below lambda 10 and Hormann's PTRS above. The C library's log and pow decide them, as in
 * NumPy's compiled code.
 */
public final class GammaPoisson {
    private static final double[] LOGGAM_COEFFICIENTS = {8.333333333333333e-02, -2.777777777777778e-03,
            7.936507936507937e-04, -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03,
            6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01, -1.39243221690590e+00};

    private GammaPoisson() {
    }

    /** random_standard_gamma. */
    public static double standardGamma(BitSource bits, double shape) {
        if (shape == 1.0) {
            return Ziggurat.standardExponential(bits);
        }
        if (shape == 0.0) {
            return 0.0;
        }
        if (shape < 1.0) {
            for (;;) {
                double u = bits.nextDouble();
                double v = Ziggurat.standardExponential(bits);
                if (u <= 1.0 - shape) {
                    double x = CLibraryMath.pow(u, 1.0 / shape);
                    if (x <= v) {
                        return x;
                    }
                } else {
                    double y = -CLibraryMath.log((1 - u) / shape);
                    double x = CLibraryMath.pow(1.0 - shape + shape * y, 1.0 / shape);
                    if (x <= v + y) {
                        return x;
                    }
                }
            }
        }
        double b = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9 * b);
        for (;;) {
            double x;
            double v;
            do {
                x = Ziggurat.standardNormal(bits);
                v = 1.0 + c * x;
            } while (v <= 0.0);
            v = v * v * v;
            double u = bits.nextDouble();
            if (u < 1.0 - 0.0331 * (x * x) * (x * x)) {
                return b * v;
            }
            if (CLibraryMath.log(u) < 0.5 * x * x + b * (1. - v + CLibraryMath.log(v))) {
                return b * v;
            }
        }
    }

    /** random_standard_gamma_f: the same in float arithmetic over the float ziggurat. */
    public static float standardGammaFloat(BitSource bits, float shape) {
        if (shape == 1.0f) {
            return Ziggurat.standardExponentialFloat(bits);
        }
        if (shape == 0.0f) {
            return 0.0f;
        }
        if (shape < 1.0f) {
            for (;;) {
                float u = bits.nextFloat();
                float v = Ziggurat.standardExponentialFloat(bits);
                if (u <= 1.0f - shape) {
                    float x = CLibraryMath.powf(u, 1.0f / shape);
                    if (x <= v) {
                        return x;
                    }
                } else {
                    float y = -CLibraryMath.logf((1.0f - u) / shape);
                    float x = CLibraryMath.powf(1.0f - shape + shape * y, 1.0f / shape);
                    if (x <= v + y) {
                        return x;
                    }
                }
            }
        }
        float b = shape - 1.0f / 3.0f;
        float c = 1.0f / (float) Math.sqrt(9.0f * b);
        for (;;) {
            float x;
            float v;
            do {
                x = Ziggurat.standardNormalFloat(bits);
                v = 1.0f + c * x;
            } while (v <= 0.0f);
            v = v * v * v;
            float u = bits.nextFloat();
            if (u < 1.0f - 0.0331f * (x * x) * (x * x)) {
                return b * v;
            }
            if (CLibraryMath.logf(u) < 0.5f * x * x + b * (1.0f - v + CLibraryMath.logf(v))) {
                return b * v;
            }
        }
    }

    /** random_poisson: 0 for lambda 0, multiplication below 10, PTRS from 10. */
    public static long poisson(BitSource bits, double lam) {
        if (lam >= 10) {
            return poissonPtrs(bits, lam);
        }
        if (lam == 0) {
            return 0;
        }
        double enlam = CLibraryMath.exp(-lam);
        long x = 0;
        double prod = 1.0;
        for (;;) {
            prod *= bits.nextDouble();
            if (prod > enlam) {
                x += 1;
            } else {
                return x;
            }
        }
    }

    /** Hormann's transformed rejection with squeeze (PTRS), NumPy's constants. */
    private static long poissonPtrs(BitSource bits, double lam) {
        double slam = Math.sqrt(lam);
        double loglam = CLibraryMath.log(lam);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        for (;;) {
            double u = bits.nextDouble() - 0.5;
            double v = bits.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + lam + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || us < 0.013 && v > us) {
                continue;
            }
            if (CLibraryMath.log(v) + CLibraryMath.log(invalpha) - CLibraryMath.log(a / (us * us) + b)
                    <= -lam + k * loglam - loggam(k + 1)) {
                return k;
            }
        }
    }

    /** random_loggam: log Gamma(x) by Zhang and Jin's series, shifted up to 7 for small x. */
    static double loggam(double x) {
        if (x == 1.0 || x == 2.0) {
            return 0.0;
        }
        long n = x < 7.0 ? (long) (7 - x) : 0;
        double x0 = x + n;
        double x2 = (1.0 / x0) * (1.0 / x0);
        double lg2pi = 1.8378770664093453e+00;
        double gl0 = LOGGAM_COEFFICIENTS[9];
        for (int k = 8; k >= 0; k--) {
            gl0 *= x2;
            gl0 += LOGGAM_COEFFICIENTS[k];
        }
        double gl = gl0 / x0 + 0.5 * lg2pi + (x0 - 0.5) * CLibraryMath.log(x0) - x0;
        if (x < 7.0) {
            for (long k = 1; k <= n; k++) {
                gl -= CLibraryMath.log(x0 - 1.0);
                x0 -= 1.0;
            }
        }
        return gl;
    }
}
