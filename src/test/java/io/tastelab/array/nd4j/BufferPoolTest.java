package io.tastelab.array.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tastelab.array.DType;
import org.junit.jupiter.api.Test;

/** The pool that recycles large result buffers: reuse, zeroing, release, and return of unreachable ones. */
class BufferPoolTest {
    /** 1 MiB of float32: the smallest pooled run. */
    private static final int POOLED = 1 << 18;

    private static NdStorage filled(int length, double value) {
        float[] data = new float[length];
        java.util.Arrays.fill(data, (float) value);
        return NdStorage.ofFloats(data);
    }

    @Test
    void aReleasedResultBufferServesTheNextResultOfThatSize() {
        NdStorage x = filled(POOLED, 1.5);
        NdStorage first = NdStorage.binary("add", x, x);
        assertTrue(first.isPooled());
        first.release();
        long reusedBefore = NdStorage.poolCounters()[0];
        NdStorage second = NdStorage.binaryScalar("multiply", x, 4.0, false);
        assertEquals(reusedBefore + 1, NdStorage.poolCounters()[0]);
        assertEquals(6.0, second.getDouble(0));
        assertEquals(6.0, second.getDouble(POOLED - 1));
    }

    @Test
    void aRecycledBufferIsZeroedWhenAZeroFilledRunIsAsked() {
        NdStorage x = filled(POOLED, 7);
        NdStorage sum = NdStorage.binary("add", x, x);
        sum.release();
        NdStorage zeros = NdStorage.allocate(DType.FLOAT32, POOLED);
        for (int i = 0; i < POOLED; i += 4093) {
            assertEquals(0.0, zeros.getDouble(i));
        }
        assertEquals(0.0, zeros.getDouble(POOLED - 1));
    }

    @Test
    void aReleasedStorageFailsInsteadOfReadingAnotherArraysData() {
        NdStorage x = filled(POOLED, 2);
        NdStorage sum = NdStorage.binary("add", x, x);
        sum.release();
        NdStorage.binary("multiply", x, x); // may now own the same memory
        assertThrows(NullPointerException.class, () -> sum.getDouble(0));
    }

    @Test
    void smallRunsAreNotPooledAndReleaseLeavesThemUsable() {
        NdStorage x = filled(16, 3);
        NdStorage sum = NdStorage.binary("add", x, x);
        assertFalse(sum.isPooled());
        sum.release();
        assertEquals(6.0, sum.getDouble(15));
    }

    @Test
    void anUnreachableResultComesBackAfterACollection() throws InterruptedException {
        NdStorage x = filled(POOLED * 2, 1);
        NdStorage.binary("add", x, x); // dropped at once
        long reusedBefore = NdStorage.poolCounters()[0];
        NdStorage again = null;
        for (int attempt = 0; attempt < 50 && NdStorage.poolCounters()[0] == reusedBefore; attempt++) {
            System.gc();
            Thread.sleep(20);
            again = NdStorage.binary("subtract", x, x);
        }
        assertTrue(NdStorage.poolCounters()[0] > reusedBefore, "the lost buffer was never reused");
        assertEquals(0.0, again.getDouble(5));
    }

    @Test
    void matmulAndUnaryResultsArePooledAndCorrect() {
        int n = 512;
        float[] a = new float[n * n];
        for (int i = 0; i < n; i++) {
            a[i * n + i] = 2f; // 2·I
        }
        NdStorage m = NdStorage.ofFloats(a);
        NdStorage square = NdStorage.matmul(m, 0, m, 0, n, n, n);
        assertTrue(square.isPooled());
        assertEquals(4.0, square.getDouble(0));
        assertEquals(0.0, square.getDouble(1));
        NdStorage roots = NdStorage.unary("sqrt", square);
        assertEquals(2.0, roots.getDouble((long) (n - 1) * n + n - 1));
        assertEquals(0.0, roots.getDouble(n));
    }
}
