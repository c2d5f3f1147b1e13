package io.tastelab.array;

import io.tastelab.array.nd4j.NdStorage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Refuses arrays that would take the arrays alive together past a configurable number of bytes (default 1 GiB),
 * so nothing a user types can exhaust the application's memory: one array larger than the limit, or one that
 * does not fit beside the large arrays still alive (runs of at least {@link NdStorage#POOLED_MIN_BYTES}, after a
 * garbage collection has given back the unreachable ones). Checked before allocating. The playground is the
 * array layer's one user, so this is the session's budget; the limit is global and thread-safe.
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
            long limit = LIMIT.get();
            if (bytes > limit) {
                throw new ArrayMemoryException(bytes, limit, Shape.pythonTuple(shape), dtype);
            }
            if (bytes >= NdStorage.POOLED_MIN_BYTES && NdStorage.liveBytes() + bytes > limit) {
                long live = NdStorage.liveBytesAfterCollection();
                if (live + bytes > limit) {
                    // On a busy machine the reference handler can hand back a just-dropped array's buffer later than
                    // the first wait: one more, longer wait before the user is refused for memory they gave up.
                    live = NdStorage.liveBytesAfterPatientCollection();
                }
                if (live + bytes > limit) {
                    throw new ArrayMemoryException(bytes, limit, live, Shape.pythonTuple(shape), dtype);
                }
            }
        } catch (ArithmeticException overflow) {
            throw new ArrayMemoryException(Long.MAX_VALUE, LIMIT.get(), Shape.pythonTuple(shape), dtype);
        }
        return n;
    }
}
