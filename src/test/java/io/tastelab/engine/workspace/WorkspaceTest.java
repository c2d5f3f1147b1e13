package io.tastelab.engine.workspace;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.Item;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class WorkspaceTest {

    @TempDir
    Path dir;

    static Catalog tinyCatalog() {
        return Catalog.of(List.of(
                new Item("a", "Alpha", "Book", List.of("Drama", "Crime"), "Ann", 1999, "en", List.of("classic"), true),
                new Item("b", "Bravo", "Film", List.of(), "", null, "", List.of(), false),
                new Item("c", "Charlie's \"quoted\"; DROP TABLE items;--", "Book", List.of("Sci-Fi"), "Cy", 2001, "fr",
                        List.of(), true)), new long[] {5, 0, 7});
    }

    private Workspace created(Catalog catalog) {
        Workspace workspace = Workspace.create(dir.resolve("w.tastelab"));
        workspace.replaceCatalog(catalog);
        return workspace;
    }

    @Test
    void catalogRoundTripsWithEveryFieldIncludingQuotesAndSqlLookingText() {
        try (Workspace workspace = created(tinyCatalog())) {
            assertThat(workspace.loadCatalog().items()).isEqualTo(tinyCatalog().items());
        }
        try (Workspace reopened = Workspace.open(dir.resolve("w.tastelab"))) {
            Catalog loaded = reopened.loadCatalog();
            assertThat(loaded.items()).isEqualTo(tinyCatalog().items());
            assertThat(loaded.popularityCounts()).containsExactly(5, 0, 7);
        }
    }

    @Test
    void everyKindOfCatalogEditIsSavedAtOnceAndSurvivesReopening() {
        Catalog start = tinyCatalog();
        Catalog popularity = start.withPopularity(1, 42);
        Catalog renamed = popularity.withItem(0, Item.of("a2", "Alpha Two", "Book"));
        Catalog added = renamed.withAddedItem(Item.of("d", "Delta", "Film"), 3);
        Catalog removed = added.withoutItem(1);
        try (Workspace workspace = created(start)) {
            workspace.saveCatalogEdit(start, popularity);
            workspace.saveCatalogEdit(popularity, renamed);
            workspace.saveCatalogEdit(renamed, added);
            workspace.saveCatalogEdit(added, removed);
        }
        try (Workspace reopened = Workspace.open(dir.resolve("w.tastelab"))) {
            Catalog loaded = reopened.loadCatalog();
            assertThat(loaded.items()).isEqualTo(removed.items());
            assertThat(loaded.popularityCounts()).containsExactly(removed.popularityCounts());
            // Undo of the removal: the general path puts the item back in its place.
            reopened.saveCatalogEdit(removed, added);
            assertThat(reopened.loadCatalog().items()).isEqualTo(added.items());
        }
    }

    @Test
    void deletingAnItemDeletesItsInteractionsInTheSameTransaction() throws Exception {
        Catalog start = tinyCatalog();
        try (Workspace workspace = created(start)) {
            try (ImportWriter writer = workspace.beginImport()) {
                long u = writer.userKey("u1");
                writer.addInteraction(u, writer.itemKey("a"), 5, 100L, InteractionKind.EXPLICIT);
                writer.addInteraction(u, writer.itemKey("b"), 1, null, InteractionKind.IMPLICIT);
                writer.commit();
            }
            assertThat(workspace.counts().interactions()).isEqualTo(2);
            workspace.saveCatalogEdit(start, start.withoutItem(0));
            assertThat(workspace.counts()).isEqualTo(new Workspace.Counts(2, 1, 1));
            InteractionMatrix matrix = workspace.loadInteractions(workspace.loadCatalog(), Progress.NONE);
            assertThat(matrix.rowItems(0)).containsExactly(0);
            assertThat(matrix.kinds()).containsExactly(1);
        }
    }

    @Test
    void anImportClosedWithoutCommitLeavesTheWorkspaceAsItWas() throws Exception {
        try (Workspace workspace = created(tinyCatalog())) {
            try (ImportWriter writer = workspace.beginImport()) {
                writer.putItem(Item.of("z", "Zulu", ""), 1, Map.of());
                writer.addInteraction(writer.userKey("u"), writer.itemKey("z"), 1, null, InteractionKind.IMPLICIT);
            }
            assertThat(workspace.counts()).isEqualTo(new Workspace.Counts(3, 0, 0));
            assertThat(workspace.loadCatalog().items()).isEqualTo(tinyCatalog().items());
        }
    }

    @Test
    void settingsAreKeptAcrossSessions() {
        try (Workspace workspace = created(Catalog.empty())) {
            workspace.putSetting("popularity.measure", "users'; --");
        }
        try (Workspace reopened = Workspace.open(dir.resolve("w.tastelab"))) {
            assertThat(reopened.setting("popularity.measure")).contains("users'; --");
            assertThat(reopened.setting("missing")).isEmpty();
        }
    }

    @Test
    void saveAsWritesACompleteIndependentCopy() {
        Path copy = dir.resolve("copy.tastelab");
        try (Workspace workspace = created(tinyCatalog())) {
            workspace.copyTo(copy);
            workspace.saveCatalogEdit(workspace.loadCatalog(), workspace.loadCatalog().withPopularity(0, 99));
        }
        try (Workspace opened = Workspace.open(copy)) {
            assertThat(opened.loadCatalog().popularityCounts()).containsExactly(5, 0, 7);
        }
    }

    @Test
    void creatingOverAnExistingFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("exists.tastelab"), "keep me");
        assertThatThrownBy(() -> Workspace.create(file)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("exists already");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void aMissingFileIsReportedByName() {
        Path file = dir.resolve("nowhere.tastelab");
        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(WorkspaceException.class)
                .hasMessage("no such workspace file: " + file);
    }

    @Test
    void aTextFileIsReportedAsNotAWorkspace() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.tastelab"), "id,title\na,Alpha\n");
        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(WorkspaceException.class)
                .hasMessage(file + " is not a TasteLab workspace (not an SQLite database file)");
        Path empty = Files.createFile(dir.resolve("empty.tastelab"));
        assertThatThrownBy(() -> Workspace.open(empty)).hasMessage(empty + " is empty, not a TasteLab workspace");
    }

    @Test
    void anSqliteFileOfAnotherProgramIsReportedAsNotAWorkspace() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE songs (name TEXT)");
        }
        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(WorkspaceException.class)
                .hasMessage(file + " is an SQLite database but not a TasteLab workspace");
    }

    @Test
    void aDamagedFileIsReportedAsDamaged() throws Exception {
        Path file = dir.resolve("w.tastelab");
        created(tinyCatalog()).close();
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(100); // keep the 100-byte header, wreck the schema page behind it
            raw.write(new byte[3900]);
            raw.seek(4096);
            byte[] garbage = new byte[(int) raw.length() - 4096];
            java.util.Arrays.fill(garbage, (byte) 0x5A);
            raw.write(garbage);
        }
        assertThatThrownBy(() -> {
            try (Workspace workspace = Workspace.open(file)) {
                workspace.loadCatalog();
            }
        }).isInstanceOf(WorkspaceException.class).hasMessageContaining(file.toString())
                .hasMessageMatching("(?s).*(damaged|not a TasteLab workspace).*");
    }

    @Test
    void aWorkspaceLockedByAnotherProgramIsReportedAsLocked() throws Exception {
        Path file = dir.resolve("w.tastelab");
        created(tinyCatalog()).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = other.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("BEGIN EXCLUSIVE");
            statement.execute("UPDATE items SET popularity = 1");
            assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining("locked by another program");
            statement.execute("ROLLBACK");
        }
    }

    @Test
    void aWorkspaceOpenedReadOnlyRefusesEditsWithAClearMessage() {
        Path file = dir.resolve("w.tastelab");
        created(tinyCatalog()).close();
        try (Workspace workspace = Workspace.open(file, true)) {
            Catalog catalog = workspace.loadCatalog();
            assertThat(catalog.size()).isEqualTo(3);
            assertThatThrownBy(() -> workspace.saveCatalogEdit(catalog, catalog.withPopularity(0, 1)))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining(file + " is open read-only");
        }
    }

    @Test
    void aFileWithoutWritePermissionIsReportedAsReadOnly() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root can write any file");
        Path file = dir.resolve("w.tastelab");
        created(tinyCatalog()).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(file + " is read-only");
    }

    @Test
    void readingInteractionsWithSeveralConnectionsGivesTheSameMatrixAsOne() throws Exception {
        try (Workspace workspace = created(tinyCatalog())) {
            try (ImportWriter writer = workspace.beginImport()) {
                for (int r = 0; r < 30_000; r++) {
                    writer.addInteraction(writer.userKey("u" + (r % 977)), writer.itemKey(r % 3 == 0 ? "a" : r % 3 == 1 ? "b" : "c"),
                            r % 5, r % 7 == 0 ? null : (long) r, r % 11 == 0 ? InteractionKind.IMPLICIT : InteractionKind.EXPLICIT);
                }
                writer.commit();
            }
            Catalog before = workspace.loadCatalog();
            workspace.saveCatalogEdit(before, before.withoutItem(1)); // leaves holes in the rowids
            Catalog catalog = workspace.loadCatalog();
            InteractionMatrix one = workspace.loadInteractionsFromSqlite(catalog, Progress.NONE, Integer.MAX_VALUE);
            InteractionMatrix several = workspace.loadInteractionsFromSqlite(catalog, Progress.NONE, 1);
            assertThat(several.nnz()).isEqualTo(20_000);
            assertThat(several.csr()).usingRecursiveComparison().isEqualTo(one.csr());
            assertThat(several.csc()).usingRecursiveComparison().isEqualTo(one.csc());
            assertThat(several.timestamps()).isEqualTo(one.timestamps());
            assertThat(several.kinds()).isEqualTo(one.kinds());
        }
    }
}
