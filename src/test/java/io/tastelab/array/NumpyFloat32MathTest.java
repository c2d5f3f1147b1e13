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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * float32 exp, log and sqrt give NumPy's bits: 20,802 inputs from
 * {@code src/test/python/make_float32_math_fixtures.py} (bit patterns spread over all 2^32, the edges of each
 * algorithm, NaNs, infinities, zeros, subnormals), through every path an array can take: large contiguous arrays
 * (split across threads), views at an offset, strided views (gathered), small arrays and 0-d arrays.
 */
class NumpyFloat32MathTest {
    private static float[] inputs;
    private static JsonNode fixture;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = NumpyFloat32MathTest.class.getResourceAsStream("/float32math/numpy_exp_log_sqrt.json")) {
            fixture = new ObjectMapper().readTree(in);
        }
        inputs = decode(fixture.get("inputs").asText());
        assertThat(inputs).hasSize(fixture.get("count").asInt());
    }

    @ParameterizedTest
    @EnumSource(NumpyFloat32Math.Function.class)
    void largeArraysMatchNumpyBitForBit(NumpyFloat32Math.Function function) {
        float[] expected = expected(function);
        // Repeated past the size at which the work is split across threads, and at an odd offset into its storage.
        int copies = 8;
        int n = inputs.length * copies;
        NdStorage storage = NdStorage.allocate(DType.FLOAT32, n + 3);
        for (int i = 0; i < n; i++) {
            storage.setDouble(i + 3, inputs[i % inputs.length]);
        }
        NdArray whole = NdArray.wrap(Flavor.NUMPY, storage, new int[] {n + 3});
        NdArray view = whole.view(new int[] {n}, new long[] {1}, 3);
        NdArray result = Ops.unary(unaryOp(function), view, Flavor.NUMPY);
        for (int i = 0; i < n; i++) {
            assertSameBits(function, i % inputs.length, (float) result.readDouble(result.offset + i),
                    expected[i % inputs.length]);
        }
    }

    @ParameterizedTest
    @EnumSource(NumpyFloat32Math.Function.class)
    void stridedViewsMatchNumpyBitForBit(NumpyFloat32Math.Function function) {
        float[] expected = expected(function);
        NdStorage storage = NdStorage.allocate(DType.FLOAT32, 2L * inputs.length);
        for (int i = 0; i < inputs.length; i++) {
            storage.setDouble(2L * (inputs.length - 1 - i), inputs[i]);
        }
        // x[::-2]-like: every second element, last first.
        NdArray reversed = NdArray.wrap(Flavor.NUMPY, storage, new int[] {2 * inputs.length})
                .view(new int[] {inputs.length}, new long[] {-2}, 2L * (inputs.length - 1));
        NdArray result = Ops.unary(unaryOp(function), reversed, Flavor.JAX);
        for (int i = 0; i < inputs.length; i++) {
            assertSameBits(function, i, (float) result.readDouble(result.offset + i), expected[i]);
        }
    }

    @ParameterizedTest
    @EnumSource(NumpyFloat32Math.Function.class)
    void smallAndZeroDimensionalArraysMatchNumpyBitForBit(NumpyFloat32Math.Function function) {
        float[] expected = expected(function);
        for (int i = 0; i < inputs.length; i += 7) {
            NdStorage one = NdStorage.allocate(DType.FLOAT32, 1);
            one.setDouble(0, inputs[i]);
            NdArray scalar = NdArray.wrap(Flavor.NUMPY, one, new int[0]);
            NdArray result = Ops.unary(unaryOp(function), scalar, Flavor.NUMPY);
            assertSameBits(function, i, (float) result.readDouble(result.offset), expected[i]);
        }
    }

    @ParameterizedTest
    @EnumSource(value = NumpyFloat32Math.Function.class, names = {"EXP", "LOG"})
    void singleValuesMatchNumpyBitForBit(NumpyFloat32Math.Function function) {
        float[] expected = expected(function);
        for (int i = 0; i < inputs.length; i++) {
            float actual = function == NumpyFloat32Math.Function.EXP ? NumpyFloat32Math.exp(inputs[i])
                    : NumpyFloat32Math.log(inputs[i]);
            // Here the NaNs too: NumPy's exp gives +NaN, its log of a negative number -NaN.
            assertThat(Float.floatToRawIntBits(actual)).as("%s(%s): ours %s, NumPy %s", function, inputs[i], actual,
                    expected[i]).isEqualTo(Float.floatToRawIntBits(expected[i]));
        }
    }

    private static void assertSameBits(NumpyFloat32Math.Function function, int input, float actual, float expected) {
        int actualBits = Float.floatToRawIntBits(actual);
        int expectedBits = Float.floatToRawIntBits(expected);
        if (Float.isNaN(expected) && Float.isNaN(actual)) {
            // Sign and payload of a NaN read back through a double are not kept: NaN-ness is what is compared.
            return;
        }
        assertThat(actualBits).as("%s(%s) [bits 0x%08x]: ours %s, NumPy %s", function, inputs[input],
                Float.floatToRawIntBits(inputs[input]), actual, expected).isEqualTo(expectedBits);
    }

    private static float[] expected(NumpyFloat32Math.Function function) {
        return decode(fixture.get(function.name().toLowerCase()).asText());
    }

    private static UnaryOp unaryOp(NumpyFloat32Math.Function function) {
        return UnaryOp.valueOf(function.name());
    }

    private static float[] decode(String base64) {
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(base64)).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[bytes.remaining() / Float.BYTES];
        bytes.asFloatBuffer().get(values);
        return values;
    }
}
