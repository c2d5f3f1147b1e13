package io.tastelab.array;

/**
 * Complex arithmetic on (real, imaginary) pairs as NumPy's loops compute it ({@code numpy/_core/src/umath/loops}
 * and {@code npymath/npy_math_complex.c.src}): the same formulas in the same order, each step rounded to the part
 * type when {@code single} (complex64 computes in float), so {@code +}, {@code -}, {@code *}, {@code /} and the
 * small integer powers agree with NumPy to the last bit. The functions (exp, log, sqrt, sin, cos, tanh and
 * non-integer powers) follow the C library's formulas in double precision; they may differ from glibc in the last
 * bit. Stateless; every method returns a new two-element {@code double[] {real, imag}}.
 */
final class ComplexMath {
    private ComplexMath() {
    }

    private static double r(boolean single, double v) {
        return single ? (float) v : v;
    }

    static double[] of(double real, double imag) {
        return new double[] {real, imag};
    }

    static double[] binary(BinaryOp op, double ar, double ai, double br, double bi, boolean single) {
        return switch (op) {
            case ADD -> of(r(single, ar + br), r(single, ai + bi));
            case SUBTRACT -> of(r(single, ar - br), r(single, ai - bi));
            case MULTIPLY -> multiply(ar, ai, br, bi, single);
            case DIVIDE -> divide(ar, ai, br, bi, single);
            case POWER -> power(ar, ai, br, bi, single);
            case MAXIMUM -> Double.isNaN(ar) || Double.isNaN(ai) || greaterEqual(ar, ai, br, bi) ? of(ar, ai)
                    : of(br, bi);
            case MINIMUM -> Double.isNaN(ar) || Double.isNaN(ai) || lessEqual(ar, ai, br, bi) ? of(ar, ai)
                    : of(br, bi);
            default -> throw new IllegalStateException(op.name());
        };
    }

    /** NumPy's complex comparisons: lexicographic, the real parts first ({@code CLT}, {@code CLE}, ... macros). */
    static boolean compare(BinaryOp op, double ar, double ai, double br, double bi) {
        return switch (op) {
            case EQUAL -> ar == br && ai == bi;
            case NOT_EQUAL -> ar != br || ai != bi;
            case LESS -> (ar < br && !Double.isNaN(ai) && !Double.isNaN(bi)) || (ar == br && ai < bi);
            case LESS_EQUAL -> lessEqual(ar, ai, br, bi);
            case GREATER -> (ar > br && !Double.isNaN(ai) && !Double.isNaN(bi)) || (ar == br && ai > bi);
            case GREATER_EQUAL -> greaterEqual(ar, ai, br, bi);
            default -> throw new IllegalStateException(op.name());
        };
    }

    private static boolean lessEqual(double ar, double ai, double br, double bi) {
        return (ar < br && !Double.isNaN(ai) && !Double.isNaN(bi)) || (ar == br && ai <= bi);
    }

    private static boolean greaterEqual(double ar, double ai, double br, double bi) {
        return (ar > br && !Double.isNaN(ai) && !Double.isNaN(bi)) || (ar == br && ai >= bi);
    }

    static double[] multiply(double ar, double ai, double br, double bi, boolean single) {
        return of(r(single, r(single, ar * br) - r(single, ai * bi)), r(single, r(single, ar * bi) + r(single, ai * br)));
    }

    /** Smith's division, as NumPy's complex divide loop. */
    static double[] divide(double ar, double ai, double br, double bi, boolean single) {
        double brAbs = Math.abs(br);
        double biAbs = Math.abs(bi);
        if (brAbs >= biAbs) {
            if (brAbs == 0 && biAbs == 0) {
                return of(r(single, ar / brAbs), r(single, ai / brAbs));
            }
            double rat = r(single, bi / br);
            double scl = r(single, 1.0 / r(single, br + r(single, bi * rat)));
            return of(r(single, r(single, ar + r(single, ai * rat)) * scl),
                    r(single, r(single, ai - r(single, ar * rat)) * scl));
        }
        double rat = r(single, br / bi);
        double scl = r(single, 1.0 / r(single, bi + r(single, br * rat)));
        return of(r(single, r(single, r(single, ar * rat) + ai) * scl),
                r(single, r(single, r(single, ai * rat) - ar) * scl));
    }

    /**
     * XLA's complex division (jax.numpy's): Smith's algorithm dividing by the denominator where NumPy multiplies
     * by its reciprocal, so {@code (9+5j) / 3j} is 1.6666666-3j in complex64 (NumPy: 1.6666667-3j).
     */
    static double[] divideXla(double ar, double ai, double br, double bi, boolean single) {
        if (Math.abs(br) >= Math.abs(bi)) {
            double rat = r(single, bi / br);
            double denominator = r(single, br + r(single, bi * rat));
            return of(r(single, r(single, ar + r(single, ai * rat)) / denominator),
                    r(single, r(single, ai - r(single, ar * rat)) / denominator));
        }
        double rat = r(single, br / bi);
        double denominator = r(single, r(single, br * rat) + bi);
        return of(r(single, r(single, r(single, ar * rat) + ai) / denominator),
                r(single, r(single, r(single, ai * rat) - ar) / denominator));
    }

    /** NumPy's {@code reciprocal} of a complex number ({@code x ** -1} takes this fast path). */
    static double[] reciprocal(double re, double im, boolean single) {
        if (Math.abs(im) <= Math.abs(re)) {
            double rat = r(single, im / re);
            double d = r(single, re + r(single, im * rat));
            return of(r(single, 1 / d), r(single, -rat / d));
        }
        double rat = r(single, re / im);
        double d = r(single, r(single, re * rat) + im);
        return of(r(single, rat / d), r(single, -1 / d));
    }

    /** NumPy's {@code npy_cpow}: 1 for a zero exponent, repeated squaring for integer exponents below 100. */
    static double[] power(double ar, double ai, double br, double bi, boolean single) {
        if (br == 0 && bi == 0) {
            return of(1, 0);
        }
        if (ar == 0 && ai == 0) {
            return br > 0 ? of(0, 0) : of(Double.NaN, Double.NaN);
        }
        if (bi == 0 && br == (long) br && Math.abs(br) < 100) {
            long n = (long) br;
            if (n == 1) {
                return of(ar, ai);
            }
            if (n == 2) {
                return multiply(ar, ai, ar, ai, single);
            }
            if (n == 3) {
                double[] square = multiply(ar, ai, ar, ai, single);
                return multiply(ar, ai, square[0], square[1], single);
            }
            long m = Math.abs(n);
            double[] acc = of(1, 0);
            double[] p = of(ar, ai);
            long mask = 1;
            while (true) {
                if ((m & mask) != 0) {
                    acc = multiply(acc[0], acc[1], p[0], p[1], single);
                }
                mask <<= 1;
                if (m < mask) {
                    break;
                }
                p = multiply(p[0], p[1], p[0], p[1], single);
            }
            return br < 0 ? divide(1, 0, acc[0], acc[1], single) : acc;
        }
        // the C library's cpow: cexp(b * clog(a))
        double[] log = log(ar, ai);
        double[] product = multiply(br, bi, log[0], log[1], false);
        double[] result = exp(product[0], product[1]);
        return of(r(single, result[0]), r(single, result[1]));
    }

    static double[] unary(UnaryOp op, double re, double im, boolean single) {
        if (single && op == UnaryOp.EXP && Double.isFinite(re) && Double.isFinite(im) && im != 0) {
            // glibc's cexpf works in float: expf(re) times cosf(im) and sinf(im), each rounded
            double magnitude = (float) Math.exp(re);
            return of((float) (magnitude * (float) Math.cos(im)), (float) (magnitude * (float) Math.sin(im)));
        }
        double[] v = switch (op) {
            case NEGATIVE -> of(-re, -im);
            case POSITIVE -> of(re, im);
            case EXP -> exp(re, im);
            case LOG -> log(re, im);
            case SQRT -> sqrt(re, im);
            case SIN -> of(Math.sin(re) * Math.cosh(im), Math.cos(re) * Math.sinh(im));
            case COS -> of(Math.cos(re) * Math.cosh(im), -(Math.sin(re) * Math.sinh(im)));
            case TANH -> tanh(re, im);
            // NumPy's nc_log1p, nc_expm1, nc_log2 and nc_exp2 (umath's funcs.inc.src), step for step.
            case LOG1P -> of(Math.log(Math.hypot(re + 1, im)), Math.atan2(im, re + 1));
            case EXPM1 -> {
                double half = Math.sin(im / 2);
                yield of(Math.expm1(re) * Math.cos(im) - 2 * half * half, Math.exp(re) * Math.sin(im));
            }
            case LOG2 -> {
                double[] natural = log(re, im);
                yield of(natural[0] * LOG2E, natural[1] * LOG2E);
            }
            case EXP2 -> exp(re * LN2, im * LN2);
            case SIGN -> sign(re, im);
            case ABSOLUTE, INVERT -> throw new IllegalStateException(op.name());
        };
        return of(r(single, v[0]), r(single, v[1]));
    }

    /** glibc's cexp for finite input: e^re (cos im + i sin im); a zero imaginary part stays exact. */
    private static final double LOG2E = 1.442695040888963407359924681001892137;
    private static final double LN2 = 0.693147180559945309417232121458176568;

    static double[] exp(double re, double im) {
        double magnitude = Math.exp(re);
        if (im == 0) {
            return of(magnitude, im);
        }
        return of(magnitude * Math.cos(im), magnitude * Math.sin(im));
    }

    static double[] log(double re, double im) {
        return of(Math.log(Math.hypot(re, im)), Math.atan2(im, re));
    }

    /** glibc's csqrt: the principal root, its imaginary part with the sign of {@code im}. */
    static double[] sqrt(double re, double im) {
        if (re == 0 && im == 0) {
            return of(0.0, im);
        }
        if (Double.isInfinite(im)) {
            return of(Double.POSITIVE_INFINITY, im);
        }
        double d = Math.hypot(re, im);
        if (re > 0) {
            double real = Math.sqrt(0.5 * (d + re));
            return of(real, 0.5 * (im / real));
        }
        double imag = Math.sqrt(0.5 * (d - re));
        return of(Math.abs(0.5 * (im / imag)), Math.copySign(imag, im));
    }

    private static double[] tanh(double re, double im) {
        double denominator = Math.cosh(2 * re) + Math.cos(2 * im);
        return of(Math.sinh(2 * re) / denominator, Math.sin(2 * im) / denominator);
    }

    /** NumPy 2's sign of a complex number: z / |z|, zero for zero. */
    private static double[] sign(double re, double im) {
        double magnitude = Math.hypot(re, im);
        if (magnitude == 0) {
            return of(0, 0);
        }
        return of(re / magnitude, im / magnitude);
    }

    /**
     * NumPy's pairwise sum of complex elements ({@code pairwise_sum} of the complex loops), over
     * {@code parts.length / 2} interleaved (real, imaginary) pairs starting at pair {@code first}, {@code n} parts.
     */
    static double[] pairwiseSum(double[] parts, int first, int n, boolean single) {
        if (n < 8) {
            double rr = 0;
            double ri = 0;
            for (int i = 0; i < n; i += 2) {
                rr = r(single, rr + parts[first + i]);
                ri = r(single, ri + parts[first + i + 1]);
            }
            return of(rr, ri);
        }
        if (n <= 128) {
            double[] acc = new double[8];
            System.arraycopy(parts, first, acc, 0, 8);
            int i = 8;
            for (; i < n - (n % 8); i += 8) {
                for (int j = 0; j < 8; j++) {
                    acc[j] = r(single, acc[j] + parts[first + i + j]);
                }
            }
            double rr = r(single, r(single, acc[0] + acc[2]) + r(single, acc[4] + acc[6]));
            double ri = r(single, r(single, acc[1] + acc[3]) + r(single, acc[5] + acc[7]));
            for (; i < n; i += 2) {
                rr = r(single, rr + parts[first + i]);
                ri = r(single, ri + parts[first + i + 1]);
            }
            return of(rr, ri);
        }
        int half = n / 2;
        half -= half % 8;
        double[] left = pairwiseSum(parts, first, half, single);
        double[] right = pairwiseSum(parts, first + half, n - half, single);
        return of(r(single, left[0] + right[0]), r(single, left[1] + right[1]));
    }
}
