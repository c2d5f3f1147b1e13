package io.tastelab.array;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tastelab.array.nd4j.NdStorage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * sum, mean and prod of float32/float64 arrays and views agree with NumPy to the bit: 826 cases from
 * {@code src/test/python/make_summation_fixtures.py} (contiguous, transposed, strided, reversed and flipped
 * views; all elements and each axis). The arrays come from a 64-bit LCG that both sides compute exactly.
 */
class NumpySummationTest {

    @TestFactory
    Stream<DynamicTest> floatReductionsMatchNumpyBitForBit() throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/summation/numpy_float_reductions.json")) {
            root = new ObjectMapper().readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            String name = c.get("dtype").asText() + " " + c.get("rows").asInt() + "x" + c.get("cols").asInt() + " "
                    + c.get("view").asText() + "." + c.get("op").asText() + "(axis=" + c.get("axis") + ")";
            tests.add(DynamicTest.dynamicTest(name, () -> check(c)));
        }
        return tests.stream();
    }

    private static void check(JsonNode c) {
        int rows = c.get("rows").asInt();
        int cols = c.get("cols").asInt();
        NdArray x = lcgArray(c.get("seed").asLong(), rows, cols, DType.valueOf(c.get("dtype").asText().toUpperCase()));
        NdArray v = switch (c.get("view").asText()) {
            case "full" -> x;
            case "T" -> x.transpose(1, 0);
            case "step" -> x.view(new int[] {(rows + 1) / 2, (cols + 2) / 3}, new long[] {2L * cols, 3}, 0);
            case "rev" -> x.view(new int[] {rows * cols}, new long[] {-1}, (long) rows * cols - 1);
            case "col" -> x.view(new int[] {rows}, new long[] {cols}, cols / 2);
            case "flip" -> x.view(new int[] {rows, cols}, new long[] {-cols, 1}, (long) (rows - 1) * cols);
            default -> throw new IllegalArgumentException(c.get("view").asText());
        };
        Reductions.Kind kind = Reductions.Kind.valueOf(c.get("op").asText().toUpperCase());
        Integer axis = c.get("axis").isNull() ? null : c.get("axis").asInt();
        NdArray result = Reductions.reduce(kind, v, axis, false);
        assertThat(result.size()).isEqualTo(c.get("size").asLong());
        for (JsonNode pick : c.get("expected")) {
            long i = pick.get(0).asLong();
            double expected = Double.parseDouble(pick.get(1).asText().replace("inf", "Infinity"));
            double actual = result.readDouble(result.offset + i);
            assertThat(Double.compare(actual, expected)).as("output %d: %s, NumPy %s", i, Double.toHexString(actual),
                    pick.get(1).asText()).isZero();
        }
    }

    /** The fixture's generator: a 64-bit LCG scaled by powers of two, exact in double, rounded to the dtype. */
    private static NdArray lcgArray(long seed, int rows, int cols, DType dtype) {
        int n = rows * cols;
        NdStorage storage = NdStorage.allocate(dtype, n);
        long s = seed;
        for (int i = 0; i < n; i++) {
            s = s * 6364136223846793005L + 1442695040888963407L;
            double value = ((s >>> 11) * 0x1.0p-53 - 0.5) * Math.scalb(1.0, (int) ((s >>> 3) % 16) - 8);
            storage.setDouble(i, value);
        }
        return NdArray.wrap(Flavor.NUMPY, storage, new int[] {rows, cols});
    }
}
