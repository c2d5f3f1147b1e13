package io.tastelab.array;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * jax.numpy float32 arithmetic flushes subnormals as XLA on the CPU does (the FTZ and DAZ flags XLA sets: a
 * subnormal operand reads as a zero of its sign, a subnormal result is written as one), while creating an array
 * keeps the value (no computation runs) and NumPy keeps subnormals everywhere.
 */
class SubnormalFlushTest {

    private static final ArrayNamespace JNP = ArrayNamespace.JAX;
    private static final ArrayNamespace NP = ArrayNamespace.NUMPY;

    @Test
    void creationKeepsTheValueButArithmeticFlushesIt() {
        NdArray x = JNP.array(java.util.List.of(1e-40, -1e-40, 1.0), DType.FLOAT32);
        assertThat(x.toDoubleArray()[0]).isEqualTo((double) 1e-40f);
        double[] times = x.multiply(1L).toDoubleArray();
        assertThat(times[0]).isEqualTo(0.0);
        assertThat(Double.doubleToRawLongBits(times[1])).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(times[2]).isEqualTo(1.0);
    }

    @Test
    void subnormalOperandsReadAsZeroAndSubnormalResultsAreZero() {
        NdArray tiny = JNP.array(java.util.List.of(1e-40), DType.FLOAT32);
        assertThat(tiny.multiply(1e10).toDoubleArray()[0]).isEqualTo(0.0); // DAZ: not 1e-30
        NdArray small = JNP.array(java.util.List.of(1e-38), DType.FLOAT32);
        assertThat(small.divide(100L).toDoubleArray()[0]).isEqualTo(0.0); // FTZ
        assertThat(JNP.array(java.util.List.of(-100.0), DType.FLOAT32).unary(UnaryOp.EXP).toDoubleArray()[0])
                .isEqualTo(0.0);
    }

    @Test
    void numpyKeepsSubnormals() {
        NdArray x = NP.array(java.util.List.of(1e-40), DType.FLOAT32);
        assertThat(x.multiply(1e10).toDoubleArray()[0]).isCloseTo(1e-30, org.assertj.core.data.Offset.offset(1e-34));
        assertThat(NP.array(java.util.List.of(1e-38), DType.FLOAT32).divide(100L).toDoubleArray()[0]).isGreaterThan(0);
    }
}
