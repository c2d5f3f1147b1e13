package io.tastelab.array;

import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The SIMD form of {@link Subnormals}' scan: whether a run of float32 holds a subnormal, read straight from native
 * memory (the incubating Vector API). Only when {@link Simd#ENABLED}.
 *
 * <p>In float lanes only (abs, compare, blend), as {@link FlushingArithmetic}'s loops: a first form on the int bits
 * (and, sub, min) ran as the Vector API's Java fallback in the playground's process and cost as much as the op it
 * followed.
 */
final class SubnormalVectors {
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();

    private SubnormalVectors() {
    }

    /** Whether elements {@code from .. from + n - 1} of the float32 run {@code floats} hold a subnormal. */
    static boolean any(MemorySegment floats, long from, long n) {
        int lanes = FLOATS.length();
        long whole = from + n - n % lanes;
        FloatVector found = FloatVector.zero(FLOATS);
        for (long i = from; i < whole; i += lanes) {
            FloatVector magnitude = FloatVector.fromMemorySegment(FLOATS, floats, i * Float.BYTES, ORDER).abs();
            // Zeros moved out of the way; a NaN compares false, as an infinity or a normal does.
            FloatVector nonzero = magnitude.blend(Float.POSITIVE_INFINITY, magnitude.compare(VectorOperators.EQ, 0f));
            found = found.blend(1f, nonzero.compare(VectorOperators.LT, Float.MIN_NORMAL));
        }
        return found.reduceLanes(VectorOperators.MAX) > 0 || Subnormals.anyScalar(floats, whole, from + n - whole);
    }
}
