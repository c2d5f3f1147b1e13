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
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * jnp's float32 tanh is XLA's CPU tanh (Eigen's rational approximation with FMA), bit for bit, on the 30,046 inputs
 * of {@code src/test/python/make_xla_tanh_fixture.py} (a NumPy emulation of XLA's source: the small-|x| path, the
 * clamp, zeros, infinities, NaN, subnormals, a dense sweep of [-10, 10] and random bit patterns), through every path:
 * single values, one large array split across threads at an offset into its storage, a strided view, small and 0-d
 * arrays, a traced (jitted) graph, and the traced JVP and gradient rules, which take the same tanh values. np.tanh
 * stays the C library's.
 */
class XlaTanhTest {
    private static final ArrayNamespace JNP = ArrayNamespace.JAX;
    private static float[] inputs;
    private static float[] xla;
    private static float[] jnp;

    @BeforeAll
    static void load() throws IOException {
        JsonNode fixture;
        try (InputStream in = XlaTanhTest.class.getResourceAsStream("/float32math/xla_tanh.json")) {
            fixture = new ObjectMapper().readTree(in);
        }
        inputs = decode(fixture.get("inputs").asText());
        xla = decode(fixture.get("xla").asText());
        jnp = decode(fixture.get("jnp").asText());
        assertThat(xla).hasSameSizeAs(inputs);
        assertThat(jnp).hasSameSizeAs(inputs);
    }

    @Test
    void singleValuesGiveXlasBits() {
        for (int i = 0; i < inputs.length; i++) {
            assertSameBits(i, Float32Math.apply(Float32Math.Function.TANH_JAX, inputs[i]), xla[i]);
        }
    }

    @Test
    void theDocumentationsValueIsXlasNotTheCorrectlyRoundedOne() {
        // advanced-autodiff's sigmoid at its first row: JAX's tanh(-1.0480671) is -0.7810538, correctly -0.7810537.
        float x = -1.0480670928955078f;
        assertThat(Float32Math.apply(Float32Math.Function.TANH_JAX, x)).isEqualTo(-0.7810538f);
        assertThat((float) Math.tanh(x)).isEqualTo(-0.7810537f);
        NdArray one = JNP.array(List.of((double) x), DType.FLOAT32);
        assertThat(Ops.unary(UnaryOp.TANH, one, Flavor.JAX).readDouble(0)).isEqualTo((double) -0.7810538f);
        assertThat(Ops.unary(UnaryOp.TANH, one.withFlavor(Flavor.NUMPY), Flavor.NUMPY).readDouble(0))
                .isEqualTo((double) -0.7810537f);
    }

    @Test
    void aLargeArrayAtAnOffsetGivesJnpsBits() {
        // Repeated past the size at which the work is split across threads, three elements into the storage.
        int copies = 6;
        int n = inputs.length * copies + 5;
        NdStorage storage = NdStorage.allocate(DType.FLOAT32, n + 3);
        for (int i = 0; i < n; i++) {
            storage.setDouble(i + 3, inputs[i % inputs.length]);
        }
        NdArray view = NdArray.wrap(Flavor.JAX, storage, new int[] {n + 3}).view(new int[] {n}, new long[] {1}, 3);
        NdArray result = Ops.unary(UnaryOp.TANH, view, Flavor.JAX);
        for (int i = 0; i < n; i++) {
            assertSameBits(i % inputs.length, (float) result.readDouble(result.offset + i), jnp[i % inputs.length]);
        }
    }

    @Test
    void aStridedViewGivesJnpsBits() {
        NdStorage storage = NdStorage.allocate(DType.FLOAT32, 2L * inputs.length);
        for (int i = 0; i < inputs.length; i++) {
            storage.setDouble(2L * (inputs.length - 1 - i), inputs[i]);
        }
        NdArray reversed = NdArray.wrap(Flavor.JAX, storage, new int[] {2 * inputs.length})
                .view(new int[] {inputs.length}, new long[] {-2}, 2L * (inputs.length - 1));
        NdArray result = Ops.unary(UnaryOp.TANH, reversed, Flavor.JAX);
        for (int i = 0; i < inputs.length; i++) {
            assertSameBits(i, (float) result.readDouble(result.offset + i), jnp[i]);
        }
    }

    @Test
    void smallAndZeroDimensionalArraysGiveJnpsBits() {
        for (int i = 0; i + 3 <= inputs.length; i += 5) {
            NdStorage three = NdStorage.allocate(DType.FLOAT32, 3);
            NdStorage one = NdStorage.allocate(DType.FLOAT32, 1);
            for (int k = 0; k < 3; k++) {
                three.setDouble(k, inputs[i + k]);
            }
            one.setDouble(0, inputs[i]);
            NdArray small = Ops.unary(UnaryOp.TANH, NdArray.wrap(Flavor.JAX, three, new int[] {3}), Flavor.JAX);
            NdArray scalar = Ops.unary(UnaryOp.TANH, NdArray.wrap(Flavor.JAX, one, new int[0]), Flavor.JAX);
            for (int k = 0; k < 3; k++) {
                assertSameBits(i + k, (float) small.readDouble(small.offset + k), jnp[i + k]);
            }
            assertSameBits(i, (float) scalar.readDouble(scalar.offset), jnp[i]);
        }
    }

    @Test
    void aTracedTanhGivesTheSameBitsAsEagerJnp() {
        NdArray x = fixtureArray();
        TraceGraph graph = new TraceGraph("jax.jit");
        TraceGraph.Node input = graph.input(x);
        TraceGraph.Node tanh = graph.unary(UnaryOp.TANH, input);
        NdArray traced = graph.run(List.of(x), List.of(tanh)).getFirst();
        for (int i = 0; i < inputs.length; i++) {
            assertSameBits(i, (float) traced.readDouble(traced.offset + i), jnp[i]);
        }
    }

    @Test
    void theTracedJvpAndGradientRulesUseXlasTanh() {
        NdArray x = fixtureArray();
        TraceGraph graph = new TraceGraph("jax.grad");
        TraceGraph.Node input = graph.input(x);
        TraceGraph.Node tanh = graph.unary(UnaryOp.TANH, input);
        TraceGraph.Node total = graph.reduce("sum", tanh, null, false);
        TraceGraph.Node gradient = TraceGradients.gradients(graph, 0, total, List.of(input)).getFirst();
        TraceGraph.Node tangent = TraceTangents.jvp(graph, 0, List.of(input),
                List.of(graph.constant(JNP.ones(x.shape, DType.FLOAT32))), new int[0], List.of(tanh)).getFirst();
        List<NdArray> values = graph.run(List.of(x), List.of(gradient, tangent));
        for (int i = 0; i < inputs.length; i++) {
            float t = jnp[i];
            if (Float.isNaN(t)) {
                continue;
            }
            // JAX's rules in float32: VJP d = g * (1 - t), d + d * t; JVP (g + g * t) * (1 - t); g = 1.
            float d = 1f * (1f - t);
            assertSameBits(i, (float) values.get(0).readDouble(i), flushed(d + d * t));
            assertSameBits(i, (float) values.get(1).readDouble(i), flushed((1f + 1f * t) * (1f - t)));
        }
    }

    @Test
    void npTanhStaysTheCLibrarys() {
        NdArray numpy = Ops.unary(UnaryOp.TANH, fixtureArray().withFlavor(Flavor.NUMPY), Flavor.NUMPY);
        for (int i = 0; i < inputs.length; i++) {
            assertSameBits(i, (float) numpy.readDouble(numpy.offset + i), (float) Math.tanh(inputs[i]));
        }
    }

    private static NdArray fixtureArray() {
        NdStorage storage = NdStorage.allocate(DType.FLOAT32, inputs.length);
        for (int i = 0; i < inputs.length; i++) {
            storage.setDouble(i, inputs[i]);
        }
        return NdArray.wrap(Flavor.JAX, storage, new int[] {inputs.length});
    }

    /** XLA's flush of a subnormal result to a zero of its sign. */
    private static float flushed(float value) {
        return Subnormals.isSubnormal(value) ? Math.copySign(0f, value) : value;
    }

    private static void assertSameBits(int input, float actual, float expected) {
        if (Float.isNaN(expected) && Float.isNaN(actual)) {
            return; // a NaN's sign and payload read back through a double are not kept
        }
        assertThat(Float.floatToRawIntBits(actual)).as("tanh(%s) [bits 0x%08x]: ours %s, expected %s", inputs[input],
                Float.floatToRawIntBits(inputs[input]), actual, expected).isEqualTo(Float.floatToRawIntBits(expected));
    }

    private static float[] decode(String base64) {
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(base64)).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[bytes.remaining() / Float.BYTES];
        bytes.asFloatBuffer().get(values);
        return values;
    }
}
