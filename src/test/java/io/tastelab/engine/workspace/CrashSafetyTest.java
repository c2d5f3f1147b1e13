package io.tastelab.engine.workspace;

import io.tastelab.engine.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Kills a child JVM with SIGKILL in the middle of its work and checks what the workspace kept. */
class CrashSafetyTest {

    @TempDir
    Path dir;

    private Process startChild(String mode, Path file) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), CrashChild.class.getName(), mode, file.toString()));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    @Test
    void killingTheAppDuringEditsKeepsEveryCommittedEdit() throws Exception {
        Path file = dir.resolve("w.tastelab");
        Catalog start = WorkspaceTest.tinyCatalog();
        try (Workspace workspace = Workspace.create(file)) {
            workspace.replaceCatalog(start);
        }
        Process child = startChild("edits", file);
        int lastCommitted = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lastCommitted = Integer.parseInt(line.substring("committed ".length()));
                if (lastCommitted >= 300) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                    break;
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(lastCommitted).isGreaterThanOrEqualTo(300);
        try (Workspace reopened = Workspace.open(file)) {
            long[] counts = reopened.loadCatalog().popularityCounts();
            int n = counts.length;
            for (int item = 0; item < n; item++) {
                // The last edit the child reported for this item, or a later one that committed before the kill.
                long lastReported = lastCommitted - Math.floorMod(lastCommitted - item, n);
                assertThat(counts[item]).as("item %d", item).isGreaterThanOrEqualTo(lastReported);
                assertThat(Math.floorMod(counts[item], n)).isEqualTo(item);
            }
        }
    }

    @Test
    void killingTheAppDuringAnImportKeepsEarlierImportsAndNoneOfTheUnfinishedOne() throws Exception {
        Path file = dir.resolve("w.tastelab");
        try (Workspace workspace = Workspace.create(file)) {
            workspace.replaceCatalog(WorkspaceTest.tinyCatalog());
        }
        Process child = startChild("import", file);
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (line.equals("second import running")) {
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(lines).containsExactly("committed first import", "second import running");
        try (Workspace reopened = Workspace.open(file)) {
            assertThat(reopened.counts()).isEqualTo(new Workspace.Counts(3, 1, 1000));
            assertThat(reopened.loadCatalog().items()).isEqualTo(WorkspaceTest.tinyCatalog().items());
        }
    }
}
