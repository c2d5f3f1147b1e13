package io.tastelab.playground.interp;

import java.time.Duration;

/**
 * The limits that keep anything a user types from hanging or exhausting the engine. Immutable.
 *
 * @param maxRecursionDepth nested user-function calls before {@code RecursionError} (Python's default is 1000)
 * @param maxSteps          evaluation steps (nodes evaluated) per cell before {@code TimeoutError}
 * @param maxDuration       wall-clock time per cell before {@code TimeoutError}
 * @param maxIntBits        bits an int result may have before {@code MemoryError} ({@code 2 ** 10 ** 10})
 * @param maxSequenceLength items a list, tuple or str may have before {@code MemoryError} ({@code [0] * 10**12})
 * @param maxArrayBytes     bytes an array may have; the array layer refuses larger ones with {@code MemoryError}
 */
public record InterpreterLimits(int maxRecursionDepth, long maxSteps, Duration maxDuration, int maxIntBits,
                                long maxSequenceLength, long maxArrayBytes) {

    /** The default array limit: 1 GiB. */
    public static final long DEFAULT_MAX_ARRAY_BYTES = 1L << 30;

    public InterpreterLimits {
        if (maxRecursionDepth < 1 || maxSteps < 1 || maxDuration.isNegative() || maxIntBits < 64
                || maxSequenceLength < 1 || maxArrayBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * Defaults: recursion 1000, 100 million steps, 60 seconds, ints of 4 million bits, 10 million items,
     * arrays of 1 GiB.
     */
    public static InterpreterLimits defaults() {
        return new InterpreterLimits(1000, 100_000_000L, Duration.ofSeconds(60), 1 << 22, 10_000_000L,
                DEFAULT_MAX_ARRAY_BYTES);
    }

    public InterpreterLimits withMaxRecursionDepth(int depth) {
        return new InterpreterLimits(depth, maxSteps, maxDuration, maxIntBits, maxSequenceLength, maxArrayBytes);
    }

    public InterpreterLimits withMaxSteps(long steps) {
        return new InterpreterLimits(maxRecursionDepth, steps, maxDuration, maxIntBits, maxSequenceLength, maxArrayBytes);
    }

    public InterpreterLimits withMaxDuration(Duration duration) {
        return new InterpreterLimits(maxRecursionDepth, maxSteps, duration, maxIntBits, maxSequenceLength, maxArrayBytes);
    }

    public InterpreterLimits withMaxArrayBytes(long bytes) {
        return new InterpreterLimits(maxRecursionDepth, maxSteps, maxDuration, maxIntBits, maxSequenceLength, bytes);
    }
}
