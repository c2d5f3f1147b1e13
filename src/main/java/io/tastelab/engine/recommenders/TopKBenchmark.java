package io.tastelab.engine.recommenders;

import io.tastelab.engine.pipeline.CandidateSet;
import io.tastelab.engine.sample.SyntheticCatalog;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Times the most-popular ranker's selection ({@link TopK}) on N long-tailed synthetic counts and, in the
 * same run, NumPy's {@code argpartition} + {@code argsort} on the very same counts. Ids of synthetic
 * items are zero-padded by position, so the id tie-break is the position order.
 */
public final class TopKBenchmark {

    private TopKBenchmark() {
    }

    /** Medians in milliseconds; numpy is NaN when the baseline could not run. */
    public record Report(int items, int k, int repeats, double tasteLabMedianMs, double tasteLabMinMs,
                         double numpyMedianMs, double numpyMinMs, String numpyNote) {

        public String render() {
            StringBuilder text = new StringBuilder();
            text.append(String.format(Locale.ROOT, "top-%d most popular of %,d items, %d timed runs each%n", k, items, repeats));
            text.append(String.format(Locale.ROOT, "  TasteLab bounded heap : median %8.2f ms  (min %.2f)%n", tasteLabMedianMs, tasteLabMinMs));
            if (Double.isNaN(numpyMedianMs)) {
                text.append("  NumPy baseline        : not run (").append(numpyNote).append(")");
            } else {
                text.append(String.format(Locale.ROOT, "  NumPy argpartition+argsort: median %8.2f ms  (min %.2f)%n", numpyMedianMs, numpyMinMs));
                text.append(String.format(Locale.ROOT, "  ratio TasteLab / NumPy : %.2f  (below 1 means TasteLab is faster)%n",
                        tasteLabMedianMs / numpyMedianMs));
                text.append("  ").append(numpyNote);
            }
            return text.toString();
        }
    }

    public static Report run(int n, int k, int repeats, long seed, boolean withNumpy, Consumer<String> log) throws IOException, InterruptedException {
        log.accept("generating " + n + " long-tailed counts (seed " + seed + ") ...");
        long[] counts = SyntheticCatalog.longTailCounts(n, seed);
        CandidateSet all = CandidateSet.all(n);
        int[] expected = null;
        for (int warm = 0; warm < 5; warm++) {
            expected = TopK.select(all, i -> counts[i], Integer::compare, k);
        }
        double[] times = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            int[] top = TopK.select(all, i -> counts[i], Integer::compare, k);
            times[r] = (System.nanoTime() - start) / 1e6;
            if (!Arrays.equals(top, expected)) {
                throw new IllegalStateException("top-k selection is not deterministic");
            }
        }
        double[] numpy = {Double.NaN, Double.NaN};
        String note = "skipped with --no-numpy";
        if (withNumpy) {
            long[] expectedCounts = Arrays.stream(expected).mapToLong(i -> counts[i]).toArray();
            NumpyResult result = runNumpy(counts, k, repeats, expectedCounts);
            numpy = result.times;
            note = result.note;
        }
        return new Report(n, k, repeats, median(times), Arrays.stream(times).min().orElse(Double.NaN), numpy[0], numpy[1], note);
    }

    private record NumpyResult(double[] times, String note) {
    }

    private static final String NUMPY_SCRIPT = """
            import sys, time, numpy as np
            path, k, repeats = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
            expected = [int(v) for v in sys.argv[4].split(',')] if len(sys.argv) > 4 and sys.argv[4] else []
            counts = np.fromfile(path, dtype='<i8')
            n = counts.size
            def top():
                # The fastest NumPy form: no negated copy of the whole array.
                part = np.argpartition(counts, n - k)[n - k:]
                return part[np.argsort(-counts[part], kind='stable')]
            for _ in range(3): idx = top()
            times = []
            for _ in range(repeats):
                t = time.perf_counter(); idx = top(); times.append((time.perf_counter() - t) * 1e3)
            same = [int(v) for v in counts[idx]] == expected
            print(f"{np.median(times)} {min(times)} {np.__version__} {same}")
            """;

    private static NumpyResult runNumpy(long[] counts, int k, int repeats, long[] expectedCounts) throws IOException, InterruptedException {
        Path data = Files.createTempFile("tastelab-topk", ".i8");
        Path script = Files.createTempFile("tastelab-topk", ".py");
        try {
            ByteBuffer buffer = ByteBuffer.allocate(8 * 1024).order(ByteOrder.LITTLE_ENDIAN);
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(data), 1 << 20))) {
                for (long count : counts) {
                    buffer.putLong(count);
                    if (!buffer.hasRemaining()) {
                        out.write(buffer.array(), 0, buffer.position());
                        buffer.clear();
                    }
                }
                out.write(buffer.array(), 0, buffer.position());
            }
            Files.writeString(script, NUMPY_SCRIPT, StandardCharsets.UTF_8);
            String expected = String.join(",", Arrays.stream(expectedCounts).mapToObj(Long::toString).toList());
            Process process;
            try {
                process = new ProcessBuilder("python3", script.toString(), data.toString(), Integer.toString(k),
                        Integer.toString(repeats), expected).redirectErrorStream(true).start();
            } catch (IOException e) {
                return new NumpyResult(new double[] {Double.NaN, Double.NaN}, "python3 not found");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                return new NumpyResult(new double[] {Double.NaN, Double.NaN}, "python3/NumPy failed: " + output);
            }
            String[] fields = output.lines().reduce((a, b) -> b).orElse("").split(" ");
            String note = "NumPy " + fields[2] + "; same top-" + k + " counts as TasteLab: " + fields[3];
            return new NumpyResult(new double[] {Double.parseDouble(fields[0]), Double.parseDouble(fields[1])}, note);
        } finally {
            Files.deleteIfExists(data);
            Files.deleteIfExists(script);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
