package io.tastelab.array;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tastelab.array.nd4j.NdStorage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * float32 exp, log and sqrt on 20,802 inputs from {@code src/test/python/make_float32_math_fixtures.py} (bit
 * patterns spread over all 2^32, the edges of each algorithm, NaNs, infinities, zeros, subnormals), through every
 * path an array can take: large contiguous arrays (split across threads) at an offset into their storage, strided
 * views (gathered), 0-d arrays and single values. {@code np} gives NumPy's bits; {@code jnp} JAX's own bits for exp
 * and log, recorded from JAX 0.11.2 and checked against plain transcriptions of XLA's steps ({@link JaxExpReference},
 * {@link JaxLogReference}). jnp's tanh has its own fixture and test, {@link XlaTanhTest}.
 */
class Float32MathTest {
    private static float[] inputs;
    private static JsonNode numpy;
    private static JsonNode jax;

    @BeforeAll
    static void load() throws IOException {
        numpy = read("/float32math/numpy_exp_log_sqrt.json");
        jax = read("/float32math/jax_exp_log.json");
        inputs = decode(numpy.get("inputs").asText());
        assertThat(inputs).hasSize(numpy.get("count").asInt());
    }

    @ParameterizedTest
    @EnumSource(value = Float32Math.Function.class, mode = EnumSource.Mode.EXCLUDE, names = "TANH_JAX")
    void largeArraysAtAnOffsetGiveTheExpectedBits(Float32Math.Function function) {
        float[] expected = expected(function);
        // Repeated past the size at which the work is split across threads, three elements into the storage.
        int copies = 8;
        int n = inputs.length * copies + 5;
        NdStorage storage = NdStorage.allocate(DType.FLOAT32, n + 3);
        for (int i = 0; i < n; i++) {
            storage.setDouble(i + 3, inputs[i % inputs.length]);
        }
        NdArray view = NdArray.wrap(flavor(function), storage, new int[] {n + 3}).view(new int[] {n}, new long[] {1}, 3);
        NdArray result = Ops.unary(unaryOp(function), view, flavor(function));
        for (int i = 0; i < n; i++) {
            assertSameBits(function, i % inputs.length, (float) result.readDouble(result.offset + i),
                    expectedAt(function, expected, i % inputs.length, i, n));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Float32Math.Function.class, mode = EnumSource.Mode.EXCLUDE, names = "TANH_JAX")
    void stridedViewsGiveTheExpectedBits(Float32Math.Function function) {
        float[] expected = expected(function);
        NdStorage storage = NdStorage.allocate(DType.FLOAT32, 2L * inputs.length);
        for (int i = 0; i < inputs.length; i++) {
            storage.setDouble(2L * (inputs.length - 1 - i), inputs[i]);
        }
        // x[::-2]-like: every second element, last first.
        NdArray reversed = NdArray.wrap(flavor(function), storage, new int[] {2 * inputs.length})
                .view(new int[] {inputs.length}, new long[] {-2}, 2L * (inputs.length - 1));
        NdArray result = Ops.unary(unaryOp(function), reversed, flavor(function));
        for (int i = 0; i < inputs.length; i++) {
            assertSameBits(function, i, (float) result.readDouble(result.offset + i),
                    expectedAt(function, expected, i, i, inputs.length));
        }
    }

    @Test
    void smallStridedViewsOfJnpLogTakeXlasVectorStepsForAllButTheLastElements() {
        // 11 elements gathered one by one: the first 8 through XLA's vector steps, the last 3 as its scalar loop.
        Float32Math.Function function = Float32Math.Function.LOG_JAX;
        float[] expected = expected(function);
        for (int start = 0; start + 22 <= inputs.length; start += 997) {
            NdStorage storage = NdStorage.allocate(DType.FLOAT32, 22);
            for (int i = 0; i < 11; i++) {
                storage.setDouble(2L * i, inputs[start + i]);
            }
            NdArray everySecond = NdArray.wrap(Flavor.JAX, storage, new int[] {22}).view(new int[] {11}, new long[] {2}, 0);
            NdArray result = Ops.unary(UnaryOp.LOG, everySecond, Flavor.JAX);
            for (int i = 0; i < 11; i++) {
                assertSameBits(function, start + i, (float) result.readDouble(result.offset + i),
                        expectedAt(function, expected, start + i, i, 11));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Float32Math.Function.class, mode = EnumSource.Mode.EXCLUDE, names = "TANH_JAX")
    void zeroDimensionalArraysGiveTheExpectedBits(Float32Math.Function function) {
        float[] expected = expected(function);
        for (int i = 0; i < inputs.length; i += 7) {
            NdStorage one = NdStorage.allocate(DType.FLOAT32, 1);
            one.setDouble(0, inputs[i]);
            NdArray scalar = NdArray.wrap(flavor(function), one, new int[0]);
            NdArray result = Ops.unary(unaryOp(function), scalar, flavor(function));
            assertSameBits(function, i, (float) result.readDouble(result.offset), expectedAt(function, expected, i, 0, 1));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Float32Math.Function.class, mode = EnumSource.Mode.EXCLUDE, names = "TANH_JAX")
    void singleValuesGiveTheExpectedBitsNaNsIncluded(Float32Math.Function function) {
        float[] expected = expected(function);
        for (int i = 0; i < inputs.length; i++) {
            float actual = Float32Math.apply(function, inputs[i]);
            if (function == Float32Math.Function.EXP_JAX || function == Float32Math.Function.LOG_JAX) {
                // Math's and JAX's NaN bits are not NumPy's: NaN-ness is what is compared. Float32Math itself does
                // not flush subnormals (Ops does, for jnp).
                assertSameBits(function, i, actual, function == Float32Math.Function.LOG_JAX
                        ? JaxLogReference.log(inputs[i], 0, 1) : expected[i]);
                continue;
            }
            // NumPy's exp gives +NaN, its log of a negative number -NaN.
            assertThat(Float.floatToRawIntBits(actual)).as("%s(%s): ours %s, expected %s", function, inputs[i],
                    actual, expected[i]).isEqualTo(Float.floatToRawIntBits(expected[i]));
        }
    }

    @Test
    void jnpExpGivesJaxsOwnBitsExceptWhereJaxFlushesSubnormals() {
        float[] fromJax = decode(jax.get("exp").asText());
        float[] ourExps = jnpOfTheFixtureAsOneArray(UnaryOp.EXP);
        int compared = 0;
        for (int i = 0; i < inputs.length; i++) {
            if (isSubnormal(ourExps[i])) {
                continue; // JAX on CPU flushes subnormal results to zero; the playground keeps them.
            }
            if (Float.isNaN(fromJax[i])) {
                assertThat(ourExps[i]).as("exp(%s)", inputs[i]).isNaN();
                continue;
            }
            assertThat(Float.floatToRawIntBits(ourExps[i]))
                    .as("exp(%s): ours %s, JAX %s", inputs[i], ourExps[i], fromJax[i])
                    .isEqualTo(Float.floatToRawIntBits(fromJax[i]));
            compared++;
        }
        assertThat(compared).isGreaterThan(20_000);
    }

    private static float[] jnpOfTheFixtureAsOneArray(UnaryOp op) {
        NdStorage storage = NdStorage.allocate(DType.FLOAT32, inputs.length);
        for (int i = 0; i < inputs.length; i++) {
            storage.setDouble(i, inputs[i]);
        }
        NdArray result = Ops.unary(op, NdArray.wrap(Flavor.JAX, storage, new int[] {inputs.length}), Flavor.JAX);
        float[] values = new float[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            values[i] = (float) result.readDouble(result.offset + i);
        }
        return values;
    }

    @Test
    void jnpLogGivesJaxsOwnBitsExceptWhereJaxFlushesSubnormals() {
        float[] fromJax = decode(jax.get("log").asText());
        float[] ourLogs = jnpOfTheFixtureAsOneArray(UnaryOp.LOG); // one array, as JAX got them
        int compared = 0;
        for (int i = 0; i < inputs.length; i++) {
            if (isSubnormal(inputs[i])) {
                continue; // JAX on CPU flushes subnormals to zero (log: -inf); the playground keeps them.
            }
            float ours = ourLogs[i];
            if (Float.isNaN(fromJax[i])) {
                assertThat(ours).as("log(%s)", inputs[i]).isNaN();
                continue;
            }
            assertThat(Float.floatToRawIntBits(ours)).as("log(%s): ours %s, JAX %s", inputs[i], ours, fromJax[i])
                    .isEqualTo(Float.floatToRawIntBits(fromJax[i]));
            compared++;
        }
        assertThat(compared).isGreaterThan(12_000);
    }

    @Test
    void jaxsLogInItsVectorLoopIsNotTheCorrectlyRoundedOne() {
        // JAX 0.11.2: log(0.15211442f) is -1.8831222 inside a large array (Cephes' steps), correctly -1.8831223.
        float x = 0.15211442f;
        assertThat(Float32Math.apply(Float32Math.Function.LOG_JAX, x, 0, 8)).isEqualTo(-1.8831222f);
        assertThat(Float32Math.apply(Float32Math.Function.LOG_JAX, x, 0, 1)).isEqualTo(-1.8831223f);
        assertThat((float) Math.log(x)).isEqualTo(-1.8831223f);
    }

    @Test
    void numpysExpIsNotTheCorrectlyRoundedOneSoTheTwoNamespacesDiffer() {
        // np.exp(1.0f) is 2.718282 (one ulp above e); jnp.exp(1.0) in JAX is 2.7182817.
        assertThat(Float32Math.apply(Float32Math.Function.EXP_NUMPY, 1f)).isEqualTo(Math.nextUp(2.7182817f));
        assertThat(Float32Math.apply(Float32Math.Function.EXP_JAX, 1f)).isEqualTo(2.7182817f);
    }

    private static boolean isSubnormal(float value) {
        return value != 0f && Math.abs(value) < Float.MIN_NORMAL;
    }

    private static void assertSameBits(Float32Math.Function function, int input, float actual, float expected) {
        if (Float.isNaN(expected) && Float.isNaN(actual)) {
            // Sign and payload of a NaN read back through a double are not kept: NaN-ness is what is compared.
            return;
        }
        assertThat(Float.floatToRawIntBits(actual)).as("%s(%s) [bits 0x%08x]: ours %s, expected %s", function,
                inputs[input], Float.floatToRawIntBits(inputs[input]), actual, expected)
                .isEqualTo(Float.floatToRawIntBits(expected));
    }

    /** NumPy's answers for its functions; XLA's steps one value at a time for the jnp ones. */
    private static float[] expected(Float32Math.Function function) {
        return switch (function) {
            case EXP_NUMPY -> decode(numpy.get("exp").asText());
            case LOG_NUMPY -> decode(numpy.get("log").asText());
            case SQRT -> decode(numpy.get("sqrt").asText());
            case TANH_JAX -> throw new IllegalArgumentException("XlaTanhTest covers tanh, with a fixture of its own");
            case EXP_JAX, LOG_JAX -> {
                float[] reference = new float[inputs.length];
                for (int i = 0; i < inputs.length; i++) {
                    reference[i] = function == Float32Math.Function.EXP_JAX ? JaxExpReference.exp(inputs[i])
                            : JaxLogReference.vectorLog(inputs[i]);
                }
                yield reference;
            }
        };
    }

    /** The expected result for input {@code input} at {@code position} of an array of {@code count} elements. */
    private static float expectedAt(Float32Math.Function function, float[] expected, int input, long position,
            long count) {
        float value = function == Float32Math.Function.LOG_JAX ? JaxLogReference.log(inputs[input], position, count)
                : expected[input];
        if (flavor(function) == Flavor.JAX) {
            // jnp runs as XLA on the CPU does, denormals flushed: a subnormal input reads as zero, a subnormal
            // result is written as a zero of its sign (SubnormalFlushTest).
            if (isSubnormal(inputs[input])) {
                return function == Float32Math.Function.LOG_JAX ? Float.NEGATIVE_INFINITY : 1.0f;
            }
            if (isSubnormal(value)) {
                return Math.copySign(0f, value);
            }
        }
        return value;
    }

    private static Flavor flavor(Float32Math.Function function) {
        return switch (function) {
            case EXP_NUMPY, LOG_NUMPY -> Flavor.NUMPY;
            case EXP_JAX, LOG_JAX, TANH_JAX -> Flavor.JAX;
            case SQRT -> Flavor.NUMPY;
        };
    }

    private static UnaryOp unaryOp(Float32Math.Function function) {
        return UnaryOp.valueOf(function.name().replace("_NUMPY", "").replace("_JAX", ""));
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = Float32MathTest.class.getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static float[] decode(String base64) {
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(base64)).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[bytes.remaining() / Float.BYTES];
        bytes.asFloatBuffer().get(values);
        return values;
    }
}
