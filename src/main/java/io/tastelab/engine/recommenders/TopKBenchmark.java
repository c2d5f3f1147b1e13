package io.tastelab.engine.recommenders;

import io.tastelab.engine.pipeline.CandidateSet;
import io.tastelab.engine.sample.SyntheticCatalog;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Times the most-popular ranker's selection ({@link TopK}) on N long-tailed synthetic counts and, run by run in
 * turn with it, a baseline (NumPy's {@code argpartition} + {@code argsort}) on the very same counts. Ids of synthetic
 * items are zero-padded by position, so the id tie-break is the position order.
 */
public final class TopKBenchmark {

    private TopKBenchmark() {
    }

    /**
     * The other side of the benchmark (NumPy, in the CLI), timed in turn with ours so that a burst of load on the
     * machine falls on both alike.
     */
    public interface Baseline {
        /**
         * Prepares to select the top {@code k} of the counts in {@code countsFile} (little-endian int64); returns a
         * note naming the baseline and saying whether it found the same top-k counts as {@code expectedTopCounts}.
         */
        String prepare(Path countsFile, int k, long[] expectedTopCounts) throws IOException;

        /** One timed selection, in milliseconds. */
        double timeOnce() throws IOException;
    }

    /** Medians in milliseconds; the baseline's are NaN when it could not run. */
    public record Report(int items, int k, int repeats, double tasteLabMedianMs, double tasteLabMinMs,
                         double baselineMedianMs, double baselineMinMs, String baselineNote) {

        public String render() {
            StringBuilder text = new StringBuilder();
            text.append(String.format(Locale.ROOT, "top-%d most popular of %,d items, %d timed runs each, interleaved%n",
                    k, items, repeats));
            text.append(String.format(Locale.ROOT, "  TasteLab TopK              : median %8.2f ms  (min %.2f)%n",
                    tasteLabMedianMs, tasteLabMinMs));
            if (Double.isNaN(baselineMedianMs)) {
                text.append("  NumPy baseline             : not run (").append(baselineNote).append(")");
            } else {
                text.append(String.format(Locale.ROOT, "  NumPy argpartition+argsort : median %8.2f ms  (min %.2f)%n",
                        baselineMedianMs, baselineMinMs));
                text.append(String.format(Locale.ROOT, "  ratio TasteLab / NumPy     : %.2f  (below 1 means TasteLab is faster)%n",
                        tasteLabMedianMs / baselineMedianMs));
                text.append("  ").append(baselineNote);
            }
            return text.toString();
        }
    }

    /** Runs the benchmark; {@code baseline} may be null (our figures alone), and is asked after each of our runs. */
    public static Report run(int n, int k, int repeats, long seed, Baseline baseline, Consumer<String> log)
            throws IOException {
        log.accept("generating " + n + " long-tailed counts (seed " + seed + ") ...");
        long[] counts = SyntheticCatalog.longTailCounts(n, seed);
        CandidateSet all = CandidateSet.all(n);
        // Read-only, as the most-popular ranker passes the catalog's counts.
        LongBuffer scores = LongBuffer.wrap(counts).asReadOnlyBuffer();
        int[] expected = null;
        for (int warm = 0; warm < 5; warm++) {
            expected = TopK.select(scores, all, Integer::compare, k);
        }
        String note = "skipped with --no-numpy";
        if (baseline != null) {
            long[] expectedCounts = Arrays.stream(expected).mapToLong(i -> counts[i]).toArray();
            Path file = Files.createTempFile("tastelab-topk", ".i8");
            try {
                writeLittleEndian(counts, file);
                note = baseline.prepare(file, k, expectedCounts);
            } finally {
                Files.deleteIfExists(file);
            }
        }
        double[] times = new double[repeats];
        double[] baselineTimes = new double[baseline == null ? 0 : repeats];
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            int[] top = TopK.select(scores, all, Integer::compare, k);
            times[r] = (System.nanoTime() - start) / 1e6;
            if (!Arrays.equals(top, expected)) {
                throw new IllegalStateException("top-k selection is not deterministic");
            }
            if (baseline != null) {
                baselineTimes[r] = baseline.timeOnce();
            }
        }
        double baselineMedian = baseline == null ? Double.NaN : median(baselineTimes);
        double baselineMin = baseline == null ? Double.NaN : Arrays.stream(baselineTimes).min().orElse(Double.NaN);
        return new Report(n, k, repeats, median(times), Arrays.stream(times).min().orElse(Double.NaN),
                baselineMedian, baselineMin, note);
    }

    private static void writeLittleEndian(long[] counts, Path file) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(8 * 1024).order(ByteOrder.LITTLE_ENDIAN);
        try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
            for (long count : counts) {
                buffer.putLong(count);
                if (!buffer.hasRemaining()) {
                    out.write(buffer.array(), 0, buffer.position());
                    buffer.clear();
                }
            }
            out.write(buffer.array(), 0, buffer.position());
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
