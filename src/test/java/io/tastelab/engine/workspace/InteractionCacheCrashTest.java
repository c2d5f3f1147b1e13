package io.tastelab.engine.workspace;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.interactions.InteractionMatrixFile;
import io.tastelab.engine.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a child JVM with SIGKILL at random moments while it rebuilds the fast-open copy of the interactions, and
 * checks that the copy left behind is the old valid one, a new valid one, or none: loading through it gives
 * exactly what SQLite holds.
 */
class InteractionCacheCrashTest {

    @TempDir
    Path dir;

    @Test
    void killingTheAppWhileItWritesTheCopyNeverLeavesAWrongOne() throws Exception {
        Path file = dir.resolve("w.tastelab");
        Path folder = dir.resolve("cache");
        try (Workspace workspace = Workspace.create(file)) {
            workspace.replaceCatalog(WorkspaceTest.tinyCatalog());
            InteractionCacheTest.addInteractions(workspace, 150_000, "u");
        }
        Random random = new Random(20261207);
        Path copy = InteractionCache.in(folder, file).file();
        int killedWhileWriting = 0;
        for (int kill = 0; kill < 8; kill++) {
            String java = ProcessHandle.current().info().command().orElse("java");
            Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED",
                    "-D" + InteractionCache.FOLDER_PROPERTY + "=" + folder, "-cp", System.getProperty("java.class.path"),
                    CacheCrashChild.class.getName(), file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // Every other kill lands just after a write began, the others anywhere in the cycle.
            boolean duringWrite = kill % 2 == 0;
            int writesToSee = 1 + random.nextInt(2);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                int writes = 0;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("writing") && ++writes == writesToSee) {
                        Thread.sleep(duringWrite ? random.nextInt(15) : random.nextInt(600));
                        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                        break;
                    }
                }
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            if (Files.exists(copy)) {
                // Whatever the moment of the kill, the file under the copy's name is a whole file of some state.
                InteractionMatrixFile.read(copy);
            }
            try (Workspace workspace = Workspace.open(file, true)) {
                Catalog catalog = workspace.loadCatalog();
                Workspace.Loaded loaded = workspace.readInteractions(catalog, Progress.NONE, 1,
                        Optional.of(InteractionCache.in(folder, file)));
                if (!loaded.fromCache()) {
                    killedWhileWriting++;
                }
                InteractionCacheTest.assertSameMatrix(loaded.matrix(),
                        workspace.loadInteractionsFromSqlite(catalog, Progress.NONE, Integer.MAX_VALUE));
            }
        }
        // The copy was stale (the child had changed the workspace) in at least some kills: the test did hit writes.
        assertThat(killedWhileWriting).isPositive();
        try (var leftovers = Files.list(folder)) {
            assertThat(leftovers.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".matrix")).toList())
                    .isEqualTo(List.of(copy.getFileName().toString()));
        }
    }
}
