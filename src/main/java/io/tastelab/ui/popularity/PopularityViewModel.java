package io.tastelab.ui.popularity;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.CatalogSearch;
import io.tastelab.engine.catalog.CatalogValidation;
import io.tastelab.engine.catalog.LongTail;
import io.tastelab.engine.interactions.InteractionPopularity;
import io.tastelab.engine.sample.PopularityRandomizer;
import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.catalog.CatalogRows;
import io.tastelab.ui.task.BackgroundTasks;
import io.tastelab.ui.task.LatestRefresh;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
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

    private final WorkspaceState workspace;
    private final BackgroundTasks tasks;
    private final CatalogRows rows = new CatalogRows();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final StringProperty seedText = new SimpleStringProperty("42");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tailSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LongTail.Curve> curve = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<InteractionPopularity.Measure> deriveMeasure =
            new SimpleObjectProperty<>(InteractionPopularity.Measure.DISTINCT_USERS);
    private final StringProperty thresholdText = new SimpleStringProperty("4");
    private final StringProperty halfLifeDaysText = new SimpleStringProperty("");
    private final LatestRefresh refresher;
    private final StringBinding deriveUnavailableReason;
    private final BooleanBinding canDerive;

    public PopularityViewModel(WorkspaceState workspace, BackgroundTasks tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.refresher = new LatestRefresh(tasks);
        workspace.openedProperty().addListener((obs, old, now) -> {
            filterText.set("");
            error.set("");
        });
        workspace.catalogProperty().addListener((obs, old, now) -> {
            error.set(""); // an error about the catalog before this change (an undo, say) no longer applies
            refresh();
        });
        filterText.addListener((obs, old, now) -> refresh());
        deriveUnavailableReason = Bindings.createStringBinding(() -> whyNotDerivable(workspace.interactionsProperty().get()),
                workspace.interactionsProperty());
        canDerive = deriveUnavailableReason.isEmpty();
        emptyMessage = Bindings.createStringBinding(() -> io.tastelab.ui.EmptyMessages.forItems(workspace.catalog(), filterText.get()),
                workspace.catalogProperty(), filterText);
        chartEmptyMessage = Bindings.createStringBinding(() -> io.tastelab.ui.EmptyMessages.forItemChart(workspace.catalog()),
                workspace.catalogProperty());
        refresh();
    }

    private final javafx.beans.binding.StringBinding emptyMessage;
    private final javafx.beans.binding.StringBinding chartEmptyMessage;

    /** Why popularity cannot be derived from the interactions now, or empty when it can. */
    static String whyNotDerivable(WorkspaceState.Interactions loaded) {
        if (loaded == null) {
            return "No interactions are loaded: open a workspace with ratings, or import some (File → Import ratings…, Ctrl+I).";
        }
        if (loaded.matrix().nnz() == 0) {
            return "This workspace has no interactions, so every popularity would be 0: import ratings first "
                    + "(File → Import ratings…, Ctrl+I).";
        }
        return "";
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

    /** What the table shows without rows: what to do in an empty workspace, or that the filter matches nothing. */
    public javafx.beans.binding.StringBinding emptyMessageProperty() {
        return emptyMessage;
    }

    /** Empty while the long-tail chart has items to draw, else what to do. */
    public javafx.beans.binding.StringBinding chartEmptyMessageProperty() {
        return chartEmptyMessage;
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
        String itemId = workspace.catalog().item(catalogIndex).id();
        try {
            count = CatalogValidation.parsePopularity(text);
        } catch (IllegalArgumentException e) {
            error.set(itemId + ": " + e.getMessage());
            return false;
        }
        // By id, not by row: a refused edit of the read-only sample is applied again to its copy.
        Optional<String> refused = workspace.edit(catalog -> catalog.withPopularity(catalog.requireIndex(itemId), count));
        error.set(refused.orElse(""));
        return refused.isEmpty();
    }

    /** How the pane names a measure (not the enum's constant). */
    public static String label(InteractionPopularity.Measure measure) {
        return switch (measure) {
            case DISTINCT_USERS -> "Users per item";
            case SUM_OF_VALUES -> "Sum of ratings";
            case VALUES_AT_LEAST -> "Ratings ≥ threshold";
        };
    }

    /** What "derive from interactions" counts. */
    public ObjectProperty<InteractionPopularity.Measure> deriveMeasureProperty() {
        return deriveMeasure;
    }

    /** The rating a "ratings at least" count starts at. */
    public StringProperty thresholdTextProperty() {
        return thresholdText;
    }

    /** Half-life of the time decay in days; empty for none. */
    public StringProperty halfLifeDaysTextProperty() {
        return halfLifeDaysText;
    }

    /** True once the workspace's interactions are loaded and not empty, so popularity can be derived from them. */
    public BooleanBinding canDeriveProperty() {
        return canDerive;
    }

    /** Why "Derive from interactions" is unavailable (for its tooltip), or empty when it is available. */
    public StringBinding deriveUnavailableReasonProperty() {
        return deriveUnavailableReason;
    }

    /**
     * Sets every count from the interactions (users per item, sum of ratings, or ratings at least the threshold;
     * optional time decay relative to the newest interaction), as one edit that can be undone. Items added since
     * the interactions were loaded get 0.
     *
     * @return false (and an error message) on invalid input or when no interactions are loaded
     */
    public boolean deriveFromInteractions() {
        WorkspaceState.Interactions loaded = workspace.interactionsProperty().get();
        String unavailable = whyNotDerivable(loaded);
        if (!unavailable.isEmpty()) {
            error.set(unavailable);
            return false;
        }
        double threshold;
        InteractionPopularity.TimeDecay decay = null;
        try {
            threshold = Double.parseDouble(thresholdText.get().strip());
        } catch (NumberFormatException e) {
            error.set("threshold must be a number, got '" + thresholdText.get() + "'");
            return false;
        }
        String halfLife = halfLifeDaysText.get() == null ? "" : halfLifeDaysText.get().strip();
        if (!halfLife.isEmpty()) {
            double days;
            try {
                days = Double.parseDouble(halfLife);
            } catch (NumberFormatException e) {
                days = Double.NaN;
            }
            if (!(days > 0) || Double.isInfinite(days)) {
                error.set("half-life must be a positive number of days, got '" + halfLife + "'");
                return false;
            }
            decay = new InteractionPopularity.TimeDecay(days * 86_400, newest(loaded.matrix()));
        }
        double[] scores = InteractionPopularity.compute(loaded.matrix(), deriveMeasure.get(), threshold, decay);
        long[] byLoadedIndex = InteractionPopularity.asCounts(scores);
        Optional<String> refused = workspace.edit(catalog -> {
            long[] counts = new long[catalog.size()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = loaded.catalog().indexOf(catalog.item(i).id()).map(j -> byLoadedIndex[j]).orElse(0L);
            }
            return catalog.withPopularityCounts(counts);
        });
        error.set(refused.orElse(""));
        return refused.isEmpty();
    }

    private static long newest(io.tastelab.engine.interactions.InteractionMatrix matrix) {
        long[] timestamps = matrix.timestamps();
        long newest = Long.MIN_VALUE;
        if (timestamps != null) {
            for (long t : timestamps) {
                newest = Math.max(newest, t);
            }
        }
        return newest == Long.MIN_VALUE ? System.currentTimeMillis() / 1000 : newest;
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
        refresher.run("Updating popularity view", catalog.size(), progress -> new Refreshed(catalog,
                CatalogSearch.matchingIndices(catalog, query, progress), LongTail.of(catalog.popularityCounts(), CHART_POINTS)),
                refreshed -> {
                    rows.setContent(refreshed.catalog(), refreshed.indices(), context);
                    curve.set(refreshed.tail());
                    tailSummary.set(String.format(Locale.ROOT, "%,d items, %,d in total; the top 10%% of items hold %.0f%% of all popularity",
                            catalog.size(), refreshed.tail().total(), 100 * refreshed.tail().topDecileShare()));
                },
                failure -> error.set("could not update: " + failure.getMessage()));
    }

    private record Refreshed(Catalog catalog, int[] indices, LongTail.Curve tail) {
    }

}
