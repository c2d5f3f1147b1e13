package io.tastelab.engine.random;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The natural logarithm of the platform's C library, the one NumPy's compiled legacy samplers call. glibc's
 * {@code log} is within 0.52 ulp, not correctly rounded, and Java's {@code Math.log} differs from it by one ulp
 * for about one input in two thousand, which would change one Gaussian of NumPy's {@code randn} in three
 * thousand. Called through the Foreign Function API (the application runs with native access enabled); where
 * the C library cannot be reached, {@code Math.log} stands in and {@link #isNative()} says so. Thread-safe.
 */
public final class CLibraryLog {
    private static final MethodHandle LOG = lookUp();

    private CLibraryLog() {
    }

    private static MethodHandle lookUp() {
        try {
            Linker linker = Linker.nativeLinker();
            return linker.defaultLookup().find("log").map(address -> linker.downcallHandle(address,
                    FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE))).orElse(null);
        } catch (RuntimeException | LinkageError e) { // no native access, or no C library to link
            return null;
        }
    }

    /** True when {@link #log} calls the C library (false: Java's Math.log stands in). */
    public static boolean isNative() {
        return LOG != null;
    }

    /** {@code log(x)} as C computes it. */
    public static double log(double x) {
        if (LOG == null) {
            return Math.log(x);
        }
        try {
            return (double) LOG.invokeExact(x);
        } catch (Throwable e) {
            throw new IllegalStateException("the C library's log failed", e);
        }
    }
}
