package io.tastelab.ui;

import io.tastelab.engine.TinyCatalogs;
import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.workspace.Workspace;
import io.tastelab.ui.catalog.CatalogViewModel;
import io.tastelab.ui.evaluate.EvaluationViewModel;
import io.tastelab.ui.importing.ImportViewModel;
import io.tastelab.ui.matrix.MatrixViewModel;
import io.tastelab.ui.popularity.PopularityViewModel;
import io.tastelab.ui.shell.RecentWorkspaces;
import io.tastelab.ui.shell.ShellViewModel;
import io.tastelab.ui.task.DirectBackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** State belongs to its workspace: switches, undo and the read-only sample's copy, on the ViewModels. */
class WorkspaceSwitchTest {

    @TempDir
    Path dir;

    private final WorkspaceState state = new WorkspaceState(TinyCatalogs.five(), "tiny");
    private final DirectBackgroundTasks tasks = new DirectBackgroundTasks();
    private final ShellViewModel shell = new ShellViewModel(state, tasks, RecentWorkspaces.inMemory());
    private final CatalogViewModel catalog = new CatalogViewModel(state, tasks);
    private final PopularityViewModel popularity = new PopularityViewModel(state, tasks);

    @AfterEach
    void close() {
        shell.closeOpen();
    }

    private static Path fixture(String name) {
        try {
            return Path.of(WorkspaceSwitchTest.class.getResource("/imports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Catalog reread(Path file) {
        try (Workspace workspace = Workspace.open(file, true)) {
            return workspace.loadCatalog();
        }
    }

    @Test
    void aNewWorkspaceAndAnImportClearTheFilterAndTheFormSoSaveCannotOverwriteAnImportedItem() {
        // given: a copy of the sample, filtered, with its second item in the form
        shell.saveAs(dir.resolve("books.tastelab"));
        catalog.filterTextProperty().set("b");
        catalog.select(1);
        assertThat(catalog.headingProperty().get()).isEqualTo("Edit item b");
        // when: File → New workspace, then an import of MovieLens ratings
        Path movies = dir.resolve("movies.tastelab");
        shell.newWorkspace(movies);
        ImportViewModel importer = new ImportViewModel(shell, tasks);
        importer.ratingsFileProperty().set(fixture("ml-100k/u.data").toString());
        assertThat(importer.start()).isEmpty();
        // then: the catalog shows every imported item, the form is empty, and Save adds nothing over an import
        assertThat(catalog.filterTextProperty().get()).isEmpty();
        assertThat(catalog.summaryProperty().get()).isEqualTo("3 items");
        assertThat(catalog.headingProperty().get()).isEqualTo("New item");
        assertThat(catalog.idProperty().get()).isEmpty();
        assertThat(catalog.save()).isFalse();
        assertThat(reread(movies).items()).extracting(io.tastelab.engine.catalog.Item::title)
                .containsExactly("Toy Story (1995)", "GoldenEye (1995)", "Café au lait (1993)");
    }

    @Test
    void anEditMadeInOneWorkspaceIsRefusedOnceAnotherIsOpen() {
        // given: an edit prepared while "tiny" was open
        WorkspaceState.Opened before = state.opened();
        shell.saveAs(dir.resolve("first.tastelab"));
        Path second = dir.resolve("second.tastelab");
        shell.saveAs(second);
        // when: it is applied after the switch
        var refused = state.edit(before, c -> c.withPopularity(0, 999));
        // then: refused, and neither the state nor the file changed
        assertThat(refused).get().asString().contains("no longer open");
        assertThat(state.catalog().popularity(0)).isEqualTo(5);
        assertThat(reread(second).popularity(0)).isEqualTo(5);
    }

    @Test
    void openRecentAndReloadSampleClearTheFormAndItsError() {
        Path file = dir.resolve("w.tastelab");
        shell.saveAs(file);
        catalog.select(2);
        catalog.yearProperty().set("nineteen");
        assertThat(catalog.save()).isFalse();
        assertThat(catalog.errorProperty().get()).contains("year");

        shell.openWorkspaceFile(file); // Open recent opens the file again: a new opening
        assertThat(catalog.errorProperty().get()).isEmpty();
        assertThat(catalog.headingProperty().get()).isEqualTo("New item");

        catalog.select(0);
        popularity.filterTextProperty().set("zzz");
        shell.reloadSample();
        assertThat(catalog.headingProperty().get()).isEqualTo("New item");
        assertThat(popularity.filterTextProperty().get()).isEmpty();
    }

    @Test
    void afterUndoTheFormShowsTheItemAsItIsNowAndNoOldError() {
        shell.saveAs(dir.resolve("w.tastelab"));
        catalog.select(1);
        String original = catalog.titleProperty().get();
        catalog.titleProperty().set("Renamed");
        assertThat(catalog.save()).isTrue();
        // given: an invalid year typed and refused
        catalog.yearProperty().set("soon");
        assertThat(catalog.save()).isFalse();
        assertThat(catalog.errorProperty().get()).isNotEmpty();
        // when
        shell.undo();
        // then: the form shows the title as it is after the undo, and no error
        assertThat(state.catalog().item(1).title()).isEqualTo(original);
        assertThat(catalog.titleProperty().get()).isEqualTo(original);
        assertThat(catalog.yearProperty().get()).isEqualTo(state.catalog().item(1).year() == null ? ""
                : state.catalog().item(1).year().toString());
        assertThat(catalog.errorProperty().get()).isEmpty();
        // and Save now does not re-apply the undone change
        assertThat(catalog.save()).isTrue();
        assertThat(state.catalog().item(1).title()).isEqualTo(original);
    }

    @Test
    void undoingTheAddOfTheItemInTheFormEmptiesTheForm() {
        shell.saveAs(dir.resolve("w.tastelab"));
        catalog.startNewItem();
        catalog.idProperty().set("z");
        catalog.titleProperty().set("Zed");
        assertThat(catalog.save()).isTrue();
        assertThat(catalog.headingProperty().get()).isEqualTo("Edit item z");
        shell.undo();
        assertThat(state.catalog().contains("z")).isFalse();
        assertThat(catalog.headingProperty().get()).isEqualTo("New item");
        assertThat(catalog.idProperty().get()).isEmpty();
    }

    @Test
    void theFormEditsItsItemByIdWhenADeleteMovesTheRows() {
        shell.saveAs(dir.resolve("w.tastelab"));
        catalog.select(3); // item d
        catalog.titleProperty().set("Dee");
        // another pane deletes the first item: d moves from row 3 to row 2
        assertThat(state.edit(c -> c.withoutItem(0))).isEmpty();
        catalog.titleProperty().set("Dee");
        assertThat(catalog.save()).isTrue();
        assertThat(state.catalog().item(state.catalog().requireIndex("d")).title()).isEqualTo("Dee");
        assertThat(state.catalog().item(state.catalog().requireIndex("e")).title()).isNotEqualTo("Dee");
    }

    @Test
    void savingACopyOfTheReadOnlySampleKeepsTheEditThatAskedForIt() {
        shell.reloadSample();
        Catalog sample = state.catalog();
        String id = sample.item(0).id();
        // given: an edit of the read-only sample, refused with the offer of a copy
        catalog.select(0);
        catalog.titleProperty().set("My own title");
        assertThat(catalog.save()).isFalse();
        assertThat(shell.copyOfferedProperty().get()).isTrue();
        // when: the user saves the copy
        Path copy = dir.resolve("mine.tastelab");
        shell.saveCopyWithRefusedEdit(copy);
        // then: the copy holds the edit, in memory and in the file, and it can be undone there
        assertThat(state.catalog().item(state.catalog().requireIndex(id)).title()).isEqualTo("My own title");
        assertThat(reread(copy).item(reread(copy).requireIndex(id)).title()).isEqualTo("My own title");
        assertThat(state.canUndoProperty().get()).isTrue();
        assertThat(shell.errorProperty().get()).isEmpty();
    }

    @Test
    void aPopularityEditOfTheSampleIsAppliedToItsCopyAndADeclinedCopyForgetsIt() {
        shell.reloadSample();
        assertThat(popularity.setPopularity(2, "4242")).isFalse();
        shell.dismissCopyOffer();
        assertThat(popularity.setPopularity(1, "77")).isFalse();
        shell.saveCopyWithRefusedEdit(dir.resolve("copy.tastelab"));
        assertThat(state.catalog().popularity(1)).isEqualTo(77);
        assertThat(state.catalog().popularity(2)).isNotEqualTo(4242);
    }

    @Test
    void derivingPopularityFromAWorkspaceWithoutInteractionsIsRefusedAndSaysWhy() {
        shell.saveAs(dir.resolve("empty.tastelab"));
        long[] before = state.catalog().popularityCounts();
        assertThat(state.interactionsProperty().get()).isNotNull();
        assertThat(state.interactionsProperty().get().matrix().nnz()).isZero();
        // then: unavailable, with the reason for the tooltip, and the command refuses too
        assertThat(popularity.canDeriveProperty().get()).isFalse();
        assertThat(popularity.deriveUnavailableReasonProperty().get()).contains("no interactions");
        assertThat(popularity.deriveFromInteractions()).isFalse();
        assertThat(popularity.errorProperty().get()).contains("no interactions");
        assertThat(state.catalog().popularityCounts()).containsExactly(before);
    }

    @Test
    void aSwitchClearsEvaluationResultsMessagesAndTheMatrixSelection() {
        EvaluationViewModel evaluation = new EvaluationViewModel(state, tasks);
        MatrixViewModel matrix = new MatrixViewModel(state, tasks);
        InteractionMatrix ratings = InteractionMatrix.fromCoordinates(new String[] {"ann", "bob"}, 5,
                new int[] {0, 0, 0, 1}, new int[] {0, 1, 2, 1}, new float[] {5, 4, 3, 2}, null, null, 4);
        state.setInteractions(new WorkspaceState.Interactions(ratings, state.catalog()));
        assertThat(matrix.selectUser("ann")).isTrue();
        assertThat(evaluation.run()).isTrue();
        assertThat(evaluation.results()).isNotEmpty();
        assertThat(evaluation.statusProperty().get()).isNotEmpty();

        shell.saveAs(dir.resolve("other.tastelab"));

        assertThat(evaluation.results()).isEmpty();
        assertThat(evaluation.losses()).isEmpty();
        assertThat(evaluation.statusProperty().get()).isEmpty();
        assertThat(matrix.selectedUserProperty().get()).isEmpty();
        assertThat(matrix.history()).isEmpty();
    }
}
