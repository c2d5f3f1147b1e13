package io.tastelab.engine.random;

import io.tastelab.math.CLibraryMath;

import static io.tastelab.engine.random.ZigguratTables.FE_DOUBLE;
import static io.tastelab.engine.random.ZigguratTables.FE_FLOAT;
import static io.tastelab.engine.random.ZigguratTables.FI_DOUBLE;
import static io.tastelab.engine.random.ZigguratTables.FI_FLOAT;
import static io.tastelab.engine.random.ZigguratTables.KE_DOUBLE;
import static io.tastelab.engine.random.ZigguratTables.KE_FLOAT;
import static io.tastelab.engine.random.ZigguratTables.KI_DOUBLE;
import static io.tastelab.engine.random.ZigguratTables.KI_FLOAT;
import static io.tastelab.engine.random.ZigguratTables.WE_DOUBLE;
import static io.tastelab.engine.random.ZigguratTables.WE_FLOAT;
import static io.tastelab.engine.random.ZigguratTables.WI_DOUBLE;
import static io.tastelab.engine.random.ZigguratTables.WI_FLOAT;
import static io.tastelab.engine.random.ZigguratTables.ZIGGURAT_EXP_R;
import static io.tastelab.engine.random.ZigguratTables.ZIGGURAT_EXP_R_F;
import static io.tastelab.engine.random.ZigguratTables.ZIGGURAT_NOR_INV_R;
import static io.tastelab.engine.random.ZigguratTables.ZIGGURAT_NOR_INV_R_F;
import static io.tastelab.engine.random.ZigguratTables.ZIGGURAT_NOR_R;
import static io.tastelab.engine.random.ZigguratTables.ZIGGURAT_NOR_R_F;

/**
 * NumPy's ziggurat samplers ({@code random_standard_normal}, {@code random_standard_exponential} and their float
 * forms in {@code numpy/random/src/distributions/distributions.c}), step for step: the same bits of each draw pick
 * the strip, sign and magnitude, the same fallbacks draw the tail and wedges, and the C library's {@code log1p}
 * and {@code exp} decide them, so a seeded {@code Generator} gives NumPy's numbers bit for bit.
 */
public final class Ziggurat {
    private Ziggurat() {
    }

    /** random_standard_normal: 64 bits give the strip (low 8), the sign (next 1) and 52 bits of magnitude. */
    public static double standardNormal(BitSource bits) {
        for (;;) {
            long r = bits.nextLong();
            int idx = (int) (r & 0xff);
            r >>>= 8;
            boolean negative = (r & 1) != 0;
            long rabs = (r >>> 1) & 0x000fffffffffffffL;
            double x = rabs * WI_DOUBLE[idx];
            if (negative) {
                x = -x;
            }
            if (rabs < KI_DOUBLE[idx]) {
                return x;
            }
            if (idx == 0) {
                for (;;) { // the tail beyond r, 1 - U to avoid log(0) as NumPy does
                    double xx = -ZIGGURAT_NOR_INV_R * CLibraryMath.log1p(-bits.nextDouble());
                    double yy = -CLibraryMath.log1p(-bits.nextDouble());
                    if (yy + yy > xx * xx) {
                        return ((rabs >>> 8) & 1) != 0 ? -(ZIGGURAT_NOR_R + xx) : ZIGGURAT_NOR_R + xx;
                    }
                }
            }
            if ((FI_DOUBLE[idx - 1] - FI_DOUBLE[idx]) * bits.nextDouble() + FI_DOUBLE[idx]
                    < CLibraryMath.exp(-0.5 * x * x)) {
                return x;
            }
        }
    }

    /** random_standard_normal_f: 32 bits give the strip (low 8), the sign (next 1) and 23 bits of magnitude. */
    public static float standardNormalFloat(BitSource bits) {
        for (;;) {
            int r = bits.nextInt();
            int idx = r & 0xff;
            boolean negative = ((r >>> 8) & 1) != 0;
            int rabs = (r >>> 9) & 0x0007fffff;
            float x = rabs * WI_FLOAT[idx];
            if (negative) {
                x = -x;
            }
            if (rabs < KI_FLOAT[idx]) {
                return x;
            }
            if (idx == 0) {
                for (;;) {
                    float xx = -ZIGGURAT_NOR_INV_R_F * CLibraryMath.log1pf(-bits.nextFloat());
                    float yy = -CLibraryMath.log1pf(-bits.nextFloat());
                    if (yy + yy > xx * xx) {
                        return ((rabs >>> 8) & 1) != 0 ? -(ZIGGURAT_NOR_R_F + xx) : ZIGGURAT_NOR_R_F + xx;
                    }
                }
            }
            // NumPy's wedge test takes the double exp of the float x (-0.5 is a double constant in C)
            if ((FI_FLOAT[idx - 1] - FI_FLOAT[idx]) * bits.nextFloat() + FI_FLOAT[idx]
                    < CLibraryMath.exp(-0.5 * x * x)) {
                return x;
            }
        }
    }

    /** random_standard_exponential: 64 bits, three dropped, then the strip (8) and 53 bits of magnitude. */
    public static double standardExponential(BitSource bits) {
        for (;;) {
            long ri = bits.nextLong() >>> 3;
            int idx = (int) (ri & 0xff);
            ri >>>= 8;
            double x = ri * WE_DOUBLE[idx];
            if (ri < KE_DOUBLE[idx]) {
                return x;
            }
            if (idx == 0) {
                return ZIGGURAT_EXP_R - CLibraryMath.log1p(-bits.nextDouble());
            }
            if ((FE_DOUBLE[idx - 1] - FE_DOUBLE[idx]) * bits.nextDouble() + FE_DOUBLE[idx]
                    < CLibraryMath.exp(-x)) {
                return x;
            }
            // NumPy calls itself again here: the same as going round the loop
        }
    }

    /** random_standard_exponential_f: 32 bits, one dropped, then the strip (8) and 23 bits of magnitude. */
    public static float standardExponentialFloat(BitSource bits) {
        for (;;) {
            int ri = bits.nextInt() >>> 1;
            int idx = ri & 0xff;
            ri >>>= 8;
            float x = ri * WE_FLOAT[idx];
            if (ri < KE_FLOAT[idx]) {
                return x;
            }
            if (idx == 0) {
                return ZIGGURAT_EXP_R_F - CLibraryMath.log1pf(-bits.nextFloat());
            }
            if ((FE_FLOAT[idx - 1] - FE_FLOAT[idx]) * bits.nextFloat() + FE_FLOAT[idx]
                    < CLibraryMath.expf(-x)) {
                return x;
            }
        }
    }

    /** {@code standard_exponential(method='inv')}: {@code -log1p(-U)}. */
    public static double inverseExponential(BitSource bits) {
        return -CLibraryMath.log1p(-bits.nextDouble());
    }

    /** {@code standard_exponential(method='inv', dtype=np.float32)}: NumPy takes the double log1p of a float U. */
    public static float inverseExponentialFloat(BitSource bits) {
        return (float) -CLibraryMath.log1p(-bits.nextFloat());
    }
}
