package io.tastelab.ui;

import io.tastelab.engine.TinyCatalogs;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.ui.evaluate.EvaluationViewModel;
import io.tastelab.ui.importing.ImportViewModel;
import io.tastelab.ui.shell.RecentWorkspaces;
import io.tastelab.ui.shell.ShellViewModel;
import io.tastelab.ui.task.DirectBackgroundTasks;
import io.tastelab.ui.task.HeldBackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** No silent or stale results: the import dialog's paths and report, and the evaluation's table, on the ViewModels. */
class StaleResultsTest {

    @TempDir
    Path dir;

    private final WorkspaceState state = new WorkspaceState(TinyCatalogs.five(), "tiny");
    private final DirectBackgroundTasks tasks = new DirectBackgroundTasks();
    private final ShellViewModel shell = new ShellViewModel(state, tasks, RecentWorkspaces.inMemory());

    @AfterEach
    void close() {
        shell.closeOpen();
    }

    private static Path fixture(String name) {
        try {
            return Path.of(StaleResultsTest.class.getResource("/imports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void typingARatingsPathLetterByLetterThrowsNothingAndABadPathSaysWhy() {
        ImportViewModel importer = new ImportViewModel(shell, tasks);
        List<Throwable> thrown = new ArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.currentThread().getUncaughtExceptionHandler();
        // a property listener's exception goes to this handler (and so only to the log)
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> thrown.add(e));
        try {
            for (String typed : List.of("/", "/h", "/home/", "", "C:", "/tmp/ratings.csv")) {
                importer.ratingsFileProperty().set(typed);
                assertThat(importer.errorProperty().get()).as(typed).isEmpty();
            }
            importer.ratingsFileProperty().set("/tmp/a\u0000b.csv");
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(before);
        }
        assertThat(thrown).isEmpty();
        assertThat(importer.errorProperty().get()).startsWith("Cannot use the ratings path '/tmp/a");
    }

    @Test
    void oneSkippedBadRowIsOneRow() {
        shell.newWorkspace(dir.resolve("movies.tastelab"));
        ImportViewModel importer = new ImportViewModel(shell, tasks);
        importer.ratingsFileProperty().set(fixture("ml-one-bad/ratings.csv").toString());
        assertThat(importer.start()).isEmpty();
        assertThat(importer.statusProperty().get()).isEqualTo(
                "1 bad row found; nothing was imported. The list below says where; correct the file, or skip those rows.");
        // The way to import the good rows is said once, by the dialog's button, not again in the message.
        assertThat(importer.statusProperty().get()).doesNotContain("import the rest");
        assertThat(importer.badRows()).extracting(Object::toString)
                .containsExactly("ratings.csv:12: rating 'five stars' is not a number");
        assertThat(importer.skipBadRowsAndImport()).isEmpty();
        assertThat(importer.statusProperty().get())
                .isEqualTo("imported 32 interactions, 8 new users, 6 items; skipped 1 bad row; popularity set to users per item");
    }

    @Test
    void aReRunClearsThePreviousTableAndACancelLeavesNothingToExport() {
        HeldBackgroundTasks held = new HeldBackgroundTasks();
        EvaluationViewModel evaluation = new EvaluationViewModel(state, held);
        assertThat(evaluation.run()).isTrue();
        held.runPending();
        assertThat(evaluation.results()).isNotEmpty();
        // when: a second run starts
        assertThat(evaluation.run()).isTrue();
        // then: the first run's rows are gone while it runs, and Export refuses
        assertThat(evaluation.results()).isEmpty();
        assertThat(evaluation.exportCsv(dir.resolve("out.csv"))).get().asString().contains("running");
        // when: it is cancelled
        evaluation.cancel();
        held.runPending();
        // then: no table, a status that says so, and nothing to export
        assertThat(evaluation.results()).isEmpty();
        assertThat(evaluation.statusProperty().get()).startsWith("cancelled: no results");
        assertThat(evaluation.exportCsv(dir.resolve("out.csv"))).get().asString().startsWith("nothing to export");
    }

    @Test
    void aWorkspaceWithoutInteractionsSaysThereIsNothingToEvaluate() {
        EvaluationViewModel evaluation = new EvaluationViewModel(state, tasks);
        InteractionMatrix none = InteractionMatrix.fromCoordinates(new String[0], 5, new int[0], new int[0], new float[0],
                null, null, 0);
        state.setInteractions(new WorkspaceState.Interactions(none, state.catalog()));
        evaluation.dataProperty().set(EvaluationViewModel.DataChoice.OPEN_WORKSPACE);
        assertThat(evaluation.run()).isFalse();
        assertThat(evaluation.errorProperty().get()).startsWith("Nothing to evaluate: tiny has no interactions");
        assertThat(evaluation.results()).isEmpty();
    }

    @Test
    void anInteractionsFileWithoutRatingsSaysThereIsNothingToEvaluate() throws Exception {
        Path empty = java.nio.file.Files.writeString(dir.resolve("empty.csv"), "user,item,value\n");
        EvaluationViewModel evaluation = new EvaluationViewModel(state, tasks);
        evaluation.dataProperty().set(EvaluationViewModel.DataChoice.FILE);
        evaluation.dataPathProperty().set(empty.toString());
        evaluation.run();
        assertThat(evaluation.results()).isEmpty();
        assertThat(evaluation.errorProperty().get()).startsWith("Nothing to evaluate: ");
    }

    @Test
    void fileDialogsSuggestANameAndStartInTheLastFolder() throws Exception {
        assertThat(shell.lastFolder()).isEmpty();
        shell.reloadSample();
        assertThat(shell.suggestedFileName("")).isEqualTo("my-sample.tastelab");
        Path movies = dir.resolve("movies.tastelab");
        shell.fileChosen(movies);
        shell.newWorkspace(movies);
        assertThat(shell.lastFolder()).contains(dir.toAbsolutePath());
        assertThat(shell.suggestedFileName("")).as("Save As never suggests the open file").isEqualTo("movies-copy.tastelab");
        assertThat(shell.suggestedFileName("catalog")).isEqualTo("movies-catalog.csv");
        assertThat(shell.suggestedFileName("popularity")).isEqualTo("movies-popularity.csv");
    }
}
