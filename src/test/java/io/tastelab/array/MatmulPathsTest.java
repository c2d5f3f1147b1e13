package io.tastelab.array;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Large products go to BLAS only where the answer is the same as NumPy's exact integer or float loop. */
@ResourceLock("Ops.bulkThreshold")
class MatmulPathsTest {
    private static final ArrayNamespace NP = ArrayNamespace.NUMPY;

    private static NdArray javaOnly(java.util.function.Supplier<NdArray> s) {
        long saved = Ops.bulkThreshold;
        Ops.bulkThreshold = Long.MAX_VALUE;
        try {
            return s.get();
        } finally {
            Ops.bulkThreshold = saved;
        }
    }

    @Test
    void largeIntegerProductsViaBlasEqualTheExactLoop() {
        NdArray a = NP.arange(0L, 120L * 90, null, DType.INT32).reshape(120, 90).binary(BinaryOp.REMAINDER, 97L)
                .subtract(40L);
        NdArray b = NP.arange(0L, 90L * 70, null, DType.INT16).reshape(90, 70).binary(BinaryOp.REMAINDER, 31L);
        NdArray viaBlas = a.matmul(b);
        NdArray exact = javaOnly(() -> a.matmul(b));
        assertThat(viaBlas.dtype()).isEqualTo(DType.INT32);
        assertThat(viaBlas.toLongArray()).containsExactly(exact.toLongArray());
    }

    @Test
    void boolProductsViaBlasEqualTheLogicalLoop() {
        NdArray a = NP.arange(0L, 64L * 64, null, null).reshape(64, 64).binary(BinaryOp.REMAINDER, 7L)
                .binary(BinaryOp.EQUAL, 0L);
        NdArray viaBlas = a.matmul(a.T());
        NdArray exact = javaOnly(() -> a.matmul(a.T()));
        assertThat(viaBlas.dtype()).isEqualTo(DType.BOOL);
        assertThat(viaBlas.flatValues()).isEqualTo(exact.flatValues());
    }

    @Test
    void integerOverflowWrapsAsInNumpy() {
        NdArray a = NP.array(List.of(List.of(2147483647L, 2L)), DType.INT32);
        NdArray b = NP.array(List.of(List.of(2L), List.of(1L)), DType.INT32);
        // (2**31 - 1) * 2 + 2 == 2**32, which wraps to 0 in int32, as NumPy gives.
        assertThat(a.matmul(b).toLongArray()).containsExactly(0);
    }

    @Test
    void floatProductsUseBlasAndAgreeWithTheLoop() {
        NdArray a = NP.arange(0.0, 64.0 * 48, null, DType.FLOAT32).reshape(64, 48).divide(1000.0);
        NdArray b = NP.arange(0.0, 48.0 * 32, null, DType.FLOAT32).reshape(48, 32).divide(500.0);
        double[] blas = a.matmul(b).toDoubleArray();
        double[] loop = javaOnly(() -> a.matmul(b)).toDoubleArray();
        for (int i = 0; i < blas.length; i++) {
            assertThat(blas[i]).isCloseTo(loop[i], org.assertj.core.api.Assertions.within(Math.abs(loop[i]) * 1e-5));
        }
    }
}
