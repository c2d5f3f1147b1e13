package io.tastelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code bench train} trains on the leave-last-out training part of a tiny file and prints every run's figures. */
class TrainBenchCliTest {

    @TempDir
    Path dir;

    /** 8 users with 3 to 6 interactions each (36 in all): leave-last-out keeps 36 − 8 = 28 for training. */
    private Path tinyFile() throws Exception {
        List<String> lines = new ArrayList<>(List.of("user,item,value,timestamp"));
        int total = 0;
        for (int user = 0; user < 8; user++) {
            int count = 3 + user % 4;
            for (int k = 0; k < count; k++) {
                lines.add("u" + user + ",i" + ((user + 2 * k) % 7) + "," + (1 + k % 5) + "," + (1000 + 10 * user + k));
                total++;
            }
        }
        assertThat(total).isEqualTo(36);
        Path file = dir.resolve("tiny.csv");
        Files.write(file, lines);
        return file;
    }

    @Test
    void trainsEachRecommenderRoundByRoundAndPrintsWallCpuAndLoad() throws Exception {
        CliTest.Run run = CliTest.run("bench", "train", "--interactions", tinyFile().toString(), "--recommenders", "item-knn,als",
                "--repeats", "2", "--param", "als.factors=4", "--param", "als.iterations=2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("8 users × 7 items; training part 28 interactions (leave-last-out)", "load average before: ",
                "load average after: ");
        List<String> runs = run.out().lines().filter(line -> line.startsWith("train ")).toList();
        assertThat(runs).hasSize(4);
        assertThat(runs.get(0)).startsWith("train item-knn     run 1/2: wall ");
        assertThat(runs.get(1)).startsWith("train als          run 1/2: wall ");
        assertThat(runs.get(3)).startsWith("train als          run 2/2: wall ");
        assertThat(runs).allSatisfy(line -> assertThat(line).matches(
                ".*wall \\d+\\.\\d\\d s, CPU \\d+\\.\\d\\d s, CPU per interaction \\d+\\.\\d{3} µs, peak heap \\d+ MiB, load -?\\d+\\.\\d\\d"));
        assertThat(run.out()).containsPattern("median item-knn     of 2: wall \\d+\\.\\d\\d s, CPU \\d+\\.\\d\\d s")
                .containsPattern("median als          of 2: wall ");
    }

    @Test
    void repeatsBelowOneAndUnknownRecommendersAreRefused() throws Exception {
        CliTest.Run none = CliTest.run("bench", "train", "--interactions", tinyFile().toString(), "--recommenders", "als",
                "--repeats", "0");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--repeats must be at least 1, got 0");
        CliTest.Run unknown = CliTest.run("bench", "train", "--interactions", tinyFile().toString(), "--recommenders", "nope");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("nope");
    }
}
