package io.tastelab.engine.exchange;

import io.tastelab.engine.task.Progress;
import io.tastelab.engine.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same interactions file twice, duplicates within a file, and workspaces from before imports were recorded. */
class ReimportTest {

    private static final CsvImporter.InteractionColumns COLUMNS =
            new CsvImporter.InteractionColumns("user", "item", "rating", "timestamp", ',');

    @TempDir
    Path dir;

    private ImportReport importCsv(Workspace workspace, Path file, ImportOptions options) throws Exception {
        return CsvImporter.importFiles(workspace, file, COLUMNS, null, null, options, Progress.NONE);
    }

    private Path csv(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), "user,item,rating,timestamp\n" + text);
    }

    private long scalar(Path file, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void theSameContentIsRefusedUnderAnyNameAndNothingChanges() throws Exception {
        Path file = dir.resolve("w.tastelab");
        Path first = csv("ratings.csv", "u1,a,5,100\nu2,a,4,100\nu2,b,3,100\n");
        try (Workspace workspace = Workspace.create(file)) {
            assertThat(importCsv(workspace, first, ImportOptions.defaults()).committed()).isTrue();
            Path copy = Files.copy(first, dir.resolve("copy of ratings.csv"));
            assertThatThrownBy(() -> importCsv(workspace, copy, ImportOptions.defaults()))
                    .isInstanceOf(AlreadyImportedException.class)
                    .hasMessageMatching("copy of ratings\\.csv was already imported into w\\.tastelab on "
                            + "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC \\(as ratings\\.csv\\), 3 interactions with the same "
                            + "content; nothing was imported");
            assertThat(workspace.counts()).isEqualTo(new Workspace.Counts(2, 2, 3));
        }
        assertThat(scalar(file, "SELECT COUNT(*) FROM imports")).isEqualTo(1);
    }

    @Test
    void countsInTheRefusalAndTheReplacedNoteAreGroupedAsThePanesShowThem() throws Exception {
        Path file = dir.resolve("w.tastelab");
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 1_200; i++) {
            rows.append("u").append(i).append(",a,").append(1 + i % 5).append(",100\n");
        }
        Path ratings = csv("ratings.csv", rows.toString());
        try (Workspace workspace = Workspace.create(file)) {
            assertThat(importCsv(workspace, ratings, ImportOptions.defaults()).summary())
                    .startsWith("imported 1,200 interactions, 1,200 new users, 1 item");
            assertThatThrownBy(() -> importCsv(workspace, ratings, ImportOptions.defaults()))
                    .isInstanceOf(AlreadyImportedException.class)
                    .hasMessageContaining(", 1,200 interactions with the same content");
            assertThat(importCsv(workspace, ratings, ImportOptions.defaults().withReplace(true)).summary())
                    .endsWith("UTC (1,200 interactions)");
        }
    }

    @Test
    void replaceSwapsTheEarlierImportsInteractionsInOneTransaction() throws Exception {
        Path file = dir.resolve("w.tastelab");
        Path first = csv("first.csv", "u1,a,5,100\nu2,a,4,100\nu2,b,3,100\n");
        Path second = csv("second.csv", "u3,b,5,200\n");
        try (Workspace workspace = Workspace.create(file)) {
            importCsv(workspace, first, ImportOptions.defaults());
            importCsv(workspace, second, ImportOptions.defaults());
            ImportReport replaced = importCsv(workspace, first, ImportOptions.defaults().withReplace(true));
            assertThat(replaced.summary()).matches("imported 3 interactions, 0 new users, 0 items; replaced the import of "
                    + "first\\.csv made on .* UTC \\(3 interactions\\)");
            assertThat(workspace.counts()).isEqualTo(new Workspace.Counts(2, 3, 4));
            assertThat(workspace.loadCatalog().popularityCounts()).containsExactly(2, 2);
        }
        assertThat(scalar(file, "SELECT COUNT(*) FROM imports")).isEqualTo(2);
        assertThat(scalar(file, "SELECT COUNT(*) FROM interactions WHERE import_id IS NULL")).isZero();
        assertThat(scalar(file, "SELECT SUM(interactions) FROM imports")).isEqualTo(4);
    }

    @Test
    void aRowRepeatingUserItemAndTimestampInOneFileIsABadRow() throws Exception {
        Path file = dir.resolve("w.tastelab");
        Path ratings = csv("ratings.csv", "u1,a,5,100\nu1,a,4,101\nu1,a,3,100\nu2,a,5,\nu2,a,1,\nu1,b,2,100\n");
        try (Workspace workspace = Workspace.create(file)) {
            ImportReport refused = importCsv(workspace, ratings, ImportOptions.defaults());
            assertThat(refused.committed()).isFalse();
            assertThat(refused.badRows()).extracting(BadRow::toString).containsExactly(
                    "ratings.csv:4: duplicate: the same user, item and timestamp as an earlier row",
                    "ratings.csv:6: duplicate: the same user and item as an earlier row, neither with a timestamp");
            assertThat(workspace.counts().interactions()).isZero();
            ImportReport skipped = importCsv(workspace, ratings, ImportOptions.defaults().withSkipBad(true));
            assertThat(skipped.interactions()).isEqualTo(4);
            assertThat(workspace.counts().interactions()).isEqualTo(4);
        }
    }

    @Test
    void aVersion1WorkspaceOpensUpgradedWithItsDataAndTakesImports() throws Exception {
        Path file = dir.resolve("old.tastelab");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            // The version 1 schema as TasteLab wrote it before imports were recorded.
            statement.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
            statement.execute("INSERT INTO schema_version VALUES (1)");
            statement.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            statement.execute("CREATE TABLE items (key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, position INTEGER NOT NULL, "
                    + "title TEXT NOT NULL, category TEXT NOT NULL DEFAULT '', creator TEXT NOT NULL DEFAULT '', year INTEGER, "
                    + "language TEXT NOT NULL DEFAULT '', available INTEGER NOT NULL DEFAULT 1 CHECK (available IN (0, 1)), "
                    + "popularity INTEGER NOT NULL DEFAULT 0 CHECK (popularity >= 0))");
            statement.execute("CREATE TABLE item_attributes (item_key INTEGER NOT NULL REFERENCES items(key) ON DELETE CASCADE, "
                    + "name TEXT NOT NULL, ordinal INTEGER NOT NULL, value TEXT NOT NULL, PRIMARY KEY (item_key, name, ordinal)) "
                    + "WITHOUT ROWID");
            statement.execute("CREATE TABLE users (key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE)");
            statement.execute("CREATE TABLE interactions (user_key INTEGER NOT NULL, item_key INTEGER NOT NULL, value REAL NOT NULL, "
                    + "timestamp INTEGER, kind INTEGER NOT NULL CHECK (kind IN (0, 1)))");
            statement.execute("INSERT INTO items (key, id, position, title, popularity) VALUES (1, 'a', 0, 'A', 1)");
            statement.execute("INSERT INTO users VALUES (1, 'u1')");
            statement.execute("INSERT INTO interactions VALUES (1, 1, 5, 100, 0)");
        }
        try (Workspace readOnly = Workspace.open(file, true)) {
            assertThat(readOnly.counts()).isEqualTo(new Workspace.Counts(1, 1, 1));
        }
        assertThat(scalar(file, "SELECT version FROM schema_version")).isEqualTo(1);
        try (Workspace workspace = Workspace.open(file)) {
            assertThat(workspace.counts()).isEqualTo(new Workspace.Counts(1, 1, 1));
            Path more = csv("more.csv", "u2,a,4,100\n");
            importCsv(workspace, more, ImportOptions.defaults());
            assertThatThrownBy(() -> importCsv(workspace, more, ImportOptions.defaults()))
                    .isInstanceOf(AlreadyImportedException.class);
            assertThat(workspace.loadCatalog().popularityCounts()).containsExactly(2);
        }
        assertThat(scalar(file, "SELECT version FROM schema_version")).isEqualTo(2);
        assertThat(scalar(file, "SELECT COUNT(*) FROM interactions WHERE import_id IS NULL")).isEqualTo(1);
    }
}
