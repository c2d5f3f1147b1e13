package io.tastelab.ui.popularity;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.CatalogSearch;
import io.tastelab.engine.catalog.CatalogValidation;
import io.tastelab.engine.catalog.LongTail;
import io.tastelab.engine.sample.PopularityRandomizer;
import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.catalog.CatalogRows;
import io.tastelab.ui.task.BackgroundTasks;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Locale;
import java.util.Optional;

/**
 * The popularity editor: inline edits of counts (non-negative integers only), the book's
 * "randomize popularities" from a seed, and the long-tail curve. Edits go straight into the workspace, so
 * the recommendation pane follows at once.
 */
public final class PopularityViewModel {

    static final int CHART_POINTS = 300;
    /** Catalogs larger than this are filtered and summarised in the background. */
    static final int BACKGROUND_THRESHOLD = 200_000;

    private final WorkspaceState workspace;
    private final BackgroundTasks tasks;
    private final CatalogRows rows = new CatalogRows();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final StringProperty seedText = new SimpleStringProperty("42");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tailSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LongTail.Curve> curve = new ReadOnlyObjectWrapper<>();
    private long refreshGeneration;

    public PopularityViewModel(WorkspaceState workspace, BackgroundTasks tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
        workspace.catalogProperty().addListener((obs, old, now) -> refresh());
        filterText.addListener((obs, old, now) -> refresh());
        refresh();
    }

    public CatalogRows rows() {
        return rows;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public StringProperty seedTextProperty() {
        return seedText;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tailSummaryProperty() {
        return tailSummary.getReadOnlyProperty();
    }

    /** The sampled popularity-by-rank curve for the chart. */
    public ReadOnlyObjectProperty<LongTail.Curve> curveProperty() {
        return curve.getReadOnlyProperty();
    }

    /**
     * Sets one item's count from text a user typed.
     *
     * @return false (and an error message) unless the text is a non-negative whole number
     */
    public boolean setPopularity(int catalogIndex, String text) {
        long count;
        try {
            count = CatalogValidation.parsePopularity(text);
        } catch (IllegalArgumentException e) {
            error.set(workspace.catalog().item(catalogIndex).id() + ": " + e.getMessage());
            return false;
        }
        Optional<String> refused = workspace.edit(catalog -> catalog.withPopularity(catalogIndex, count));
        error.set(refused.orElse(""));
        return refused.isEmpty();
    }

    /** Replaces every count with a draw from 1 to 20, reproducible from the seed field. */
    public boolean randomize() {
        long seed;
        try {
            seed = Long.parseLong(seedText.get().strip());
        } catch (NumberFormatException e) {
            error.set("seed must be a whole number, got '" + seedText.get() + "'");
            return false;
        }
        Optional<String> refused = workspace.edit(catalog -> PopularityRandomizer.randomize(catalog, seed));
        error.set(refused.orElse(""));
        return refused.isEmpty();
    }

    private void refresh() {
        Catalog catalog = workspace.catalog();
        String query = filterText.get();
        var context = workspace.currentRequestProperty().get();
        long generation = ++refreshGeneration;
        java.util.function.Function<io.tastelab.engine.task.Progress, Refreshed> work = progress -> new Refreshed(catalog,
                CatalogSearch.matchingIndices(catalog, query, progress), LongTail.of(catalog.popularityCounts(), CHART_POINTS));
        java.util.function.Consumer<Refreshed> show = refreshed -> {
            if (generation != refreshGeneration) {
                return; // a newer edit or filter is already on its way
            }
            rows.setContent(refreshed.catalog(), refreshed.indices(), context);
            curve.set(refreshed.tail());
            tailSummary.set(String.format(Locale.ROOT, "%,d items, %,d in total; the top 10%% of items hold %.0f%% of all popularity",
                    catalog.size(), refreshed.tail().total(), 100 * refreshed.tail().topDecileShare()));
        };
        if (catalog.size() <= BACKGROUND_THRESHOLD) {
            show.accept(work.apply(io.tastelab.engine.task.Progress.NONE));
        } else {
            tasks.submit("Updating popularity view", work, show, failure -> error.set("could not update: " + failure.getMessage()));
        }
    }

    private record Refreshed(Catalog catalog, int[] indices, LongTail.Curve tail) {
    }

}
