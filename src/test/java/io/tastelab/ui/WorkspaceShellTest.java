package io.tastelab.ui;

import io.tastelab.engine.TinyCatalogs;
import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.interactions.InteractionPopularity;
import io.tastelab.engine.workspace.Workspace;
import io.tastelab.ui.importing.ImportViewModel;
import io.tastelab.ui.matrix.MatrixViewModel;
import io.tastelab.ui.popularity.PopularityViewModel;
import io.tastelab.ui.shell.RecentWorkspaces;
import io.tastelab.ui.shell.ShellViewModel;
import io.tastelab.ui.task.DirectBackgroundTasks;
import io.tastelab.ui.task.HeldBackgroundTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Workspace files, undo/redo, import, derived popularity and the matrix pane on the ViewModels (no FX toolkit). */
class WorkspaceShellTest {

    @TempDir
    Path dir;

    private final WorkspaceState state = new WorkspaceState(TinyCatalogs.five(), "tiny");
    private final DirectBackgroundTasks tasks = new DirectBackgroundTasks();
    private final RecentWorkspaces recent = RecentWorkspaces.inMemory();
    private final ShellViewModel shell = new ShellViewModel(state, tasks, recent);

    private static Path fixture(String name) {
        try {
            return Path.of(WorkspaceShellTest.class.getResource("/imports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Catalog reread(Path file) {
        try (Workspace workspace = Workspace.open(file, true)) {
            return workspace.loadCatalog();
        }
    }

    @Test
    void editingTheReadOnlySampleIsRefusedAndOffersACopyThatCanBeEdited() {
        shell.reloadSample();
        assertThat(shell.windowTitle().get()).isEqualTo("TasteLab — Built-in sample (read-only)");
        Catalog sample = state.catalog();
        // The sample comes with its synthetic ratings, over the same catalog snapshot.
        assertThat(state.interactionsProperty().get().catalog()).isSameAs(sample);
        assertThat(state.interactionsProperty().get().matrix().userCount()).isEqualTo(300);
        assertThat(state.edit(c -> c.withPopularity(0, 1))).get().asString().contains("read-only");
        assertThat(state.catalog()).isSameAs(sample);
        assertThat(shell.copyOfferedProperty().get()).isTrue();

        Path copy = dir.resolve("mine.tastelab");
        shell.saveAs(copy);
        assertThat(shell.copyOfferedProperty().get()).isFalse();
        assertThat(shell.windowTitle().get()).isEqualTo("TasteLab — mine.tastelab");
        assertThat(state.edit(c -> c.withPopularity(0, 12345))).isEmpty();
        assertThat(reread(copy).popularity(0)).isEqualTo(12345);
        shell.closeOpen();
    }

    @Test
    void aCopyOfTheSampleKeepsItsRatingsAndRecordsWhereTheyCameFrom() throws Exception {
        shell.reloadSample();
        io.tastelab.engine.interactions.InteractionMatrix sampleRatings = state.interactionsProperty().get().matrix();
        Path copy = dir.resolve("sample-copy.tastelab");
        shell.saveAs(copy);

        // then: the copy holds the catalog and every rating, and the panes show the copy's ratings
        try (Workspace saved = Workspace.open(copy, true)) {
            assertThat(saved.counts()).isEqualTo(new Workspace.Counts(state.catalog().size(), 300, sampleRatings.nnz()));
            Catalog savedCatalog = saved.loadCatalog();
            assertThat(saved.loadInteractions(savedCatalog, io.tastelab.engine.task.Progress.NONE).userId(0)).isEqualTo("u001");
            assertThat(savedCatalog.popularityCounts()).isEqualTo(state.catalog().popularityCounts());
        }
        assertThat(state.interactionsProperty().get().matrix().nnz()).isEqualTo(sampleRatings.nnz());
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy);
             var rows = connection.createStatement().executeQuery("SELECT file_name, interactions FROM imports")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("built-in-sample-interactions.csv");
            assertThat(rows.getLong(2)).isEqualTo(sampleRatings.nnz());
            assertThat(rows.next()).isFalse();
        }
        shell.closeOpen();
    }

    @Test
    void everyEditIsSavedAtOnceAndUndoRedoAreSavedToo() {
        Path file = dir.resolve("w.tastelab");
        shell.saveAs(file);
        long original = state.catalog().popularity(1);
        assertThat(state.edit(c -> c.withPopularity(1, 77))).isEmpty();
        assertThat(state.edit(c -> c.withoutItem(0))).isEmpty();
        assertThat(reread(file).size()).isEqualTo(4);

        shell.undo();
        assertThat(reread(file).size()).isEqualTo(5);
        assertThat(reread(file).popularity(1)).isEqualTo(77);
        shell.undo();
        assertThat(reread(file).popularity(1)).isEqualTo(original);
        assertThat(state.canUndoProperty().get()).isFalse();
        shell.redo();
        assertThat(reread(file).popularity(1)).isEqualTo(77);
        assertThat(state.canRedoProperty().get()).isTrue();
        shell.closeOpen();
    }

    @Test
    void reopeningTheLastWorkspaceFindsEverythingAsItWasLeft() {
        Path file = dir.resolve("w.tastelab");
        shell.saveAs(file);
        state.edit(c -> c.withPopularity(2, 999));
        shell.closeOpen();

        WorkspaceState next = new WorkspaceState(Catalog.empty(), "start");
        ShellViewModel restarted = new ShellViewModel(next, tasks, recent);
        assertThat(restarted.recentFiles()).containsExactly(file.toAbsolutePath());
        assertThat(restarted.reopenLast()).isTrue();
        assertThat(next.catalog().popularity(2)).isEqualTo(999);
        assertThat(restarted.workspaceFileProperty().get()).isEqualTo(file.toAbsolutePath());
        restarted.closeOpen();
    }

    @Test
    void aFileThatIsNotAWorkspaceShowsAClearErrorAndKeepsTheCurrentOne() throws Exception {
        Path notes = java.nio.file.Files.writeString(dir.resolve("notes.tastelab"), "hello");
        Catalog before = state.catalog();
        shell.openWorkspaceFile(notes);
        assertThat(shell.errorProperty().get())
                .isEqualTo("Could not open the workspace: " + notes + " is not a TasteLab workspace (not an SQLite database file)");
        assertThat(state.catalog()).isSameAs(before);
    }

    @Test
    void importListsBadRowsImportsNothingThenSkipsThemWhenAsked() {
        shell.newWorkspace(dir.resolve("movies.tastelab"));
        ImportViewModel importer = new ImportViewModel(shell, tasks);
        importer.ratingsFileProperty().set(fixture("ml-bad/ratings.csv").toString());
        assertThat(importer.itemsFileProperty().get()).as("movies.csv beside ratings.csv is filled in")
                .isEqualTo(fixture("ml-bad/movies.csv").toString());
        assertThat(importer.start()).isEmpty();
        assertThat(importer.badRows()).extracting(Object::toString).containsExactly(
                "ratings.csv:3: expected userId, movieId, rating and timestamp, found 2 fields",
                "ratings.csv:4: rating 'great' is not a number",
                "ratings.csv:5: unknown item id '999'");
        assertThat(state.catalog().size()).isZero();

        assertThat(importer.skipBadRowsAndImport()).isEmpty();
        assertThat(importer.statusProperty().get()).startsWith("imported 2 interactions");
        assertThat(state.catalog().size()).isEqualTo(2);
        assertThat(state.interactionsProperty().get().matrix().nnz()).isEqualTo(2);
        assertThat(state.catalog().popularityCounts()).containsExactly(1, 1);
        shell.closeOpen();
    }

    @Test
    void importCancelledFromTheStatusBarLeavesTheDialogIdleAndTheWorkspaceAsItWas() {
        shell.newWorkspace(dir.resolve("movies.tastelab"));
        HeldBackgroundTasks importTasks = new HeldBackgroundTasks();
        ImportViewModel importer = new ImportViewModel(shell, importTasks);
        importer.ratingsFileProperty().set(fixture("ml-100k/u.data").toString());
        // given: an import running in the background
        assertThat(importer.start()).isEmpty();
        assertThat(importer.runningProperty().get()).isTrue();
        // when: the status bar's Cancel cancels the current task, then the work notices
        importTasks.currentProperty().get().cancel();
        importTasks.runPending();
        // then: the dialog is idle and says so, nothing was imported, and a new import can start
        assertThat(importer.runningProperty().get()).isFalse();
        assertThat(importer.taskProperty().get()).isNull();
        assertThat(importer.statusProperty().get()).isEqualTo("Import cancelled; the workspace is as it was.");
        assertThat(state.catalog().size()).isZero();
        assertThat(importer.start()).isEmpty();
        importTasks.runPending();
        assertThat(importer.statusProperty().get()).startsWith("imported 5 interactions");
        assertThat(state.catalog().size()).isEqualTo(3);
        shell.closeOpen();
    }

    @Test
    void catalogAndPopularityExportAsCsvThatReadsBack() throws Exception {
        Path catalogCsv = dir.resolve("catalog.csv");
        Path popularityCsv = dir.resolve("popularity.csv");
        shell.exportCatalog(catalogCsv);
        shell.exportPopularity(popularityCsv);
        try (var reader = java.nio.file.Files.newBufferedReader(catalogCsv)) {
            Catalog back = io.tastelab.engine.sample.CatalogCsv.read(reader, "catalog.csv");
            assertThat(back.items()).isEqualTo(state.catalog().items());
            assertThat(back.popularityCounts()).containsExactly(state.catalog().popularityCounts());
        }
        assertThat(java.nio.file.Files.readAllLines(popularityCsv)).hasSize(6).first().isEqualTo("rank,id,title,popularity");
    }

    @Test
    void importWithoutAWorkspaceFileExplainsWhatToDo() {
        ImportViewModel importer = new ImportViewModel(shell, tasks);
        importer.ratingsFileProperty().set(fixture("ml-1m/ratings.dat").toString());
        assertThat(importer.start()).get().asString().startsWith("Import needs a workspace file");
    }

    @Test
    void derivingPopularityFromInteractionsIsOneUndoableEdit() {
        shell.newWorkspace(dir.resolve("books.tastelab"));
        ImportViewModel importer = new ImportViewModel(shell, tasks);
        importer.formatProperty().set(ImportViewModel.Format.GOODBOOKS);
        importer.ratingsFileProperty().set(fixture("goodbooks/ratings.csv").toString());
        assertThat(importer.implicitFileProperty().get()).endsWith("to_read.csv");
        assertThat(importer.start()).isEmpty();
        PopularityViewModel popularity = new PopularityViewModel(state, tasks);
        assertThat(state.catalog().popularityCounts()).containsExactly(3, 2, 1);

        popularity.deriveMeasureProperty().set(InteractionPopularity.Measure.SUM_OF_VALUES);
        assertThat(popularity.deriveFromInteractions()).isTrue();
        assertThat(state.catalog().popularityCounts()).containsExactly(9, 5, 2);
        popularity.deriveMeasureProperty().set(InteractionPopularity.Measure.VALUES_AT_LEAST);
        popularity.thresholdTextProperty().set("4");
        assertThat(popularity.deriveFromInteractions()).isTrue();
        assertThat(state.catalog().popularityCounts()).containsExactly(1, 1, 0);
        shell.undo();
        assertThat(state.catalog().popularityCounts()).containsExactly(9, 5, 2);
        popularity.halfLifeDaysTextProperty().set("-1");
        assertThat(popularity.deriveFromInteractions()).isFalse();
        assertThat(popularity.errorProperty().get()).isEqualTo("half-life must be a positive number of days, got '-1'");
        shell.closeOpen();
    }

    @Test
    void theMatrixPaneShowsSizeDensityAndAUsersHistoryOnClick() {
        shell.newWorkspace(dir.resolve("ml.tastelab"));
        ImportViewModel importer = new ImportViewModel(shell, tasks);
        importer.ratingsFileProperty().set(fixture("ml-100k/u.data").toString());
        assertThat(importer.start()).isEmpty();
        MatrixViewModel matrix = new MatrixViewModel(state, tasks);
        assertThat(matrix.summaryProperty().get()).isEqualTo("3 users × 3 items, 5 interactions — density 55.5556%, sparsity 44.4444%");
        assertThat(matrix.overviewProperty().get()).isNotNull();
        assertThat(matrix.itemTailProperty().get().counts()).containsExactly(2, 2, 1);

        matrix.selectAt(0.5, 0.01); // the top row: the most active user (user 1, ties by index)
        assertThat(matrix.selectedUserProperty().get()).isEqualTo("User 1: 2 interactions");
        assertThat(matrix.history()).extracting(MatrixViewModel.HistoryRow::title)
                .containsExactly("Toy Story (1995)", "GoldenEye (1995)");
        assertThat(matrix.selectUser("3")).isTrue();
        assertThat(matrix.history()).extracting(MatrixViewModel.HistoryRow::value).containsExactly(2f);
        shell.closeOpen();
    }
}
