package io.tastelab.array;

import io.tastelab.array.nd4j.NdStorage;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * jnp float32 runs as XLA on the CPU does, with denormals flushed to zero (the FTZ and DAZ flags XLA sets): a float32
 * operand of a jnp op whose magnitude is below the smallest normal float (1.17549435e-38) reads as a zero of its
 * sign, and such a result is written as one. Creating an array computes nothing and keeps the value; NumPy keeps
 * subnormals everywhere.
 *
 * <p>Why a scan and not a per-element rule: a first version read every operand and result element by element and
 * made each jnp op on 2048×2048 float32 12–65× slower than NumPy. Here an operand or result is scanned in one
 * SIMD pass ({@link SubnormalVectors}; without the vector module a min-reduction over heap chunks that C2
 * vectorizes), split across the kernel threads, and copied or written only where a subnormal is found. A jnp
 * array's run that has been scanned or flushed is marked free of them ({@link NdStorage#markFreeOfSubnormals}), so
 * an array used again (the usual case: {@code x} in {@code x + x}, a loop's running value) is not scanned again.
 * jnp arrays never change, so the mark stays true; NumPy arrays, which do, are never marked.
 */
public final class Subnormals {
    static final int MAGNITUDE = 0x7FFF_FFFF;
    /**
     * The scan's key of an element is {@code ((bits & MAGNITUDE) - 1) & MAGNITUDE}: a zero of either sign goes to the
     * top, a subnormal to 0 .. 0x7FFFFE, everything else (normals, infinities, NaNs) above; so a run holds a subnormal
     * exactly when the least key is below this.
     */
    static final int FIRST_NORMAL_KEY = 0x007F_FFFF;
    private static final long PARALLEL_MIN = 1L << 17;
    private static final int CHUNK = 2048;
    private static final ThreadLocal<int[]> CHUNKS = ThreadLocal.withInitial(() -> new int[CHUNK]);

    private Subnormals() {
    }

    /** Whether a float32 value is subnormal (nonzero and below the smallest normal float in magnitude). */
    public static boolean isSubnormal(float x) {
        return x != 0 && Math.abs(x) < Float.MIN_NORMAL;
    }

    /** DAZ: a jnp float32 operand with its subnormals read as zeros (a flushed copy), the operand itself otherwise. */
    static NdArray operand(Flavor f, NdArray x) {
        if (!applies(f, x) || x.storage.isMarkedFreeOfSubnormals() || !holdsAny(x)) {
            return x;
        }
        NdArray flushed = x.copy();
        flushed.storage.flushSubnormalFloats(0, flushed.size());
        flushed.storage.markFreeOfSubnormals();
        return flushed.withScalar(x.scalar).withWeak(x.weak);
    }

    /**
     * FTZ: a fresh jnp float32 result with its subnormals written as zeros, in place. {@code canMakeOne} false for
     * an op that cannot turn flushed operands into a subnormal (a maximum, a negation, a square root): then it is
     * only marked, not scanned.
     */
    static NdArray result(Flavor f, NdArray fresh, boolean canMakeOne) {
        if (!applies(f, fresh) || fresh.storage.isMarkedFreeOfSubnormals()) {
            return fresh;
        }
        if (!fresh.isContiguous()) {
            return operand(f, fresh); // not expected of a fresh result; flushed as an operand is
        }
        if (canMakeOne && fresh.storage.hasSubnormalFloats(fresh.offset, fresh.size())) {
            fresh.storage.flushSubnormalFloats(fresh.offset, fresh.size());
        }
        if (fresh.offset == 0 && fresh.size() == fresh.storage.length()) {
            fresh.storage.markFreeOfSubnormals();
        }
        return fresh;
    }

    /**
     * The table of ops whose float32 result cannot be subnormal when their operands hold none (DAZ has run): their
     * results are marked free of subnormals, not scanned. SubnormalFlushTest feeds each the smallest normals and values
     * near underflow, so an entry that lied would show. Why, per op:
     * <ul>
     *   <li>negative, positive, absolute: the result's magnitude is the operand's.</li>
     *   <li>sign: -1, 0, 1 or NaN. invert: no float form.</li>
     *   <li>sqrt: increasing, and sqrt(1.17549435e-38) = 1.08e-19; the rest is 0, +inf or NaN.</li>
     *   <li>log: 0 only at 1, and the floats next to 1 give |log x| of at least 5.96e-8; elsewhere larger, or -inf
     *   (0), +inf, NaN.</li>
     *   <li>log2: as log, scaled by 1.44. log1p: within a factor of 2 of x for |x| below 0.5, larger elsewhere.</li>
     *   <li>maximum, minimum: one of the operands, or NaN.</li>
     *   <li>tanh (XLA's, {@link Float32Math#jaxTanh}): x itself below 0.0004 in magnitude, at least 0.0004 in
     *   magnitude above.</li>
     *   <li>exp (exp(-100)), sin, cos, and + - * / and the rest of the binary ops can underflow: their results
     *   are flushed in the kernel (+ - * / and jnp's exp, {@link FlushingArithmetic}) or scanned.</li>
     * </ul>
     * Views, reshapes and copies share or copy the run and its mark, and comparisons give bools, so they need no entry.
     */
    static boolean cannotUnderflow(UnaryOp op) {
        return switch (op) {
            case NEGATIVE, POSITIVE, ABSOLUTE, SIGN, INVERT, SQRT, LOG, LOG2 -> true;
            // log1p(x) is about x, which a flushed operand keeps normal; exp2(-130) and expm1 of tiny x underflow.
            case LOG1P, TANH -> true;
            case EXP, SIN, COS, EXPM1, EXP2 -> false;
        };
    }

    /** The binary rows of {@link #cannotUnderflow(UnaryOp)}'s table. */
    static boolean cannotUnderflow(BinaryOp op) {
        return op == BinaryOp.MAXIMUM || op == BinaryOp.MINIMUM;
    }

    private static boolean applies(Flavor f, NdArray x) {
        return f == Flavor.JAX && x.flavor == Flavor.JAX && x.dtype == DType.FLOAT32 && x.size() > 0;
    }

    /** Whether the elements of {@code x} hold a subnormal; marks a whole jnp run found free of them. */
    private static boolean holdsAny(NdArray x) {
        long first = x.offset;
        long last = x.offset;
        for (int d = 0; d < x.shape.length; d++) {
            long reach = (x.shape[d] - 1) * x.strides[d];
            if (reach < 0) {
                first += reach;
            } else {
                last += reach;
            }
        }
        // Every element of a view lies between its first and last: one pass over that span first.
        if (!x.storage.hasSubnormalFloats(first, last - first + 1)) {
            if (first == 0 && last + 1 == x.storage.length()) {
                x.storage.markFreeOfSubnormals();
            }
            return false;
        }
        if (x.isContiguous()) {
            return true;
        }
        for (long at : x.offsets()) {
            if (isSubnormal((float) x.readDouble(at))) {
                return true;
            }
        }
        return false;
    }

    /** Whether elements {@code from .. from + n - 1} of a float32 run hold a subnormal; large runs split across threads. */
    public static boolean any(MemorySegment floats, long from, long n) {
        if (n < PARALLEL_MIN) {
            return anyInPart(floats, from, n);
        }
        AtomicBoolean found = new AtomicBoolean();
        KernelThreads.forEachRange(n, CHUNK, PARALLEL_MIN, (start, count) -> {
            if (!found.get() && anyInPart(floats, from + start, count)) {
                found.set(true);
            }
        });
        return found.get();
    }

    private static boolean anyInPart(MemorySegment floats, long from, long n) {
        return Simd.ENABLED ? SubnormalVectors.any(floats, from, n) : anyInChunks(floats, from, n);
    }

    /** Without the vector module: C2 does not vectorize loops over native memory, so chunks come to the heap first. */
    static boolean anyInChunks(MemorySegment floats, long from, long n) {
        int[] chunk = CHUNKS.get();
        for (long done = 0; done < n; done += CHUNK) {
            int count = (int) Math.min(CHUNK, n - done);
            MemorySegment.copy(floats, ValueLayout.JAVA_INT, (from + done) * Float.BYTES, chunk, 0, count);
            int least = Integer.MAX_VALUE;
            for (int i = 0; i < count; i++) {
                least = Math.min(least, ((chunk[i] & MAGNITUDE) - 1) & MAGNITUDE);
            }
            if (least < FIRST_NORMAL_KEY) {
                return true;
            }
        }
        return false;
    }

    /** The scan one element at a time (a SIMD loop's tail). */
    static boolean anyScalar(MemorySegment floats, long from, long n) {
        for (long i = from; i < from + n; i++) {
            if (isSubnormal(floats.getAtIndex(ValueLayout.JAVA_FLOAT, i))) {
                return true;
            }
        }
        return false;
    }

    /** Writes each subnormal among elements {@code from .. from + n - 1} of a float32 run as a zero of its sign. */
    public static void flush(MemorySegment floats, long from, long n) {
        for (long i = from; i < from + n; i++) {
            int bits = floats.getAtIndex(ValueLayout.JAVA_INT, i);
            if ((((bits & MAGNITUDE) - 1) & MAGNITUDE) < FIRST_NORMAL_KEY) {
                floats.setAtIndex(ValueLayout.JAVA_INT, i, bits & ~MAGNITUDE);
            }
        }
    }
}
