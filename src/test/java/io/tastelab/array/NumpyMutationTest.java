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

/** np arrays are mutable, and basic indexing gives views that share elements with their base. */
class NumpyMutationTest {
    private static final ArrayNamespace NP = ArrayNamespace.NUMPY;
    private static final Index.Slice ALL = Index.Slice.ALL;

    private static Index.Slice slice(Long start, Long stop, Long step) {
        return new Index.Slice(start, stop, step);
    }

    private static List<Index> idx(Object... items) {
        List<Index> out = new ArrayList<>();
        for (Object o : items) {
            out.add(Index.of(o));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> assignmentsMatchNumpy() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : NumpyFixtures.root().get("setitem")) {
            String label = c.get("label").asText();
            tests.add(DynamicTest.dynamicTest(label, () -> {
                int[] shape = VectorSupport.ints(c.get("shape"));
                NdArray x = VectorSupport.arange(NP, shape, c.get("dtype").asText(), 0);
                switch (label) {
                    case "x[1:3][0] = 5" -> x.get(slice(1L, 3L, null)).set(idx(0L), 5L);
                    case "x[::2] = 0" -> x.set(idx(slice(null, null, 2L)), 0L);
                    case "x[:, 1] = [7, 8]" -> x.set(idx(ALL, 1L), List.of(7L, 8L));
                    case "x[x > 2] = -1" -> x.set(idx(x.binary(BinaryOp.GREATER, 2L)), -1L);
                    case "x[[0, 0, 1]] = [1, 2, 3]" -> x.set(idx(List.of(0L, 0L, 1L)), List.of(1L, 2L, 3L));
                    case "x[0] = 2.7" -> x.set(idx(0L), 2.7);
                    case "x[...] = [[1], [2]]" -> x.set(idx(Index.Ellipsis.INSTANCE), List.of(List.of(1L), List.of(2L)));
                    case "x[1] = x[0]" -> x.set(idx(1L), x.get(0L));
                    case "x[::-1][:2] = 9" -> x.get(slice(null, null, -1L)).set(idx(slice(null, 2L, null)), 9L);
                    case "x.T[0] = 5" -> x.T().set(idx(0L), 5L);
                    default -> throw new IllegalArgumentException(label);
                }
                NumpyFixtures.assertClose(x, c.get("result"), label);
            }));
        }
        return tests.stream();
    }

    @Test
    void integerIndexingGivesACopiedNumpyScalar() {
        NdArray x = NP.arange(3L, null, null, DType.INT32);
        NdArray s = x.get(1L);
        assertThat(s.isScalar()).isTrue();
        assertThat(s.toString()).isEqualTo("np.int32(1)");
        x.set(idx(1L), 7L);
        assertThat(s.item()).isEqualTo(1L);
    }

    @Test
    void assigningAnUnbroadcastableValueFailsLikeNumpy() {
        NdArray x = NP.zeros(new int[] {2, 3}, null);
        assertThatThrownBy(() -> x.set(idx(0L), List.of(1.0, 2.0)))
                .isInstanceOf(ArrayValueError.class)
                .hasMessage("could not broadcast input array from shape (2,) into shape (3,)");
    }

    @Test
    void assigningAnOutOfRangePythonIntIsAnOverflowError() {
        NdArray x = NP.zeros(new int[] {2}, DType.UINT8);
        assertThatThrownBy(() -> x.set(idx(0L), 300L))
                .isInstanceOf(ArrayOverflowError.class)
                .hasMessage("Python integer 300 out of bounds for uint8");
    }

    @Test
    void overlappingSelfAssignmentReadsTheOldValues() {
        NdArray x = NP.arange(5L, null, null, null);
        x.set(idx(slice(1L, null, null)), x.get(slice(null, -1L, null)));
        assertThat(x.toLongArray()).containsExactly(0, 0, 1, 2, 3);
    }

    @Test
    void reshapeOfAContiguousArrayIsAView() {
        NdArray x = NP.arange(6L, null, null, null);
        NdArray m = x.reshape(2, 3);
        m.set(idx(1L, 1L), 40L);
        assertThat(x.toLongArray()).containsExactly(0, 1, 2, 3, 40, 5);
    }

    @Test
    void lenTruthAndDtypeReprBehaveAsInPython() {
        NdArray x = NP.zeros(new int[] {3, 2}, DType.FLOAT32);
        assertThat(x.len()).isEqualTo(3);
        assertThat(x.dtype().pythonRepr()).isEqualTo("dtype('float32')");
        assertThatThrownBy(() -> NP.array(5L).len()).isInstanceOf(ArrayTypeError.class).hasMessage("len() of unsized object");
        assertThatThrownBy(x::truth).isInstanceOf(ArrayValueError.class).hasMessageStartingWith("The truth value");
        assertThat(NP.array(List.of(2.0)).truth()).isTrue();
        assertThat(x.ravel().shape()).containsExactly(6);
    }

    @Test
    void numpyArraysHaveNoAtAttribute() {
        assertThatThrownBy(() -> NP.zeros(new int[] {2}, null).at(0L))
                .isInstanceOf(ArrayAttributeError.class)
                .hasMessage("'numpy.ndarray' object has no attribute 'at'");
    }

    @Test
    void partialIntegerIndexingOfAnEmptyArrayGivesAnEmptyView() {
        NdArray x = NP.zeros(new int[] {1, 0}, DType.INT32);
        NdArray row = x.get(0L);
        assertThat(row.isScalar()).isFalse();
        assertThat(row.toString()).isEqualTo("array([], dtype=int32)");
    }

    @Test
    void indexListsAndScalarsRefuseFloatsWithNumpysMessages() {
        NdArray x = NP.arange(5L, null, null, null);
        String onlyIntegers = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or "
                + "boolean arrays are valid indices";
        assertThatThrownBy(() -> x.get(List.of(1L, 2.0))).hasMessage(onlyIntegers);
        assertThatThrownBy(() -> x.get(java.util.Arrays.asList(1L, null))).hasMessage(onlyIntegers);
        assertThatThrownBy(() -> x.get(NP.scalar(1.0, DType.FLOAT64))).hasMessage(onlyIntegers);
        assertThatThrownBy(() -> x.get(NP.array(1.0))).hasMessage("arrays used as indices must be of integer (or boolean) type");
        assertThat(x.get(List.of(List.of())).shape()).containsExactly(1, 0);
        assertThat(x.get(List.of(true, 1L)).toLongArray()).containsExactly(1, 1);
    }

    @Test
    void reshapeOfAStridedViewIsAViewWhenNumpyMakesOne() {
        NdArray x = NP.arange(12L, null, null, null).reshape(3, 4);
        // Values checked against NumPy 2.4.
        NdArray rows = x.get(slice(null, null, 2L));            // (2, 4), strides (8, 1): merging needs a copy
        NdArray cols = x.get(ALL, slice(null, null, 2L));      // (3, 2), strides (4, 2): merges into a view
        rows.reshape(8).set(idx(1L), 100L);
        assertThat(x.getLong(0, 1)).isEqualTo(1);
        cols.reshape(6).set(idx(0L), -5L);
        assertThat(x.getLong(0, 0)).isEqualTo(-5);
        NdArray split = rows.reshape(2, 2, 2);
        split.set(idx(1L, 1L, 1L), 77L);
        assertThat(x.getLong(2, 3)).isEqualTo(77);
    }

    @Test
    void jsonValuesSpellNonFiniteFloatsAsStrings() {
        NdArray x = ArrayNamespace.JAX.array(List.of(0.1, Double.NaN, Double.NEGATIVE_INFINITY, 2.0));
        assertThat(x.jsonValues()).containsExactly((double) 0.1f, "nan", "-inf", 2.0);
        assertThat(NP.array(List.of(true, false)).jsonValues()).containsExactly(true, false);
        assertThat(NP.array(List.of(1L, -2L), DType.INT8).jsonValues()).containsExactly(1L, -2L);
    }
}
