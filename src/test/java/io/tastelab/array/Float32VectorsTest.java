package io.tastelab.array;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The SIMD exps and logs give the chunked form's bits exactly (NaN payloads and signs included): over a sweep of the whole
 * float32 range, with every special input in every lane of a vector, and for runs whose length and start leave
 * partial vectors. The chunked form itself is held to NumPy's and JAX's bits by {@link Float32MathSweepTest} and
 * {@link Float32MathTest}.
 */
class Float32VectorsTest {
    // Simd first: it loads the vector module where the JVM was started without it, as the launchers do
    private static final int LANES = Simd.ENABLED ? FloatVector.SPECIES_PREFERRED.length() : 0;
    private static final float[] SPECIALS = {0f, -0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN,
        Float.intBitsToFloat(0xffc00000), Float.intBitsToFloat(0x7f800001), Float.intBitsToFloat(0xff812345), -1f,
        -Float.MIN_NORMAL, Float.MIN_VALUE, Float.MIN_NORMAL / 3, Float.intBitsToFloat(0x007fffff), Float.MIN_NORMAL,
        Float.MAX_VALUE, 1f, (float) Math.sqrt(0.5), Math.nextUp((float) Math.sqrt(0.5)),
        Math.nextDown((float) Math.sqrt(0.5)), 86f, -86f, Math.nextDown(86f), 87f, -87f, Math.nextDown(-87f),
        88.72283935546875f, Math.nextDown(88.72283935546875f), -103.97208404541015625f,
        Math.nextUp(-103.97208404541015625f), 88.8f, -87.8f, 100f, -100f, -150f, 1e-30f, -1e-30f, -0.5f};

    @Test
    void theSimdFormsRunWhenTheModuleIsThere() {
        // The pom's argLine lets Simd load jdk.incubator.vector; without it every test here would compare the chunked
        // form with itself.
        assertThat(Simd.ENABLED).isTrue();
    }

    @ParameterizedTest
    @EnumSource(names = {"EXP_NUMPY", "EXP_JAX", "LOG_NUMPY", "LOG_JAX", "TANH_JAX"})
    void everyFloat32PatternInTheSweepGivesTheChunkedBits(Float32Math.Function function) {
        int count = (int) ((1L << 32) / 997 + 1);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment x = arena.allocate(count * 4L, 64);
            for (long i = 0; i < count; i++) {
                x.setAtIndex(ValueLayout.JAVA_INT, i, (int) (i * 997));
            }
            assertThat(differences(arena, function, x, count, 0, 0)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"EXP_NUMPY", "EXP_JAX", "LOG_NUMPY", "LOG_JAX", "TANH_JAX"})
    void eachSpecialInputInEachLaneGivesTheChunkedBits(Float32Math.Function function) {
        int length = 3 * LANES;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment x = arena.allocate(length * 4L, 64);
            for (float special : SPECIALS) {
                for (int lane = 0; lane < length; lane++) {
                    for (int i = 0; i < length; i++) {
                        x.setAtIndex(ValueLayout.JAVA_FLOAT, i, 0.25f + i * 1.75f);
                    }
                    x.setAtIndex(ValueLayout.JAVA_FLOAT, lane, special);
                    assertThat(differences(arena, function, x, length, 0, 0)).as("%s at %d", special, lane).isEmpty();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"EXP_NUMPY", "EXP_JAX", "LOG_NUMPY", "LOG_JAX", "TANH_JAX"})
    void partialVectorsAtEitherEndGiveTheChunkedBits(Float32Math.Function function) {
        SplittableRandom random = new SplittableRandom(7);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment x = arena.allocate(8 * LANES * 4L, 64);
            for (int i = 0; i < 8 * LANES; i++) {
                x.setAtIndex(ValueLayout.JAVA_INT, i, random.nextInt());
            }
            for (int n = 0; n <= 4 * LANES + 1; n++) {
                for (int from = 0; from <= LANES + 1; from += 3) {
                    assertThat(differences(arena, function, x.asSlice(from * 4L), n, 0, 5)).as("n=%d from=%d", n, from)
                            .isEmpty();
                }
            }
        }
    }

    /** Where {@link Float32Vectors#apply} and the chunked form disagree on {@code x[0 .. n)}, written at two offsets. */
    private static List<String> differences(Arena arena, Float32Math.Function function, MemorySegment x, long n,
            long from, long to) {
        MemorySegment simd = arena.allocate((to + n) * 4 + 4, 64);
        MemorySegment chunked = arena.allocate((to + n) * 4 + 4, 64);
        Float32Vectors.apply(function, x, from, simd, to, n);
        Float32Math.applyChunked(function, x, from, chunked, to, n);
        List<String> differences = new ArrayList<>();
        for (long i = 0; i < n && differences.size() < 10; i++) {
            int got = simd.getAtIndex(ValueLayout.JAVA_INT, to + i);
            int want = chunked.getAtIndex(ValueLayout.JAVA_INT, to + i);
            if (got != want) {
                differences.add(String.format("x bits %08x: simd %08x, chunked %08x",
                        x.getAtIndex(ValueLayout.JAVA_INT, from + i), got, want));
            }
        }
        assertThat(simd.getAtIndex(ValueLayout.JAVA_INT, to + n)).as("past the end").isZero();
        return differences;
    }
}
