package io.tastelab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** The array benchmarks run end to end on tiny sizes (the figures themselves come from full runs). */
class BenchCliTest {

    @Test
    void arraysBenchTimesEveryExpressionInBothNamespacesAndAgainstNumpy() {
        CliTest.Run run = CliTest.run("bench", "arrays", "--size", "8", "--repeats", "1", "--loops", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("8x8 float32", "x + x", "np.maximum(x, 0.5)", "x @ x");
        boolean numpy = run.out().contains("jnp/NumPy");
        assertThat(numpy || run.out().contains("NumPy baseline")).isTrue();
        if (numpy) {
            assertThat(run.out().lines().filter(line -> line.endsWith("×"))).hasSize(20);
        }
    }

    @Test
    void arraysBenchWithoutNumpyPrintsOnlyItsOwnColumns() {
        CliTest.Run run = CliTest.run("bench", "arrays", "--size", "8", "--repeats", "2", "--loops", "1", "--no-numpy");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("8x8 float32, median per loop of 2 runs (ms)", "x.mean(axis=0)")
                .doesNotContain("NumPy", "×");
    }

    @Test
    void reluMatmulBenchReportsEagerAndJit() {
        CliTest.Run run = CliTest.run("bench", "relu-matmul", "--size", "8", "--repeats", "1", "--no-numpy");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("playground eager", "playground jit");
    }

    @Test
    void reluMatmulBenchInterleavesNumpysCallsWithOurs() {
        assumeTrue(io.tastelab.NumpyReference.available(), "python3 with NumPy is needed for the baseline");
        CliTest.Run run = CliTest.run("bench", "relu-matmul", "--size", "16", "--repeats", "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("runs interleaved with ours", "NumPy             relu(x @ x), 16x16 float32",
                "ratio playground/NumPy (medians): eager ");
    }

    @Test
    void jitBenchTimesTheMlpStepAndTheChainWithoutRetracing() {
        CliTest.Run run = CliTest.run("bench", "jit", "--repeats", "3", "--loop-steps", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("MLP training step (jax101-pytrees", "the notebook's loop of 2 steps as one cell",
                "jitted chain of 200 elementwise ops").contains("0 traces while timed (1 in all)");
        assertThat(run.out().lines().filter(line -> line.contains("0 traces while timed (1 in all)"))).hasSize(2);
        CliTest.Run bad = CliTest.run("bench", "jit", "--repeats", "0");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--repeats must be positive");
    }

    @Test
    void sizesAndCountsBelowOneAreUsageErrorsNamingTheOption() {
        CliTest.Run run = CliTest.run("bench", "arrays", "--size", "-5", "--no-numpy");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--size must be at least 1, got -5");
        CliTest.Run repeats = CliTest.run("bench", "relu-matmul", "--repeats", "0", "--no-numpy");
        assertThat(repeats.exitCode()).isEqualTo(2);
        assertThat(repeats.err()).contains("--repeats must be at least 1, got 0");
    }
}
