package io.tastelab.array;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Refuses arrays larger than a configurable number of bytes (default 1 GiB), so nothing a user types can
 * exhaust the application's memory. The limit is global and thread-safe.
 */
public final class MemoryGuard {
    /** 1 GiB. */
    public static final long DEFAULT_LIMIT_BYTES = 1L << 30;

    private static final AtomicLong LIMIT = new AtomicLong(DEFAULT_LIMIT_BYTES);

    private MemoryGuard() {
    }

    public static long limitBytes() {
        return LIMIT.get();
    }

    /** Sets the largest array, in bytes, that may be created. */
    public static void setLimitBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + bytes);
        }
        LIMIT.set(bytes);
    }

    /**
     * Checks that an array of {@code shape} and {@code dtype} is allowed and returns its element count.
     *
     * @throws ArrayMemoryException when it would exceed the limit
     * @throws ArrayValueError for negative dimensions
     */
    public static long check(int[] shape, DType dtype) {
        long n;
        try {
            n = Shape.checkedSize(shape);
            long bytes = Math.multiplyExact(n, dtype.itemSize());
            if (bytes > LIMIT.get()) {
                throw new ArrayMemoryException(bytes, LIMIT.get(), Shape.pythonTuple(shape), dtype);
            }
        } catch (ArithmeticException overflow) {
            throw new ArrayMemoryException(Long.MAX_VALUE, LIMIT.get(), Shape.pythonTuple(shape), dtype);
        }
        return n;
    }
}
