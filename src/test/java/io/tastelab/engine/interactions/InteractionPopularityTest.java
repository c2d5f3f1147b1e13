package io.tastelab.engine.interactions;

import io.tastelab.engine.interactions.InteractionPopularity.Measure;
import io.tastelab.engine.interactions.InteractionPopularity.TimeDecay;
import io.tastelab.engine.random.SeededDraws;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class InteractionPopularityTest {

    /** u0 rates i0 twice (5 then 2), u1 rates i0 4, u1 rates i1 3; timestamps 0, 100, 100, no timestamp. */
    private static InteractionMatrix rerated() {
        return InteractionMatrix.fromCoordinates(new String[] {"u0", "u1"}, 3, new int[] {0, 0, 1, 1},
                new int[] {0, 0, 0, 1}, new float[] {5, 2, 4, 3},
                new long[] {0, 100, 100, InteractionMatrix.NO_TIMESTAMP}, null, 4);
    }

    @Test
    void distinctUsersCountsAReRatingOnce() {
        assertThat(InteractionPopularity.compute(rerated(), Measure.DISTINCT_USERS, 0, null)).containsExactly(2, 1, 0);
        assertThat(InteractionPopularity.interactionsPerItem(rerated())).containsExactly(3, 1, 0);
    }

    @Test
    void sumOfRatingsAddsEveryRating() {
        assertThat(InteractionPopularity.compute(rerated(), Measure.SUM_OF_VALUES, 0, null)).containsExactly(11, 3, 0);
    }

    @Test
    void ratingsAtLeastTheThresholdCountOnlyLikedOnes() {
        assertThat(InteractionPopularity.compute(rerated(), Measure.VALUES_AT_LEAST, 4, null)).containsExactly(2, 0, 0);
    }

    @Test
    void timeDecayHalvesAnInteractionOneHalfLifeOldAndLeavesUndatedOnesWhole() {
        TimeDecay decay = new TimeDecay(100, 200);
        // i0: 5 * 0.25 (age 200) + 2 * 0.5 + 4 * 0.5; i1: 3 undated.
        assertThat(InteractionPopularity.compute(rerated(), Measure.SUM_OF_VALUES, 0, decay))
                .containsExactly(new double[] {4.25, 3, 0}, within(1e-12));
        // Distinct users: u0 counts with the newer of their two interactions (0.5), u1 with 0.5.
        assertThat(InteractionPopularity.compute(rerated(), Measure.DISTINCT_USERS, 0, decay))
                .containsExactly(new double[] {1.0, 1, 0}, within(1e-12));
    }

    @Test
    void scoresBecomeWholeNumberCatalogCounts() {
        assertThat(InteractionPopularity.asCounts(new double[] {4.25, 0.5, 0, 2.49})).containsExactly(4, 1, 0, 2);
    }

    @Test
    void agreesWithNumpyOnAGeneratedFixture(@TempDir Path dir) throws Exception {
        assumeTrue(io.tastelab.NumpyReference.available(), "python3 with NumPy is needed for the reference");
        int users = 500;
        int items = 300;
        int nnz = 20_000;
        SeededDraws draws = new SeededDraws(7);
        int[] u = draws.randintArray(nnz, 0, users);
        int[] i = draws.randintArray(nnz, 0, items);
        int[] rating = draws.randintArray(nnz, 1, 6);
        int[] time = draws.randintArray(nnz, 0, 1_000_000);
        float[] v = new float[nnz];
        long[] t = new long[nnz];
        for (int e = 0; e < nnz; e++) {
            v[e] = rating[e];
            t[e] = time[e];
        }
        String[] ids = new String[users];
        for (int k = 0; k < users; k++) {
            ids[k] = "u" + k;
        }
        InteractionMatrix m = InteractionMatrix.fromCoordinates(ids, items, u, i, v, t, null, nnz);
        Path fixture = dir.resolve("coo.bin");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(fixture))) {
            ByteBuffer buffer = ByteBuffer.allocate(nnz * 16).order(ByteOrder.LITTLE_ENDIAN);
            for (int e = 0; e < nnz; e++) {
                buffer.putInt(u[e]).putInt(i[e]).putInt(rating[e]).putInt(time[e]);
            }
            out.write(buffer.array());
        }
        String script = """
                import numpy as np, sys
                a = np.fromfile(sys.argv[1], dtype='<i4').reshape(-1, 4)
                u, i, r, t = a[:, 0], a[:, 1], a[:, 2].astype(np.float64), a[:, 3].astype(np.float64)
                n = %d
                w = np.exp2(-(1_000_000 - t) / 250_000.0)
                pairs = np.unique(u.astype(np.int64) * n + i)
                out = [np.bincount(i, minlength=n), np.bincount(pairs %% n, minlength=n),
                       np.bincount(i, weights=r, minlength=n), np.bincount(i, weights=(r >= 4), minlength=n),
                       np.bincount(i, weights=r * w, minlength=n)]
                np.savetxt(sys.argv[2], np.vstack(out).astype(np.float64), fmt='%%.17g')
                """.formatted(items);
        Path scriptFile = Files.writeString(dir.resolve("ref.py"), script);
        Path result = dir.resolve("ref.txt");
        Process python = new ProcessBuilder("python3", scriptFile.toString(), fixture.toString(), result.toString())
                .redirectErrorStream(true).start();
        String output = new String(python.getInputStream().readAllBytes());
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as(output).isZero();
        double[][] reference = Files.readAllLines(result).stream()
                .map(line -> java.util.Arrays.stream(line.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);

        assertThat(toDouble(InteractionPopularity.interactionsPerItem(m))).containsExactly(reference[0]);
        assertThat(toDouble(InteractionPopularity.distinctUsersPerItem(m))).containsExactly(reference[1]);
        assertThat(InteractionPopularity.compute(m, Measure.SUM_OF_VALUES, 0, null)).containsExactly(reference[2], within(1e-9));
        assertThat(InteractionPopularity.compute(m, Measure.VALUES_AT_LEAST, 4, null)).containsExactly(reference[3]);
        assertThat(InteractionPopularity.compute(m, Measure.SUM_OF_VALUES, 0, new TimeDecay(250_000, 1_000_000)))
                .containsExactly(reference[4], within(1e-9));
    }

    private static double[] toDouble(long[] counts) {
        return java.util.Arrays.stream(counts).asDoubleStream().toArray();
    }
}
