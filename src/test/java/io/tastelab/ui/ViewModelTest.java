package io.tastelab.ui;

import io.tastelab.engine.TinyCatalogs;
import io.tastelab.ui.catalog.CatalogViewModel;
import io.tastelab.ui.popularity.PopularityViewModel;
import io.tastelab.ui.recommend.RecommendViewModel;
import io.tastelab.ui.recommend.ResultRow;
import io.tastelab.ui.recommend.TraceStage;
import io.tastelab.ui.task.DirectBackgroundTasks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pane behaviour on the ViewModels alone: no FX toolkit, background work runs inline. */
class ViewModelTest {

    private final WorkspaceState workspace = new WorkspaceState(TinyCatalogs.five(), "tiny");
    private final DirectBackgroundTasks tasks = new DirectBackgroundTasks();
    private final CatalogViewModel catalog = new CatalogViewModel(workspace, tasks);
    private final PopularityViewModel popularity = new PopularityViewModel(workspace, tasks);
    private final RecommendViewModel recommend = new RecommendViewModel(workspace, tasks);

    private java.util.List<String> recommendedIds() {
        return recommend.results().stream().map(ResultRow::id).toList();
    }

    @Test
    void editingAPopularityReordersTheRecommendations() {
        recommend.maxNumRecsTextProperty().set("2");
        assertThat(recommendedIds()).containsExactly("b", "e");
        assertThat(popularity.setPopularity(3, "50")).isTrue();
        assertThat(recommendedIds()).containsExactly("d", "b");
    }

    @Test
    void invalidPopularityShowsAnErrorAndChangesNothing() {
        var before = workspace.catalog();
        assertThat(popularity.setPopularity(0, "-3")).isFalse();
        assertThat(popularity.errorProperty().get()).contains("a: popularity must be a non-negative whole number");
        assertThat(workspace.catalog()).isSameAs(before);
    }

    @Test
    void markingAnItemUnavailableRemovesItFromTheOutput() {
        assertThat(recommendedIds()).contains("b");
        catalog.toggleAvailability(1);
        assertThat(recommendedIds()).doesNotContain("b");
        assertThat(recommend.trace()).extracting(TraceStage::heading).anyMatch(h -> h.startsWith("Server: removed 2"));
    }

    @Test
    void duplicateIdInTheFormShowsAnInlineErrorAndChangesNothing() {
        catalog.startNewItem();
        catalog.idProperty().set("b");
        catalog.titleProperty().set("Another");
        assertThat(catalog.save()).isFalse();
        assertThat(catalog.errorProperty().get()).contains("an item with id 'b' already exists");
        assertThat(workspace.catalog().size()).isEqualTo(5);
    }

    @Test
    void emptyTitleIsRefused() {
        catalog.select(0);
        catalog.titleProperty().set("   ");
        assertThat(catalog.save()).isFalse();
        assertThat(catalog.errorProperty().get()).contains("title must not be empty");
        assertThat(workspace.catalog().item(0).title()).isEqualTo("Alpha");
    }

    @Test
    void addingAValidItemMakesItRecommendable() {
        catalog.startNewItem();
        catalog.idProperty().set("f");
        catalog.titleProperty().set("Foxtrot");
        catalog.categoryProperty().set("Film");
        catalog.popularityProperty().set("99");
        assertThat(catalog.save()).isTrue();
        assertThat(recommendedIds().getFirst()).isEqualTo("f");
    }

    @Test
    void filterNarrowsTheRowsAndMarksWhatTheContextServes() {
        catalog.filterTextProperty().set("book");
        assertThat(catalog.rows()).extracting(row -> row.item().id()).containsExactly("a", "c", "e");
        assertThat(catalog.rows().get(1).contextStatus()).isEqualTo("item is unavailable");
        recommend.categoryProperty().set("Film");
        assertThat(catalog.rows().getFirst().contextStatus()).isEqualTo("outside the requested category");
    }

    @Test
    void unknownExclusionShowsAnErrorAndClearsThePreviousOutput() {
        assertThat(recommendedIds()).isNotEmpty();
        recommend.excludeTextProperty().set("b, nope");
        assertThat(recommend.requestErrorProperty().get()).isEqualTo("cannot exclude unknown item id 'nope'");
        // The list of the previous request is not left on screen beside the error.
        assertThat(recommendedIds()).isEmpty();
        assertThat(recommend.trace()).isEmpty();
        recommend.excludeTextProperty().set("b");
        assertThat(recommend.requestErrorProperty().get()).isEmpty();
        assertThat(recommendedIds()).doesNotContain("b");
    }

    @Test
    void noneIsShownPlainly() {
        recommend.recommenderProperty().set(io.tastelab.engine.models.RecommenderKind.TRIVIAL);
        for (int seed = 0; seed < 100; seed++) {
            recommend.seedTextProperty().set(Integer.toString(seed));
            if (!recommend.noneMessageProperty().get().isEmpty()) {
                assertThat(recommend.noneMessageProperty().get())
                        .isEqualTo("No recommendation (None): the picked item c (Charlie) is unavailable.");
                assertThat(recommend.results()).isEmpty();
                return;
            }
        }
        throw new AssertionError("no seed in 0..99 picked the unavailable item");
    }

    @Test
    void exportWritesTheListOnScreenAsCsv(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        recommend.maxNumRecsTextProperty().set("2");
        java.nio.file.Path file = dir.resolve("recs.csv");
        recommend.exportCsv(file);
        assertThat(recommend.exportMessageProperty().get()).isEqualTo("Saved 2 recommendations to " + file);
        assertThat(java.nio.file.Files.readAllLines(file)).hasSize(3).element(1).asString().contains("b", "Bravo");
        recommend.exportCsv(dir.resolve("missing-folder").resolve("x.csv"));
        assertThat(recommend.exportMessageProperty().get()).startsWith("Could not export:");
    }

    @Test
    void randomizeNeedsAWholeNumberSeed() {
        popularity.seedTextProperty().set("abc");
        assertThat(popularity.randomize()).isFalse();
        assertThat(popularity.errorProperty().get()).contains("seed must be a whole number");
        popularity.seedTextProperty().set("5");
        assertThat(popularity.randomize()).isTrue();
        assertThat(java.util.Arrays.stream(workspace.catalog().popularityCounts()).allMatch(c -> c >= 1 && c <= 20)).isTrue();
    }
}
