package io.tastelab.engine.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The open benchmark runs its three ways per round and checks the copy against SQLite (no times are judged). */
class OpenBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void eachRoundOpensThreeWaysAndTheReportNamesTheMedians() throws Exception {
        Path file = dir.resolve("w.tastelab");
        try (Workspace workspace = Workspace.create(file)) {
            workspace.replaceCatalog(WorkspaceTest.tinyCatalog());
            InteractionCacheTest.addInteractions(workspace, 3_000, "u");
        }
        List<String> lines = new ArrayList<>();
        OpenBenchmark.Report report = OpenBenchmark.run(file, 2, () -> "test load", lines::add);
        assertThat(report.rounds()).hasSize(2);
        assertThat(report.nnz()).isEqualTo(3_000);
        assertThat(report.cacheBytes()).isPositive();
        assertThat(lines).hasSize(2).allMatch(line -> line.contains("load test load"));
        assertThat(report.render()).contains("median of the rounds' ratios", "SQLite only");
    }
}
