package io.tastelab.ui.recommend;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.Item;
import io.tastelab.engine.format.Counts;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.models.ModelParams;
import io.tastelab.engine.models.ModelRanker;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.engine.models.TrainedModels;
import io.tastelab.engine.models.TrainedRecommender;
import io.tastelab.engine.models.TrainingListener;
import io.tastelab.engine.pipeline.Explanations;
import io.tastelab.engine.pipeline.InvalidRequestException;
import io.tastelab.engine.pipeline.Recommendation;
import io.tastelab.engine.pipeline.RecommendationRequest;
import io.tastelab.engine.pipeline.ScoredItem;
import io.tastelab.engine.pipeline.ServedList;
import io.tastelab.engine.pipeline.Trace;
import io.tastelab.engine.task.Progress;
import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.task.BackgroundTasks;
import io.tastelab.ui.task.LatestRefresh;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The recommendation output pane: every recommender of the registry, the request's controls, a user picker (search by
 * id, the user's history beside it) for personalized recommenders, the ranked list, the stage-by-stage trace, and an
 * optional second recommender side by side for the same request. Recomputes whenever the request, the catalog or the
 * interactions change; a model that must be trained first trains in the background (progress, Cancel) and is kept in
 * the workspace's {@link TrainedModels}. A request that cannot be served clears the lists and says why. FX thread.
 */
public final class RecommendViewModel {

    /** Shown in the category choice for "no context filter". */
    public static final String ANY_CATEGORY = "Any category";
    static final int TRACE_RANKING_LINES = 50;
    /** How many matching user ids the picker lists. */
    static final int USER_MATCHES = 200;
    /** How many of the user's interactions the history shows. */
    static final int HISTORY_ROWS = 500;

    /** One interaction of the chosen user, newest first. */
    public record HistoryRow(String id, String title, String genres, String value, String date) {
    }

    private final WorkspaceState workspace;
    private final BackgroundTasks tasks;
    private final ObjectProperty<RecommenderKind> recommender = new SimpleObjectProperty<>(RecommenderKind.MOST_POPULAR);
    private final ObjectProperty<RecommenderKind> compareWith = new SimpleObjectProperty<>();
    private final StringProperty userText = new SimpleStringProperty("");
    private final StringProperty maxNumRecsText = new SimpleStringProperty("10");
    private final StringProperty category = new SimpleStringProperty(ANY_CATEGORY);
    private final StringProperty excludeText = new SimpleStringProperty("");
    private final StringProperty seedText = new SimpleStringProperty("0");
    private final StringProperty paramsText = new SimpleStringProperty("");
    /** The hyper-parameters of the last valid request (as typed in {@link #paramsText}). */
    private ModelParams params = ModelParams.DEFAULTS;
    private final BooleanProperty hideSeen = new SimpleBooleanProperty(true);
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<ResultRow> results = FXCollections.observableArrayList();
    private final ObservableList<ResultRow> comparison = FXCollections.observableArrayList();
    private final ObservableList<TraceStage> trace = FXCollections.observableArrayList();
    private final ObservableList<String> matchingUsers = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper noneMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper requestError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resultsTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper comparisonTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper historyTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exportMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final BooleanBinding personalized;
    private final BooleanBinding comparing;
    private long generation;
    private BackgroundTasks.RunningTask training;
    private Recommendation lastResult;

    public RecommendViewModel(WorkspaceState workspace, BackgroundTasks tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
        personalized = Bindings.createBooleanBinding(() -> isPersonalized(recommender.get()) || isPersonalized(compareWith.get()),
                recommender, compareWith);
        comparing = compareWith.isNotNull();
        workspace.catalogProperty().addListener((obs, old, now) -> {
            updateCategories();
            recompute();
        });
        workspace.interactionsProperty().addListener((obs, old, now) -> {
            updateUsers();
            recompute();
        });
        workspace.openedProperty().addListener((obs, old, now) -> {
            // A request belongs to its workspace: another workspace starts with no user, exclusion or comparison.
            userText.set("");
            excludeText.set("");
            compareWith.set(null);
            exportMessage.set("");
        });
        recommender.addListener((obs, old, now) -> recompute());
        compareWith.addListener((obs, old, now) -> recompute());
        userText.addListener((obs, old, now) -> {
            updateUsers();
            recompute();
        });
        maxNumRecsText.addListener((obs, old, now) -> recompute());
        category.addListener((obs, old, now) -> recompute());
        excludeText.addListener((obs, old, now) -> recompute());
        seedText.addListener((obs, old, now) -> recompute());
        paramsText.addListener((obs, old, now) -> recompute());
        hideSeen.addListener((obs, old, now) -> recompute());
        updateCategories();
        updateUsers();
        recompute();
    }

    private static boolean isPersonalized(RecommenderKind kind) {
        return kind != null && kind.personalized();
    }

    /** Every recommender of the registry, in its order. */
    public List<RecommenderKind> recommenders() {
        return List.of(RecommenderKind.values());
    }

    public ObjectProperty<RecommenderKind> recommenderProperty() {
        return recommender;
    }

    /** A second recommender shown beside the first for the same request; null for none. */
    public ObjectProperty<RecommenderKind> compareWithProperty() {
        return compareWith;
    }

    /** The user id the request is for (typed, or picked from {@link #matchingUsers()}). */
    public StringProperty userTextProperty() {
        return userText;
    }

    /** max_num_recs as typed; anything but a whole number ≥ 0 is an error. */
    public StringProperty maxNumRecsTextProperty() {
        return maxNumRecsText;
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

    /**
     * Hyper-parameters of the trained recommenders, written as in the Evaluation pane ({@code als.factors=32
     * item-knn.neighbours=50}); a model is trained once per recommender, its own parameters, seed and data.
     */
    public StringProperty paramsTextProperty() {
        return paramsText;
    }

    /** The server's seen-items rule for personalized recommenders; off shows items the user already has. */
    public BooleanProperty hideSeenProperty() {
        return hideSeen;
    }

    /** True when either chosen recommender serves a user from a trained model (the user picker matters). */
    public BooleanBinding personalizedProperty() {
        return personalized;
    }

    /** True while a second recommender is compared. */
    public BooleanBinding comparingProperty() {
        return comparing;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public ObservableList<ResultRow> results() {
        return results;
    }

    /** The second recommender's list when comparing, else empty. */
    public ObservableList<ResultRow> comparison() {
        return comparison;
    }

    public ObservableList<TraceStage> trace() {
        return trace;
    }

    /** User ids that contain the typed text (the first {@value #USER_MATCHES}). */
    public ObservableList<String> matchingUsers() {
        return matchingUsers;
    }

    /** The chosen user's interactions, newest first. */
    public ObservableList<HistoryRow> history() {
        return history;
    }

    /** Non-empty when the answer is None, saying why in plain words. */
    public ReadOnlyStringProperty noneMessageProperty() {
        return noneMessage.getReadOnlyProperty();
    }

    /** Non-empty when the request as typed cannot be served; the lists are then empty. */
    public ReadOnlyStringProperty requestErrorProperty() {
        return requestError.getReadOnlyProperty();
    }

    /** What the user should do next when nothing can be shown yet (choose a user, import ratings). */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** "most-popular" or "A: item-knn" when comparing. */
    public ReadOnlyStringProperty resultsTitleProperty() {
        return resultsTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty comparisonTitleProperty() {
        return comparisonTitle.getReadOnlyProperty();
    }

    /** "History of u002 (21 interactions)", or empty. */
    public ReadOnlyStringProperty historyTitleProperty() {
        return historyTitle.getReadOnlyProperty();
    }

    /** What training is doing, or what the last training did. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1 while training (−1 when unknown). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the last export did ("Saved 10 recommendations to …") or why it failed. */
    public ReadOnlyStringProperty exportMessageProperty() {
        return exportMessage.getReadOnlyProperty();
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

    private void updateUsers() {
        WorkspaceState.Interactions loaded = workspace.interactionsProperty().get();
        if (loaded == null) {
            matchingUsers.clear();
            return;
        }
        String wanted = userText.get().strip().toLowerCase(Locale.ROOT);
        InteractionMatrix matrix = loaded.matrix();
        List<String> found = new ArrayList<>();
        for (int u = 0; u < matrix.userCount() && found.size() < USER_MATCHES; u++) {
            String id = matrix.userId(u);
            if (id.toLowerCase(Locale.ROOT).contains(wanted)) {
                found.add(id);
            }
        }
        if (!found.equals(matchingUsers)) {
            matchingUsers.setAll(found);
        }
    }

    /** Picks a user from the list (the same as typing the id). */
    public void chooseUser(String id) {
        if (id != null) {
            userText.set(id);
        }
    }

    /** Builds the request from the controls, or explains what is wrong with them. */
    Optional<RecommendationRequest> buildRequest() {
        long seed;
        try {
            seed = Long.parseLong(seedText.get().strip());
        } catch (NumberFormatException e) {
            return refuse("seed must be a whole number, got '" + seedText.get() + "'");
        }
        int k;
        try {
            k = Integer.parseInt(maxNumRecsText.get().strip());
        } catch (NumberFormatException e) {
            return refuse("max_num_recs must be a whole number, got '" + maxNumRecsText.get() + "'");
        }
        if (k < 0) {
            return refuse("max_num_recs must be 0 or more, got " + k);
        }
        try {
            params = ModelParams.parseText(paramsText.get());
        } catch (IllegalArgumentException e) {
            return refuse(e.getMessage());
        }
        Set<String> excluded = new LinkedHashSet<>();
        Arrays.stream(excludeText.get().split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(excluded::add);
        Catalog catalog = workspace.catalog();
        for (String id : excluded) {
            if (!catalog.contains(id)) {
                return refuse("cannot exclude unknown item id '" + id + "'");
            }
        }
        String chosenCategory = ANY_CATEGORY.equals(category.get()) ? null : category.get();
        String user = personalized.get() ? userText.get().strip() : "";
        return Optional.of(new RecommendationRequest(Optional.of(user), Optional.ofNullable(chosenCategory), k, excluded, seed));
    }

    private Optional<RecommendationRequest> refuse(String why) {
        showNothing(why, "");
        return Optional.empty();
    }

    /** Clears every list (nothing from an earlier request stays on screen) and says why. */
    private void showNothing(String error, String hintText) {
        generation++;
        cancelTraining();
        lastResult = null;
        results.clear();
        comparison.clear();
        trace.clear();
        noneMessage.set("");
        requestError.set(error);
        hint.set(hintText);
        updateTitles();
    }

    /** Runs the chosen recommender(s) on the current catalog and request; trains first (in the background) if needed. */
    public void recompute() {
        updateHistory();
        Optional<RecommendationRequest> built = buildRequest();
        if (built.isEmpty()) {
            return;
        }
        RecommendationRequest request = built.get();
        WorkspaceState.Interactions loaded = workspace.interactionsProperty().get();
        if (personalized.get()) {
            String needing = (isPersonalized(recommender.get()) ? recommender.get() : compareWith.get()).label();
            if (loaded == null || loaded.matrix().nnz() == 0) {
                showNothing("", needing + " learns from interactions, and " + workspace.nameProperty().get()
                        + " has none: import ratings (Ctrl+I), or choose Most popular");
                return;
            }
            if (request.user().isEmpty()) {
                String example = loaded.matrix().userCount() == 0 ? "" : " (e.g. " + loaded.matrix().userId(0) + ")";
                showNothing("", needing + " recommends for one user: choose a user on the left, or type an id" + example);
                return;
            }
            try {
                ModelRanker.requireKnownUser(loaded.matrix(), request.user());
            } catch (InvalidRequestException e) {
                showNothing(e.getMessage(), "");
                return;
            }
        }
        requestError.set("");
        hint.set("");
        workspace.currentRequestProperty().set(request);
        Catalog catalog = workspace.catalog();
        RecommenderKind first = recommender.get();
        RecommenderKind second = compareWith.get();
        boolean seenRule = hideSeen.get();
        ModelParams chosenParams = params;
        TrainedModels models = workspace.trainedModels();
        List<RecommenderKind> untrained = new ArrayList<>();
        for (RecommenderKind kind : second == null ? List.of(first) : List.of(first, second)) {
            if (kind.personalized() && models.find(keyOf(loaded, kind, params, request)).isEmpty()) {
                untrained.add(kind);
            }
        }
        long mine = ++generation;
        cancelTraining();
        java.util.function.Function<Progress, Outcome> work = steps -> new Outcome(
                serve(first, catalog, loaded, request, chosenParams, seenRule, steps),
                second == null ? null : serve(second, catalog, loaded, request, chosenParams, seenRule, steps));
        if (untrained.isEmpty() && catalog.size() <= LatestRefresh.INLINE_LIMIT) {
            try {
                show(work.apply(Progress.NONE));
            } catch (RuntimeException e) {
                showNothing(e.getMessage(), "");
            }
            return;
        }
        String title = untrained.isEmpty() ? "Recommending (" + first.cliName() + ")"
                : "Training " + String.join(" and ", untrained.stream().map(RecommenderKind::label).toList());
        status.set(title + "…");
        running.set(true);
        training = tasks.submit(title, work, outcome -> {
            if (mine == generation) {
                finishTraining(untrained.isEmpty() ? "" : title.replace("Training", "Trained"));
                show(outcome);
            }
        }, failure -> {
            if (mine == generation) {
                finishTraining("");
                showNothing(failure.getMessage() == null ? failure.toString() : failure.getMessage(), "");
            }
        }, () -> {
            if (mine == generation) {
                finishTraining("");
                showNothing("", "Training cancelled: change the request or press Recommend to train again");
            }
        });
        if (running.get() && !training.isDone()) {
            progress.bind(training.progressProperty());
            status.bind(training.messageProperty());
        }
    }

    private record Outcome(Recommendation first, Recommendation second) {
    }

    /** One recommender's answer: catalog-only ones at once, personalized ones from a kept or newly trained model. */
    private Recommendation serve(RecommenderKind kind, Catalog catalog, WorkspaceState.Interactions loaded,
                                 RecommendationRequest request, ModelParams chosen, boolean seenRule, Progress steps) {
        if (!kind.personalized()) {
            return kind.catalogRecommender().recommend(catalog, request);
        }
        TrainedModels.Entry entry = workspace.trainedModels().obtain(keyOf(loaded, kind, chosen, request), () -> {
            Catalog trainedOn = loaded.catalog();
            String[] ids = new String[trainedOn.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = trainedOn.item(i).id();
            }
            TrainedRecommender trained = TrainedRecommender.train(kind, loaded.matrix(), ids, chosen, request.seed(),
                    steps, TrainingListener.NONE);
            return new TrainedModels.Entry(trained, trainedOn);
        });
        // Serve on the current catalog (availability and popularity edits count) while its items are those the model
        // was trained on; after items were added or deleted, on the snapshot the interactions were loaded with.
        Catalog servingCatalog = catalog.size() == loaded.matrix().itemCount() ? catalog : entry.catalog();
        return entry.trained().recommender(seenRule).recommend(servingCatalog, request);
    }

    /** A model is kept per data, recommender, its own hyper-parameters and seed (as "Recommend for a user" keys it). */
    private static TrainedModels.Key keyOf(WorkspaceState.Interactions loaded, RecommenderKind kind, ModelParams params,
                                           RecommendationRequest request) {
        return new TrainedModels.Key(loaded, kind, params.forModel(kind.cliName()), request.seed());
    }

    /** Asks a running training to stop; the lists say it was cancelled. */
    public void cancel() {
        if (training != null && running.get()) {
            training.cancel();
            generation++;
            finishTraining("");
            showNothing("", "Training cancelled: change the request or press Recommend to train again");
        }
    }

    /** Runs the request again (after a cancel). */
    public void recommend() {
        recompute();
    }

    private void cancelTraining() {
        if (training != null && running.get()) {
            training.cancel();
            finishTraining("");
        }
    }

    private void finishTraining(String message) {
        progress.unbind();
        status.unbind();
        running.set(false);
        progress.set(0);
        status.set(message);
    }

    /** Writes the list on screen as CSV ({@code rank,id,title,score}) in the background. */
    public void exportCsv(java.nio.file.Path file) {
        Recommendation result = lastResult;
        if (result == null) {
            exportMessage.set("Nothing to export yet.");
            return;
        }
        tasks.submit("Exporting recommendations", steps -> {
            try (var writer = java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
                io.tastelab.engine.exchange.CsvExport.recommendations(result, writer);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(file + ": " + e.getMessage(), e);
            }
            return result.items().map(List::size).orElse(0);
        }, count -> exportMessage.set("Saved " + Counts.of(count, "recommendation") + " to " + file),
                failure -> exportMessage.set("Could not export: " + failure.getMessage()));
    }

    private void show(Outcome outcome) {
        Recommendation result = outcome.first();
        lastResult = result;
        Recommendation other = outcome.second();
        results.setAll(rows(result, other));
        comparison.setAll(other == null ? List.of() : rows(other, result));
        if (result.isNone()) {
            noneMessage.set("No recommendation (None): " + Explanations.whyNone(result) + ".");
        } else if (result.trace().rankingRounds() == 0) {
            noneMessage.set("max_num_recs is 0: nothing was asked for.");
        } else {
            noneMessage.set("");
        }
        trace.setAll(traceStages(result));
        updateTitles();
    }

    private void updateTitles() {
        RecommenderKind first = recommender.get();
        RecommenderKind second = compareWith.get();
        resultsTitle.set(second == null ? first.label() : "A: " + first.label());
        comparisonTitle.set(second == null ? "" : "B: " + second.label());
    }

    /** The rows of {@code result}; with {@code other}, each says where the item stands in the other list. */
    private static List<ResultRow> rows(Recommendation result, Recommendation other) {
        Map<String, Integer> otherRanks = new HashMap<>();
        if (other != null) {
            List<ScoredItem> items = other.items().orElse(List.of());
            for (int i = 0; i < items.size(); i++) {
                otherRanks.put(other.catalog().item(items.get(i).index()).id(), i + 1);
            }
        }
        Trace steps = result.trace();
        List<ResultRow> rows = new ArrayList<>();
        result.items().ifPresent(items -> {
            for (ScoredItem scored : items) {
                Item item = result.catalog().item(scored.index());
                int rank = rows.size() + 1;
                int rankedAt = steps.ranking().indexOf(scored) + 1;
                String inOther = other == null ? "" : ResultRow.comparedRank(rank, otherRanks.get(item.id()), other.recommender());
                String inOtherCompact = other == null ? "" : ResultRow.comparedRankCompact(rank, otherRanks.get(item.id()));
                rows.add(new ResultRow(rank, item.id(), item.title(), scored.score(),
                        "ranked #" + rankedAt + " by " + steps.scoreMeaning() + ", passed the rules", inOther, inOtherCompact));
            }
        });
        return rows;
    }

    private void updateHistory() {
        WorkspaceState.Interactions loaded = workspace.interactionsProperty().get();
        String id = userText.get().strip();
        Optional<Integer> user = loaded == null || !personalized.get() || id.isEmpty() ? Optional.empty()
                : loaded.matrix().userIndex(id);
        if (user.isEmpty()) {
            history.clear();
            historyTitle.set("");
            return;
        }
        InteractionMatrix matrix = loaded.matrix();
        int[] items = matrix.rowItems(user.get());
        float[] values = matrix.rowValues(user.get());
        long[] times = matrix.rowTimestamps(user.get());
        Integer[] order = new Integer[items.length];
        for (int n = 0; n < order.length; n++) {
            order[n] = n;
        }
        Arrays.sort(order, (a, b) -> Long.compare(times[b], times[a]));
        List<HistoryRow> rows = new ArrayList<>();
        for (int n = 0; n < order.length && n < HISTORY_ROWS; n++) {
            int at = order[n];
            Item item = loaded.catalog().item(items[at]);
            String value = values[at] == Math.rint(values[at]) ? String.format(Locale.ROOT, "%.0f", values[at])
                    : String.format(Locale.ROOT, "%.1f", values[at]);
            String date = times[at] == InteractionMatrix.NO_TIMESTAMP ? "" : Instant.ofEpochSecond(times[at]).atZone(ZoneOffset.UTC)
                    .toLocalDate().toString();
            rows.add(new HistoryRow(item.id(), item.title(), String.join(", ", item.genres()), value, date));
        }
        history.setAll(rows);
        historyTitle.set("History of " + id + " (" + Counts.of(items.length, "interaction") + ")");
    }

    static List<TraceStage> traceStages(Recommendation result) {
        Trace steps = result.trace();
        Catalog catalog = result.catalog();
        if (steps.rankingRounds() == 0) {
            return List.of(
                    new TraceStage("Collector: " + steps.collectorDescription(), List.of()),
                    new TraceStage("Ranker: " + steps.scoreMeaning(), List.of()),
                    new TraceStage("Server: returned an empty list, as asked", List.of()));
        }
        List<String> ranked = new ArrayList<>();
        for (int i = 0; i < steps.ranking().size() && i < TRACE_RANKING_LINES; i++) {
            ScoredItem scored = steps.ranking().get(i);
            ranked.add(String.format(Locale.ROOT, "%d. %s", i + 1, describe(catalog, scored)));
        }
        if (steps.ranking().size() > TRACE_RANKING_LINES) {
            ranked.add("… and " + Counts.of(steps.ranking().size() - TRACE_RANKING_LINES) + " more");
        }
        List<String> removed = new ArrayList<>();
        for (ServedList.Removal removal : steps.removals()) {
            removed.add(describe(catalog, removal.item()) + " — " + Explanations.removalReason(removal));
        }
        int kept = result.items().map(List::size).orElse(0);
        String rounds = steps.rankingRounds() > 1 ? ", in " + Counts.of(steps.rankingRounds()) + " rounds as rules removed items" : "";
        return List.of(
                new TraceStage("Collector: " + steps.collectorDescription(), List.of()),
                new TraceStage("Ranker: " + Counts.of(steps.ranking().size()) + " ranked by " + steps.scoreMeaning() + rounds, ranked),
                new TraceStage("Server: removed " + Counts.of(steps.removals().size()) + ", returned "
                        + (result.isNone() ? "None" : Counts.of(kept, "item")), removed));
    }

    private static String describe(Catalog catalog, ScoredItem scored) {
        Item item = catalog.item(scored.index());
        return item.id() + " " + item.title() + " (score " + Counts.score(scored.score()) + ")";
    }
}
