package io.tastelab.cli;

import io.tastelab.engine.recommenders.TopKBenchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** NumPy's fastest top-k ({@code argpartition} then a stable {@code argsort} of the k) in a child python3. */
final class NumpyTopKBaseline implements TopKBenchmark.Baseline, AutoCloseable {

    private static final String SCRIPT = """
            import sys, time, numpy as np
            counts = np.fromfile(sys.argv[1], dtype='<i8')
            k, n = int(sys.argv[2]), counts.size
            def top():
                # No negated copy of the whole array: partition at n - k, then order the k.
                part = np.argpartition(counts, n - k)[n - k:]
                return part[np.argsort(-counts[part], kind='stable')]
            for _ in range(3):
                idx = top()
            print(np.__version__, ','.join(str(int(v)) for v in counts[idx]), flush=True)
            for _ in sys.stdin:
                t = time.perf_counter(); top(); print((time.perf_counter() - t) * 1e3, flush=True)
            """;

    private final PrintWriter out;
    private NumpyBaseline.Conversation numpy;

    NumpyTopKBaseline(PrintWriter out) {
        this.out = out;
    }

    @Override
    public String prepare(Path countsFile, int k, long[] expectedTopCounts) {
        numpy = NumpyBaseline.Conversation.start(out, SCRIPT, countsFile.toString(), Integer.toString(k));
        if (numpy == null) {
            return "python3 with NumPy not available";
        }
        String[] greeting = numpy.greeting().split(" ");
        String expected = Arrays.stream(expectedTopCounts).mapToObj(Long::toString).collect(Collectors.joining(","));
        return "NumPy " + greeting[0] + "; same top-" + k + " counts as TasteLab: "
                + (greeting.length > 1 && greeting[1].equals(expected));
    }

    @Override
    public double timeOnce() throws IOException {
        return numpy == null ? Double.NaN : Double.parseDouble(numpy.ask("run"));
    }

    @Override
    public void close() throws InterruptedException {
        if (numpy != null) {
            numpy.close();
        }
    }
}
