package io.tastelab.engine.workspace;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.Item;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast-open copy of the interactions: used only when it was made from exactly what the workspace holds. */
class InteractionCacheTest {

    @TempDir
    Path dir;

    private Path cacheFolder() {
        return dir.resolve("cache");
    }

    private Optional<InteractionCache> cacheOf(Path workspace) {
        return Optional.of(InteractionCache.in(cacheFolder(), workspace));
    }

    /** A workspace of three items, 977 users and 30,000 interactions with and without timestamps, of both kinds. */
    private Path filled(String name) {
        Path file = dir.resolve(name);
        try (Workspace workspace = Workspace.create(file)) {
            workspace.replaceCatalog(WorkspaceTest.tinyCatalog());
            addInteractions(workspace, 30_000, "u");
        }
        return file;
    }

    static void addInteractions(Workspace workspace, int rows, String userPrefix) {
        try (ImportWriter writer = workspace.beginImport()) {
            for (int r = 0; r < rows; r++) {
                writer.addInteraction(writer.userKey(userPrefix + (r % 977)), writer.itemKey(r % 3 == 0 ? "a" : r % 3 == 1 ? "b" : "c"),
                        r % 5, r % 7 == 0 ? null : (long) r, r % 11 == 0 ? InteractionKind.IMPLICIT : InteractionKind.EXPLICIT);
            }
            writer.commit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads through the cache (storing a new copy when it read SQLite), and checks the result against SQLite alone. */
    private Workspace.Loaded loadAndCheck(Workspace workspace) {
        Catalog catalog = workspace.loadCatalog();
        Workspace.Loaded loaded = workspace.readInteractions(catalog, Progress.NONE, 1, cacheOf(workspace.file()));
        loaded.storeCache(Progress.NONE);
        assertSameMatrix(loaded.matrix(), workspace.loadInteractionsFromSqlite(catalog, Progress.NONE, Integer.MAX_VALUE));
        return loaded;
    }

    static void assertSameMatrix(InteractionMatrix actual, InteractionMatrix expected) {
        assertThat(actual.userCount()).isEqualTo(expected.userCount());
        assertThat(actual.itemCount()).isEqualTo(expected.itemCount());
        for (int u = 0; u < expected.userCount(); u++) {
            assertThat(actual.userId(u)).isEqualTo(expected.userId(u));
        }
        assertThat(actual.csr()).usingRecursiveComparison().isEqualTo(expected.csr());
        assertThat(actual.csc()).usingRecursiveComparison().isEqualTo(expected.csc());
        assertThat(actual.timestamps()).isEqualTo(expected.timestamps());
        assertThat(actual.kinds()).isEqualTo(expected.kinds());
    }

    @Test
    void theSecondOpeningReadsTheCopyAndGetsTheSameMatrix() {
        Path file = filled("w" + workspaces++ + ".tastelab");
        try (Workspace workspace = Workspace.open(file)) {
            Workspace.Loaded first = loadAndCheck(workspace);
            assertThat(first.fromCache()).isFalse();
            assertThat(Files.exists(InteractionCache.in(cacheFolder(), file).file())).isTrue();
        }
        try (Workspace workspace = Workspace.open(file, true)) {
            assertThat(loadAndCheck(workspace).fromCache()).isTrue();
        }
    }

    private int workspaces;

    /** Each change, made by TasteLab or by another program on the same file, makes the copy stale. */
    private void assertChangeMakesTheCopyStale(Consumer<Path> change) {
        Path file = filled("w" + workspaces++ + ".tastelab");
        try (Workspace workspace = Workspace.open(file)) {
            loadAndCheck(workspace);
            assertThat(loadAndCheck(workspace).fromCache()).isTrue();
        }
        change.accept(file);
        try (Workspace workspace = Workspace.open(file, true)) {
            assertThat(loadAndCheck(workspace).fromCache()).as("first load after the change").isFalse();
        }
        try (Workspace workspace = Workspace.open(file)) {
            loadAndCheck(workspace);
            assertThat(loadAndCheck(workspace).fromCache()).as("the rebuilt copy").isTrue();
        }
    }

    /** Runs SQL through a connection of its own, as another program or an older TasteLab would. */
    private static Consumer<Path> otherProgram(String... statements) {
        return file -> {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                 Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @Test
    void anotherImportMakesTheCopyStale() {
        assertChangeMakesTheCopyStale(file -> {
            try (Workspace workspace = Workspace.open(file)) {
                addInteractions(workspace, 10, "new");
            }
        });
    }

    @Test
    void deletingAnItemMakesTheCopyStale() {
        assertChangeMakesTheCopyStale(file -> {
            try (Workspace workspace = Workspace.open(file)) {
                Catalog catalog = workspace.loadCatalog();
                workspace.saveCatalogEdit(catalog, catalog.withoutItem(2));
            }
        });
    }

    @Test
    void addingAnItemMakesTheCopyStale() {
        assertChangeMakesTheCopyStale(file -> {
            try (Workspace workspace = Workspace.open(file)) {
                Catalog catalog = workspace.loadCatalog();
                workspace.saveCatalogEdit(catalog, catalog.withAddedItem(Item.of("d", "Delta", "Book"), 0));
            }
        });
    }

    @Test
    void reimportingAFileMakesTheCopyStale() {
        assertChangeMakesTheCopyStale(file -> {
            try (Workspace workspace = Workspace.open(file)) {
                try (ImportWriter writer = workspace.beginImport()) {
                    writer.beginFile("r.csv", 10, "ab");
                    writer.addInteraction(writer.userKey("x"), writer.itemKey("a"), 1, null, InteractionKind.EXPLICIT);
                    writer.commit();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
                assertThat(loadAndCheck(workspace).fromCache()).isFalse();
                assertThat(loadAndCheck(workspace).fromCache()).isTrue();
            }
            // The bulk delete of a forgotten import runs with the per-row trigger suspended, and changes the token once.
            try (Workspace workspace = Workspace.open(file)) {
                try (ImportWriter writer = workspace.beginImport()) {
                    writer.forgetImport(writer.findImport("ab", 10).orElseThrow());
                    writer.commit();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    @Test
    void changesByAnotherProgramMakeTheCopyStale() {
        assertChangeMakesTheCopyStale(otherProgram("UPDATE interactions SET value = value + 1 WHERE rowid = 5"));
        assertChangeMakesTheCopyStale(otherProgram("DELETE FROM interactions WHERE rowid = 7"));
        assertChangeMakesTheCopyStale(otherProgram("INSERT INTO interactions (user_key, item_key, value, kind) "
                + "SELECT user_key, item_key, 9, 0 FROM interactions WHERE rowid = 1"));
        assertChangeMakesTheCopyStale(otherProgram("UPDATE users SET id = 'renamed' WHERE key = 1"));
        assertChangeMakesTheCopyStale(otherProgram("UPDATE items SET position = 5 - position"));
        assertChangeMakesTheCopyStale(otherProgram("UPDATE items SET id = 'z' WHERE id = 'a'"));
    }

    @Test
    void aRowInsertedUnderAnOldRowidIsSeenByTheRowCount() {
        assertChangeMakesTheCopyStale(otherProgram("DELETE FROM interactions WHERE rowid = 9"));
        Path file = dir.resolve("w0.tastelab");
        // No trigger fires on an insert; the count of rows tells, even where the highest rowid stays the same.
        otherProgram("INSERT INTO interactions (rowid, user_key, item_key, value, kind) VALUES (9, 1, 1, 4, 0)").accept(file);
        try (Workspace workspace = Workspace.open(file, true)) {
            assertThat(loadAndCheck(workspace).fromCache()).isFalse();
        }
    }

    @Test
    void aChangeMadeWhileATriggerWasDroppedIsNotMissed() {
        // Read-only, an incomplete set of triggers means no copy; opened for writing, they come back with a new token.
        assertChangeMakesTheCopyStale(otherProgram("DROP TRIGGER interactions_updated",
                "UPDATE interactions SET value = 0 WHERE rowid = 3"));
    }

    @Test
    void editsThatLeaveTheMatrixAsItWasKeepTheCopy() {
        Path file = filled("w" + workspaces++ + ".tastelab");
        try (Workspace workspace = Workspace.open(file)) {
            loadAndCheck(workspace);
            Catalog catalog = workspace.loadCatalog();
            workspace.saveCatalogEdit(catalog, catalog.withPopularity(0, 99));
            workspace.putSetting("theme", "dark");
            assertThat(loadAndCheck(workspace).fromCache()).isTrue();
        }
    }

    @Test
    void aDamagedTruncatedOrForeignCopyIsIgnoredAndReplaced() throws Exception {
        Path file = filled("w" + workspaces++ + ".tastelab");
        Path copy = InteractionCache.in(cacheFolder(), file).file();
        try (Workspace workspace = Workspace.open(file, true)) {
            loadAndCheck(workspace);
            byte[] good = Files.readAllBytes(copy);
            byte[] flipped = good.clone();
            flipped[good.length / 2] ^= 1;
            byte[] versioned = good.clone();
            versioned[8]++;
            for (byte[] bad : List.of(flipped, java.util.Arrays.copyOf(good, good.length - 100), new byte[0], versioned,
                    "not a matrix".getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                Files.write(copy, bad);
                assertThat(loadAndCheck(workspace).fromCache()).isFalse();
                assertThat(Files.readAllBytes(copy)).isEqualTo(good);
                assertThat(loadAndCheck(workspace).fromCache()).isTrue();
            }
        }
    }

    @Test
    void aCopyMadeForAnotherCatalogIsNotUsed() {
        Path file = filled("w" + workspaces++ + ".tastelab");
        try (Workspace workspace = Workspace.open(file, true)) {
            loadAndCheck(workspace);
            Catalog reordered = Catalog.of(List.of(WorkspaceTest.tinyCatalog().item(1), WorkspaceTest.tinyCatalog().item(0),
                    WorkspaceTest.tinyCatalog().item(2)), new long[3]);
            Workspace.Loaded loaded = workspace.readInteractions(reordered, Progress.NONE, 1, cacheOf(file));
            assertThat(loaded.fromCache()).isFalse();
            assertSameMatrix(loaded.matrix(), workspace.loadInteractionsFromSqlite(reordered, Progress.NONE, 1));
        }
    }

    @Test
    void anUnwritableCacheFolderOnlyMeansNoCopy() throws Exception {
        Path file = filled("w" + workspaces++ + ".tastelab");
        Path notAFolder = dir.resolve("plain-file");
        Files.writeString(notAFolder, "x");
        try (Workspace workspace = Workspace.open(file, true)) {
            Catalog catalog = workspace.loadCatalog();
            Optional<InteractionCache> cache = Optional.of(InteractionCache.in(notAFolder.resolve("cache"), file));
            Workspace.Loaded loaded = workspace.readInteractions(catalog, Progress.NONE, 1, cache);
            assertThat(loaded.storeCache(Progress.NONE)).isFalse();
            assertSameMatrix(loaded.matrix(), workspace.loadInteractionsFromSqlite(catalog, Progress.NONE, 1));
            assertThat(workspace.readInteractions(catalog, Progress.NONE, 1, cache).fromCache()).isFalse();
        }
    }

    @Test
    void aCopyOfTheWorkspaceDoesNotInheritTheCopyOfAnother() {
        Path file = filled("w" + workspaces++ + ".tastelab");
        Path saved = dir.resolve("saved.tastelab");
        try (Workspace workspace = Workspace.open(file)) {
            loadAndCheck(workspace);
            workspace.copyTo(saved);
            addInteractions(workspace, 5, "later");
            loadAndCheck(workspace);
        }
        try (Workspace copy = Workspace.open(saved)) {
            assertThat(loadAndCheck(copy).fromCache()).isFalse();
            assertThat(loadAndCheck(copy).fromCache()).isTrue();
        }
        try (Workspace original = Workspace.open(file, true)) {
            assertThat(loadAndCheck(original).fromCache()).isTrue();
        }
    }

    @Test
    void aWorkspaceWrittenWithoutTrackingGetsNoCopyUntilOpenedForWriting() {
        Path file = filled("w" + workspaces++ + ".tastelab");
        otherProgram("DROP TRIGGER items_moved", "DROP TABLE change_token").accept(file);
        try (Workspace workspace = Workspace.open(file, true)) {
            Workspace.Loaded loaded = loadAndCheck(workspace);
            assertThat(loaded.fromCache()).isFalse();
            assertThat(Files.exists(InteractionCache.in(cacheFolder(), file).file())).isFalse();
        }
        try (Workspace workspace = Workspace.open(file)) {
            assertThat(loadAndCheck(workspace).fromCache()).isFalse();
            assertThat(loadAndCheck(workspace).fromCache()).isTrue();
        }
    }
}
