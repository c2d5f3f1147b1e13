package io.tastelab.ui.recommend;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.Item;
import io.tastelab.engine.pipeline.Explanations;
import io.tastelab.engine.pipeline.Recommendation;
import io.tastelab.engine.pipeline.RecommendationRequest;
import io.tastelab.engine.pipeline.ScoredItem;
import io.tastelab.engine.pipeline.ServedList;
import io.tastelab.engine.pipeline.Trace;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.task.BackgroundTasks;
import io.tastelab.ui.task.LatestRefresh;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The recommendation output pane: the request's controls, the ranked list, and the stage-by-stage trace.
 * Recomputes whenever the request or the catalog changes.
 */
public final class RecommendViewModel {

    /** Shown in the category choice for "no context filter". */
    public static final String ANY_CATEGORY = "Any category";
    static final int TRACE_RANKING_LINES = 50;

    private final WorkspaceState workspace;
    private final BackgroundTasks tasks;
    private final ObjectProperty<RecommenderKind> recommender = new SimpleObjectProperty<>(RecommenderKind.MOST_POPULAR);
    private final ObjectProperty<Integer> maxNumRecs = new SimpleObjectProperty<>(10);
    private final StringProperty category = new SimpleStringProperty(ANY_CATEGORY);
    private final StringProperty excludeText = new SimpleStringProperty("");
    private final StringProperty seedText = new SimpleStringProperty("0");
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<ResultRow> results = FXCollections.observableArrayList();
    private final ObservableList<TraceStage> trace = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper noneMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper requestError = new ReadOnlyStringWrapper("");
    private final LatestRefresh refresher;
    private Recommendation lastResult;
    private final ReadOnlyStringWrapper exportMessage = new ReadOnlyStringWrapper("");

    public RecommendViewModel(WorkspaceState workspace, BackgroundTasks tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.refresher = new LatestRefresh(tasks);
        workspace.catalogProperty().addListener((obs, old, now) -> {
            updateCategories();
            recompute();
        });
        recommender.addListener((obs, old, now) -> recompute());
        maxNumRecs.addListener((obs, old, now) -> recompute());
        category.addListener((obs, old, now) -> recompute());
        excludeText.addListener((obs, old, now) -> recompute());
        seedText.addListener((obs, old, now) -> recompute());
        updateCategories();
        recompute();
    }

    public ObjectProperty<RecommenderKind> recommenderProperty() {
        return recommender;
    }

    /** The recommenders offered (for now those that need only the catalog). */
    public List<RecommenderKind> recommenders() {
        return Arrays.stream(RecommenderKind.values()).filter(kind -> !kind.personalized()).toList();
    }

    public ObjectProperty<Integer> maxNumRecsProperty() {
        return maxNumRecs;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty excludeTextProperty() {
        return excludeText;
    }

    public StringProperty seedTextProperty() {
        return seedText;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public ObservableList<ResultRow> results() {
        return results;
    }

    public ObservableList<TraceStage> trace() {
        return trace;
    }

    /** Non-empty when the answer is None, saying why in plain words. */
    public ReadOnlyStringProperty noneMessageProperty() {
        return noneMessage.getReadOnlyProperty();
    }

    /** Non-empty when the request as typed is invalid; the previous output stays. */
    public ReadOnlyStringProperty requestErrorProperty() {
        return requestError.getReadOnlyProperty();
    }

    private void updateCategories() {
        List<String> wanted = new ArrayList<>();
        wanted.add(ANY_CATEGORY);
        wanted.addAll(workspace.catalog().categories());
        if (!wanted.equals(categories)) {
            String chosen = category.get();
            categories.setAll(wanted);
            if (!categories.contains(chosen)) {
                category.set(ANY_CATEGORY);
            }
        }
    }

    /** Builds the request from the controls, or explains what is wrong with them. */
    Optional<RecommendationRequest> buildRequest() {
        long seed;
        try {
            seed = Long.parseLong(seedText.get().strip());
        } catch (NumberFormatException e) {
            requestError.set("seed must be a whole number, got '" + seedText.get() + "'");
            return Optional.empty();
        }
        Integer k = maxNumRecs.get();
        if (k == null || k < 0) {
            requestError.set("max_num_recs must be 0 or more");
            return Optional.empty();
        }
        Set<String> excluded = new LinkedHashSet<>();
        Arrays.stream(excludeText.get().split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(excluded::add);
        Catalog catalog = workspace.catalog();
        for (String id : excluded) {
            if (!catalog.contains(id)) {
                requestError.set("cannot exclude unknown item id '" + id + "'");
                return Optional.empty();
            }
        }
        String chosenCategory = ANY_CATEGORY.equals(category.get()) ? null : category.get();
        return Optional.of(new RecommendationRequest(Optional.empty(), Optional.ofNullable(chosenCategory), k, excluded, seed));
    }

    /** Runs the chosen recommender on the current catalog and request. */
    public void recompute() {
        Optional<RecommendationRequest> built = buildRequest();
        if (built.isEmpty()) {
            return;
        }
        RecommendationRequest request = built.get();
        requestError.set("");
        workspace.currentRequestProperty().set(request);
        Catalog catalog = workspace.catalog();
        var chosen = recommender.get();
        refresher.run("Recommending (" + chosen.cliName() + ")", catalog.size(),
                progress -> chosen.catalogRecommender().recommend(catalog, request), this::show,
                failure -> requestError.set(failure.getMessage()));
    }

    /** What the last export did ("Saved 10 recommendations to …") or why it failed. */
    public ReadOnlyStringProperty exportMessageProperty() {
        return exportMessage.getReadOnlyProperty();
    }

    /** Writes the list on screen as CSV ({@code rank,id,title,score}) in the background. */
    public void exportCsv(java.nio.file.Path file) {
        Recommendation result = lastResult;
        if (result == null) {
            exportMessage.set("Nothing to export yet.");
            return;
        }
        tasks.submit("Exporting recommendations", progress -> {
            try (var writer = java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
                io.tastelab.engine.exchange.CsvExport.recommendations(result, writer);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(file + ": " + e.getMessage(), e);
            }
            return result.items().map(List::size).orElse(0);
        }, count -> exportMessage.set("Saved " + count + " recommendation" + (count == 1 ? "" : "s") + " to " + file),
                failure -> exportMessage.set("Could not export: " + failure.getMessage()));
    }

    private void show(Recommendation result) {
        lastResult = result;
        Trace steps = result.trace();
        List<ResultRow> rows = new ArrayList<>();
        result.items().ifPresent(items -> {
            for (ScoredItem scored : items) {
                Item item = result.catalog().item(scored.index());
                int rankedAt = steps.ranking().indexOf(scored) + 1;
                rows.add(new ResultRow(rows.size() + 1, item.id(), item.title(), scored.score(),
                        "ranked #" + rankedAt + " by " + steps.scoreMeaning() + ", passed the rules"));
            }
        });
        results.setAll(rows);
        noneMessage.set(result.isNone() ? "No recommendation (None): " + Explanations.whyNone(result) + "." : "");
        trace.setAll(traceStages(result));
    }

    static List<TraceStage> traceStages(Recommendation result) {
        Trace steps = result.trace();
        Catalog catalog = result.catalog();
        List<String> ranked = new ArrayList<>();
        for (int i = 0; i < steps.ranking().size() && i < TRACE_RANKING_LINES; i++) {
            ScoredItem scored = steps.ranking().get(i);
            ranked.add(String.format(Locale.ROOT, "%d. %s", i + 1, describe(catalog, scored)));
        }
        if (steps.ranking().size() > TRACE_RANKING_LINES) {
            ranked.add("… and " + (steps.ranking().size() - TRACE_RANKING_LINES) + " more");
        }
        List<String> removed = new ArrayList<>();
        for (ServedList.Removal removal : steps.removals()) {
            removed.add(describe(catalog, removal.item()) + " — " + Explanations.removalReason(removal));
        }
        int kept = result.items().map(List::size).orElse(0);
        String rounds = steps.rankingRounds() > 1 ? ", in " + steps.rankingRounds() + " rounds as rules removed items" : "";
        return List.of(
                new TraceStage("Collector: " + steps.collectorDescription(), List.of()),
                new TraceStage("Ranker: " + steps.ranking().size() + " ranked by " + steps.scoreMeaning() + rounds, ranked),
                new TraceStage("Server: removed " + steps.removals().size() + ", returned "
                        + (result.isNone() ? "None" : kept + " item" + (kept == 1 ? "" : "s")), removed));
    }

    private static String describe(Catalog catalog, ScoredItem scored) {
        Item item = catalog.item(scored.index());
        double score = scored.score();
        String shown = score == Math.rint(score) ? String.format(Locale.ROOT, "%.0f", score) : String.format(Locale.ROOT, "%.4f", score);
        return item.id() + " " + item.title() + " (score " + shown + ")";
    }
}
