package io.tastelab.array;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** jnp: 32-bit defaults, immutability, {@code .at[]} and the book's snippets printing as JAX prints them. */
class JaxSemanticsTest {
    private static final ArrayNamespace JNP = ArrayNamespace.JAX;

    private static NdArray book() {
        return JNP.array(List.of(List.of(1L, 2L, 3L), List.of(4L, 5L, 6L), List.of(7L, 8L, 9L)), DType.INT32);
    }

    private static NdArray vec() {
        return JNP.reshape(JNP.array(List.of(0.5, 1.0, 2.0)), 1, 3);
    }

    @TestFactory
    Stream<DynamicTest> bookSnippetsPrintAsJaxPrintsThem() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : NumpyFixtures.root().get("book")) {
            String expr = c.get("expr").asText();
            tests.add(DynamicTest.dynamicTest(expr, () -> {
                NdArray x = book();
                NdArray r = switch (expr) {
                    case "x = jnp.array([1.0, 2.0, 3.0], dtype=jnp.float32)" ->
                            JNP.array(List.of(1.0, 2.0, 3.0), JNP.dtype("float32"));
                    case "x" -> x;
                    case "x[0]" -> x.get(0L);
                    case "x[-1]" -> x.get(-1L);
                    case "x[:, 1]" -> x.get(Index.Slice.ALL, 1L);
                    case "x[::2, ::2]" -> x.get(new Index.Slice(null, null, 2L), new Index.Slice(null, null, 2L));
                    case "vec" -> vec();
                    case "vec * x" -> vec().multiply(x);
                    case "x * jnp.reshape(vec, [3, 1])" -> x.multiply(JNP.reshape(vec(), 3, 1));
                    case "x.at[::2].set(1)" -> x.at(new Index.Slice(null, null, 2L)).set(1L);
                    case "x[1, 2]" -> x.get(1L, 2L);
                    case "x @ x" -> x.matmul(x);
                    case "x / 2" -> x.divide(2L);
                    case "x.sum(axis=0)" -> x.sum(0);
                    case "jnp.arange(12.0).reshape(3, 4) / 7" -> JNP.arange(12.0, null, null, null).reshape(3, 4).divide(7L);
                    default -> throw new IllegalArgumentException(expr);
                };
                assertThat(r.toString()).isEqualTo(c.get("jax_repr").asText());
                NumpyFixtures.assertClose(r, c.get("array"), expr);
            }));
        }
        return tests.stream();
    }

    @Test
    void defaultsAreThirtyTwoBit() {
        assertThat(JNP.array(List.of(1L, 2L)).dtype()).isEqualTo(DType.INT32);
        assertThat(JNP.array(List.of(1.0)).dtype()).isEqualTo(DType.FLOAT32);
        assertThat(JNP.arange(3L, null, null, null).dtype()).isEqualTo(DType.INT32);
        assertThat(JNP.zeros(new int[] {2}, null).dtype()).isEqualTo(DType.FLOAT32);
        assertThat(JNP.array(List.of(1L), DType.INT64).dtype()).isEqualTo(DType.INT32);
        assertThat(JNP.dtype("float64")).isEqualTo(DType.FLOAT32);
        NdArray ints = JNP.array(List.of(1L, 2L));
        assertThat(ints.divide(ints).dtype()).isEqualTo(DType.FLOAT32);
        assertThat(JNP.mean(ints, null, false).dtype()).isEqualTo(DType.FLOAT32);
        assertThat(JNP.argmax(ints, null).dtype()).isEqualTo(DType.INT32);
        assertThat(JNP.sum(JNP.array(List.of(1L), DType.INT8), null, false).dtype()).isEqualTo(DType.INT32);
        assertThat(JNP.exp(ints).dtype()).isEqualTo(DType.FLOAT32);
    }

    @Test
    void pythonScalarsAreWeakOnTheJaxLattice() {
        NdArray i8 = JNP.array(List.of(1L, 2L), DType.INT8);
        assertThat(i8.add(1L).dtype()).isEqualTo(DType.INT8);
        assertThat(i8.add(1.5).dtype()).isEqualTo(DType.FLOAT32);
        NdArray u8 = JNP.array(List.of(1L), DType.UINT8);
        assertThat(u8.add(JNP.array(List.of(1L), DType.INT32)).dtype()).isEqualTo(DType.INT32);
        assertThat(JNP.array(List.of(1L), DType.INT32).add(JNP.array(List.of(1.0), DType.FLOAT16)).dtype())
                .isEqualTo(DType.FLOAT16);
        NdArray weak = JNP.array(3L);
        assertThat(weak.toString()).isEqualTo("Array(3, dtype=int32, weak_type=True)");
        assertThat(weak.add(i8).dtype()).isEqualTo(DType.INT8);
        assertThat(JNP.array(List.of(true)).add(1L).dtype()).isEqualTo(DType.INT32);
    }

    @Test
    void itemAssignmentIsATypeErrorNamingAt() {
        NdArray x = book();
        assertThatThrownBy(() -> x.set(List.of(Index.of(0L)), 5L))
                .isInstanceOf(ArrayTypeError.class)
                .hasMessageContaining("x.at[idx].set(y)");
    }

    @Test
    void atSetReturnsANewArrayAndLeavesTheOriginal() {
        NdArray x = JNP.arange(5L, null, null, null);
        NdArray y = x.at(2L).set(10L);
        assertThat(y.toLongArray()).containsExactly(0, 1, 10, 3, 4);
        assertThat(x.toLongArray()).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void atUpdatesOutOfBoundsAreDropped() {
        NdArray x = JNP.arange(5L, null, null, null);
        assertThat(x.at(10L).set(1L).toLongArray()).containsExactly(0, 1, 2, 3, 4);
        assertThat(x.at(List.of(0L, 7L)).add(100L).toLongArray()).containsExactly(100, 1, 2, 3, 4);
        assertThat(x.at(-1L).set(9L).toLongArray()).containsExactly(0, 1, 2, 3, 9);
        assertThat(x.at(-6L).set(9L).toLongArray()).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void atGetClampsOutOfBoundsIndices() {
        NdArray x = JNP.arange(5L, null, null, null);
        assertThat(x.at(10L).get().toLongArray()).containsExactly(4);
        assertThat(x.at(List.of(-100L, 2L, 99L)).get().toLongArray()).containsExactly(0, 2, 4);
    }

    @Test
    void atDuplicateIndicesAccumulate() {
        NdArray x = JNP.array(List.of(1L, 2L, 3L));
        assertThat(x.at(List.of(0L, 0L, 1L)).add(1L).toLongArray()).containsExactly(3, 3, 3);
        assertThat(x.at(List.of(1L, 1L)).multiply(3L).toLongArray()).containsExactly(1, 18, 3);
        assertThat(x.at(List.of(0L, 0L)).max(List.of(5L, 7L)).toLongArray()).containsExactly(7, 2, 3);
        assertThat(x.at(List.of(2L, 2L)).min(List.of(0L, -4L)).toLongArray()).containsExactly(1, 2, -4);
        assertThat(x.at(List.of(0L, 0L)).set(List.of(5L, 6L)).toLongArray()).containsExactly(6, 2, 3);
    }

    @Test
    void atWorksWithMasksAndBroadcastValues() {
        NdArray x = JNP.arange(6.0, null, null, null).reshape(2, 3);
        NdArray mask = x.binary(BinaryOp.GREATER, 2.0);
        assertThat(x.at(mask).set(0.0).toDoubleArray()).containsExactly(0, 1, 2, 0, 0, 0);
        assertThat(x.at(Index.Slice.ALL, 0L).add(List.of(10.0, 20.0)).toDoubleArray()).containsExactly(10, 1, 2, 23, 4, 5);
        assertThat(x.at(1L).multiply(2.0).dtype()).isEqualTo(DType.FLOAT32);
    }

    @Test
    void readingOutOfBoundsClampsLikeJax() {
        NdArray x = JNP.arange(10L, null, null, null);
        assertThat(x.get(11L).toString()).isEqualTo("Array(9, dtype=int32)");
        assertThat(x.get(-11L).item()).isEqualTo(0L);
        assertThat(x.get(List.of(0L, 20L)).toLongArray()).containsExactly(0, 9);
    }

    @Test
    void jaxArraysWinOverNumpyArraysAndDoNotShareMemory() {
        NdArray np = ArrayNamespace.NUMPY.arange(3L, null, null, null);
        NdArray j = JNP.array(np);
        assertThat(j.dtype()).isEqualTo(DType.INT32);
        np.set(List.of(Index.of(0L)), 100L);
        assertThat(j.toLongArray()).containsExactly(0, 1, 2);
        NdArray sum = np.add(j);
        assertThat(sum.flavor()).isEqualTo(Flavor.JAX);
        assertThat(sum.dtype()).isEqualTo(DType.INT32);
    }

    @Test
    void dtypeCallsMakeScalars() {
        assertThat(ArrayNamespace.NUMPY.scalar(3L, DType.FLOAT32).toString()).isEqualTo("np.float32(3.0)");
        assertThat(JNP.scalar(3L, DType.FLOAT32).toString()).isEqualTo("Array(3., dtype=float32)");
        assertThat(ArrayNamespace.NUMPY.scalar(true, DType.BOOL).toString()).isEqualTo("np.True_");
    }

    @Test
    void immutabilityErrorIsATypeErrorTheInterpreterCanRecognise() {
        NdArray x = JNP.zeros(new int[] {2}, null);
        assertThatThrownBy(() -> x.set(List.of(Index.of(0L)), 1.0)).isInstanceOf(ArrayImmutableError.class)
                .isInstanceOf(ArrayTypeError.class)
                .satisfies(e -> assertThat(((ArrayException) e).pythonName()).isEqualTo("TypeError"));
    }
}
