package io.tastelab.array;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Arrays above the configured limit are refused before any memory is taken. */
@ResourceLock("MemoryGuard")
class MemoryGuardTest {
    @AfterEach
    void restoreDefault() {
        MemoryGuard.setLimitBytes(MemoryGuard.DEFAULT_LIMIT_BYTES);
    }

    @Test
    void defaultLimitIsOneGibibyte() {
        assertThat(MemoryGuard.limitBytes()).isEqualTo(1L << 30);
        assertThatThrownBy(() -> ArrayNamespace.NUMPY.zeros(new int[] {1000, 1000, 1000}, null))
                .isInstanceOf(ArrayMemoryException.class)
                .hasMessageContaining("8000000000 bytes")
                .hasMessageContaining("(1000, 1000, 1000)")
                .hasMessageContaining("1073741824 bytes");
    }

    @Test
    void refusesArraysOverAConfiguredLimit() {
        MemoryGuard.setLimitBytes(1_000_000);
        ArrayMemoryException e = org.assertj.core.api.Assertions.catchThrowableOfType(ArrayMemoryException.class,
                () -> ArrayNamespace.JAX.ones(new int[] {1000, 1000}, null));
        assertThat(e.requestedBytes()).isEqualTo(4_000_000);
        assertThat(e.limitBytes()).isEqualTo(1_000_000);
        assertThat(e.pythonName()).isEqualTo("MemoryError");
    }

    @Test
    void resultsOfOperationsAreGuardedToo() {
        NdArray col = ArrayNamespace.NUMPY.arange(2000L, null, null, null).reshape(2000, 1);
        NdArray row = ArrayNamespace.NUMPY.arange(2000L, null, null, null);
        MemoryGuard.setLimitBytes(1_000_000);
        assertThatThrownBy(() -> col.add(row)).isInstanceOf(ArrayMemoryException.class);
        assertThatThrownBy(() -> ArrayNamespace.NUMPY.arange(0L, 10_000_000L, null, null))
                .isInstanceOf(ArrayMemoryException.class);
    }

    @Test
    void hugeShapesDoNotOverflowTheCheck() {
        assertThatThrownBy(() -> ArrayNamespace.NUMPY.zeros(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE,
                Integer.MAX_VALUE}, null)).isInstanceOf(ArrayMemoryException.class);
    }
}
