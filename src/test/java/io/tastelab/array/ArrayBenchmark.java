package io.tastelab.array;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The performance figures for the array layer alone (not run by the test suite):
 * {@code y = x[::2, ::2] * v} on 3×3, and {@code x @ x}, {@code x + x}, {@code x * 2.0} on 2048×2048 float32.
 * Compare with {@code python3 src/test/python/bench_numpy.py} on the same machine.
 *
 * <pre>mvn -o -q test-compile exec:exec -Dexec.executable=java -Dexec.args="--enable-native-access=ALL-UNNAMED
 *   -cp %classpath io.tastelab.array.ArrayBenchmark"</pre>
 */
public final class ArrayBenchmark {
    private ArrayBenchmark() {
    }

    static double medianMicros(int warmup, int runs, Supplier<?> body) {
        for (int i = 0; i < warmup; i++) {
            body.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            body.get();
            times.add((System.nanoTime() - t) / 1e3);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    public static void main(String[] args) {
        ComputeBackend.warmUp();
        System.out.println(ComputeBackend.describe().summary());
        ArrayNamespace jnp = ArrayNamespace.JAX;
        NdArray small = jnp.arange(9L, null, null, null).reshape(3, 3);
        NdArray v = jnp.array(List.of(0.5, 2.0));
        Index.Slice every2 = new Index.Slice(null, null, 2L);
        double perStatement = medianMicros(20_000, 20_000, () -> small.get(every2, every2).multiply(v));
        NdArray big = jnp.arange(0.0, 2048.0 * 2048, null, DType.FLOAT32).reshape(2048, 2048).divide(1e6);
        double matmul = medianMicros(2, 7, () -> big.matmul(big)) / 1e3;
        double add = medianMicros(5, 21, () -> big.add(big)) / 1e3;
        double scale = medianMicros(5, 21, () -> big.multiply(2.0)) / 1e3;
        System.out.printf(Locale.ROOT, "x[::2, ::2] * v (3x3): %.1f us median%n", perStatement);
        System.out.printf(Locale.ROOT, "2048^2 float32: x @ x %.1f ms, x + x %.2f ms, x * 2.0 %.2f ms (medians)%n",
                matmul, add, scale);
    }
}
