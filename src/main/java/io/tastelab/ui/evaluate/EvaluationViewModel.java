package io.tastelab.ui.evaluate;

import io.tastelab.engine.evaluation.EvaluationData;
import io.tastelab.engine.evaluation.EvaluationPlan;
import io.tastelab.engine.evaluation.EvaluationReport;
import io.tastelab.engine.evaluation.EvaluationRun;
import io.tastelab.engine.evaluation.MetricRow;
import io.tastelab.engine.evaluation.MetricRowsCsv;
import io.tastelab.engine.evaluation.InteractionsCsv;
import io.tastelab.engine.evaluation.SparkJob;
import io.tastelab.engine.workspace.Workspace;
import io.tastelab.engine.evaluation.SplitKind;
import io.tastelab.engine.evaluation.SyntheticTastes;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.engine.models.ModelParams;
import io.tastelab.engine.models.TrainedModels;
import io.tastelab.engine.models.TrainedRecommender;
import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.pipeline.Recommendation;
import io.tastelab.engine.pipeline.RecommendationRequest;
import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.task.BackgroundTasks;
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

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation pane: choose data, split, recommenders, k, seed and hyper-parameters; run in the background
 * with progress, a live loss curve and cancel; results as rows for the table and chart; export as CSV.
 * Lives on the FX thread; training hands its losses over through the task's progress (see {@link BackgroundTasks}).
 */
public final class EvaluationViewModel {

    /** Where the interactions come from. */
    public enum DataChoice {
        OPEN_WORKSPACE("Interactions of the open workspace"),
        SYNTHETIC("Synthetic tastes (1,000 users × 600 items)"),
        FILE("Workspace or interactions CSV…");

        private final String label;

        DataChoice(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Where an evaluation runs. */
    public enum Engine {
        LOCAL("This computer"),
        SPARK("Apache Spark");

        private final String label;

        Engine(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One served recommendation: rank, id, title and the ranker's score. */
    public record ServedRow(int rank, String id, String title, double score) {
    }

    /** One point of a training loss curve. */
    public record LossPoint(String model, int iteration, double loss) {
    }

    /** What a model's training loss measures, for its chart's title. */
    public static String lossMeaning(String model) {
        return switch (model) {
            case io.tastelab.engine.models.ImplicitAls.NAME -> "weighted squared error";
            case io.tastelab.engine.models.BiasedMf.NAME -> "training RMSE";
            case io.tastelab.engine.models.Bpr.NAME -> "mean −log σ(seen − unseen)";
            default -> "loss";
        };
    }

    static final String NOTHING_TO_EVALUATE = "Nothing to evaluate: ";

    private final WorkspaceState workspace;
    private final BackgroundTasks tasks;
    private final ObjectProperty<DataChoice> data = new SimpleObjectProperty<>(DataChoice.SYNTHETIC);
    private final StringProperty dataPath = new SimpleStringProperty("");
    private final ObjectProperty<SplitKind> split = new SimpleObjectProperty<>(SplitKind.LEAVE_LAST_OUT);
    private final StringProperty holdoutText = new SimpleStringProperty("0.2");
    private final StringProperty kText = new SimpleStringProperty("10,20");
    private final StringProperty seedText = new SimpleStringProperty("0");
    private final StringProperty paramsText = new SimpleStringProperty("");
    private final Map<RecommenderKind, BooleanProperty> chosen = new EnumMap<>(RecommenderKind.class);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<MetricRow> results = FXCollections.observableArrayList();
    private final ObservableList<LossPoint> losses = FXCollections.observableArrayList();
    // One read-only view each, kept here: the views forward changes only while someone holds them.
    private final ObservableList<MetricRow> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ObservableList<LossPoint> lossesView = FXCollections.unmodifiableObservableList(losses);
    private final ObjectProperty<RecommenderKind> tryModel = new SimpleObjectProperty<>(RecommenderKind.ITEM_KNN);
    private final StringProperty tryUser = new SimpleStringProperty("");
    private final BooleanProperty filterSeen = new SimpleBooleanProperty(true);
    private final ObservableList<ServedRow> served = FXCollections.observableArrayList();
    private final ObservableList<ServedRow> servedView = FXCollections.unmodifiableObservableList(served);
    private final ReadOnlyStringWrapper servedTrace = new ReadOnlyStringWrapper("");
    private BackgroundTasks.RunningTask current;
    private long runNumber;
    private final ObjectProperty<Engine> engine = new SimpleObjectProperty<>(Engine.LOCAL);
    private final StringProperty sparkMaster = new SimpleStringProperty("local[*]");
    private final StringProperty sparkData = new SimpleStringProperty("");
    private final StringProperty sparkSubmit = new SimpleStringProperty(
            SparkJob.findSparkSubmit(System.getenv()).map(Path::toString).orElse(""));
    private final StringProperty sparkJar = new SimpleStringProperty(
            SparkJob.findApplicationJar().map(Path::toString).orElse(""));
    /** The settings (data, split, k, seed, parameters) of the rows shown, so rows of two engines sit together only when comparable. */
    private String shownSettings = "";
    /** The rows of the last finished run(s): a run clears the table, so the other engine's rows wait here. */
    private List<MetricRow> shownRows = List.of();

    public EvaluationViewModel(WorkspaceState workspace, BackgroundTasks tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
        if (workspace.interactionsProperty().get() != null) {
            data.set(DataChoice.OPEN_WORKSPACE);
        }
        workspace.openedProperty().addListener((obs, old, now) -> workspaceSwitched());
        for (RecommenderKind kind : RecommenderKind.evaluableKinds()) {
            boolean byDefault = kind == RecommenderKind.RANDOM || kind == RecommenderKind.MOST_POPULAR || kind == RecommenderKind.ITEM_KNN
                    || kind == RecommenderKind.ALS;
            chosen.put(kind, new SimpleBooleanProperty(byDefault));
        }
    }

    public ObjectProperty<DataChoice> dataProperty() {
        return data;
    }

    public StringProperty dataPathProperty() {
        return dataPath;
    }

    public ObjectProperty<SplitKind> splitProperty() {
        return split;
    }

    public StringProperty holdoutTextProperty() {
        return holdoutText;
    }

    public StringProperty kTextProperty() {
        return kText;
    }

    public StringProperty seedTextProperty() {
        return seedText;
    }

    /** Hyper-parameters as {@code model.name=value}, separated by spaces or commas. */
    public StringProperty paramsTextProperty() {
        return paramsText;
    }

    /** The recommenders this pane offers: those of the registry that evaluation can score. */
    public List<RecommenderKind> recommenders() {
        return RecommenderKind.evaluableKinds();
    }

    public BooleanProperty chosenProperty(RecommenderKind kind) {
        return chosen.get(kind);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1 while running (−1 when unknown). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** One row per (recommender, k) of the last finished run. */
    public ObservableList<MetricRow> results() {
        return resultsView;
    }

    /** The training losses of the current (or last) run, in arrival order. */
    public ObservableList<LossPoint> losses() {
        return lossesView;
    }

    /** The plan the fields describe, or an error message for the first invalid field. */
    Plan plan() {
        List<RecommenderKind> kinds = RecommenderKind.evaluableKinds().stream().filter(kind -> chosen.get(kind).get()).toList();
        if (kinds.isEmpty()) {
            return Plan.invalid("choose at least one recommender");
        }
        int[] ks;
        try {
            ks = Arrays.stream(kText.get().split("[,\\s]+")).filter(text -> !text.isBlank()).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            return Plan.invalid("k must be whole numbers separated by commas, e.g. 10,20");
        }
        if (ks.length == 0 || Arrays.stream(ks).anyMatch(k -> k < 1 || k > 1000)) {
            return Plan.invalid("k must be between 1 and 1000, e.g. 10,20");
        }
        long seed;
        try {
            seed = Long.parseLong(seedText.get().strip());
        } catch (NumberFormatException e) {
            return Plan.invalid("seed must be a whole number, got '" + seedText.get() + "'");
        }
        double holdout;
        try {
            holdout = Double.parseDouble(holdoutText.get().strip());
        } catch (NumberFormatException e) {
            return Plan.invalid("the test fraction must be a number between 0 and 1, e.g. 0.2");
        }
        if (split.get() != SplitKind.LEAVE_LAST_OUT && !(holdout > 0 && holdout < 1)) {
            return Plan.invalid("the test fraction must be between 0 and 1 (exclusive), got " + holdoutText.get());
        }
        if (data.get() == DataChoice.OPEN_WORKSPACE && workspace.interactionsProperty().get() == null) {
            return Plan.invalid("the open workspace has no interactions loaded: import some, or choose synthetic data or a file");
        }
        if (data.get() == DataChoice.OPEN_WORKSPACE && workspace.interactionsProperty().get().matrix().nnz() == 0) {
            return Plan.invalid(NOTHING_TO_EVALUATE + workspace.nameProperty().get() + " has no interactions. Import "
                    + "ratings (File → Import ratings…, Ctrl+I), or choose synthetic data or a file");
        }
        if (data.get() == DataChoice.FILE && dataPath.get().isBlank()) {
            return Plan.invalid("choose a workspace or an interactions CSV");
        }
        try {
            return new Plan(new EvaluationPlan(split.get(), holdout, kinds, ks, seed, ModelParams.parseText(paramsText.get())), "");
        } catch (IllegalArgumentException e) {
            return Plan.invalid(e.getMessage());
        }
    }

    record Plan(EvaluationPlan plan, String error) {
        static Plan invalid(String message) {
            return new Plan(null, message);
        }
    }

    /** Starts an evaluation; false (with an error message) when a field is invalid or one is running already. */
    public boolean run() {
        if (running.get()) {
            return false;
        }
        Plan checked = plan();
        if (checked.plan() == null) {
            error.set(checked.error());
            return false;
        }
        if (engine.get() == Engine.SPARK) {
            return runOnSpark(checked.plan());
        }
        error.set("");
        losses.clear();
        results.clear(); // the previous run's table and chart must not stand beside this one's progress or cancel
        running.set(true);
        status.set("starting…");
        long number = ++runNumber;
        DataChoice source = data.get();
        Path path = source == DataChoice.FILE ? Path.of(dataPath.get().strip()) : null;
        EvaluationData open = source == DataChoice.OPEN_WORKSPACE ? openWorkspaceData() : null;
        EvaluationPlan plan = checked.plan();
        String settings = settingsKey(plan);
        current = tasks.submit("Evaluating " + io.tastelab.engine.format.Counts.of(plan.recommenders().size(), "recommender"),
                (BackgroundTasks.PublishingWork<EvaluationReport, LossPoint>) (work, publish) -> {
            EvaluationData loaded = loadData(source, path, open, plan, work);
            if (loaded.interactions().nnz() == 0) {
                throw new NothingToEvaluate(loaded.name() + " has no interactions");
            }
            return EvaluationRun.run(loaded, plan, work, (model, iteration, loss) -> publish.accept(new LossPoint(model, iteration, loss)));
        }, point -> showLoss(number, point), report -> finished(number, report, Engine.LOCAL, settings), failure -> failed(number, failure),
                () -> cancelled(number));
        if (running.get()) {
            progress.bind(current.progressProperty());
            status.bind(current.messageProperty());
        }
        return true;
    }

    /** A training loss of run {@code number}, handed over with the task's progress; an older run's are dropped. */
    private void showLoss(long number, LossPoint point) {
        if (number == runNumber) {
            losses.add(point);
        }
    }

    /** The recommender "Recommend for a user" trains (on all of the chosen data) and serves. */
    public ObjectProperty<RecommenderKind> tryModelProperty() {
        return tryModel;
    }

    /** The user id to recommend for; an empty id gets the popularity fallback, an id the data lacks is an error. */
    public StringProperty tryUserProperty() {
        return tryUser;
    }

    /** The server's seen-items rule; off shows items the user already has. */
    public BooleanProperty filterSeenProperty() {
        return filterSeen;
    }

    /** The list served for the user, best first. */
    public ObservableList<ServedRow> served() {
        return servedView;
    }

    /** What the ranker's scores mean (a cold-start fallback says so) and what the server removed. */
    public ReadOnlyStringProperty servedTraceProperty() {
        return servedTrace.getReadOnlyProperty();
    }

    /** This computer, or Apache Spark through the user's spark-submit. */
    public ObjectProperty<Engine> engineProperty() {
        return engine;
    }

    /** Spark's master URL: local[*], spark://host:7077, yarn, k8s://https://host:port. */
    public StringProperty sparkMasterProperty() {
        return sparkMaster;
    }

    /** The data as the cluster sees it (hdfs:, s3a:, a shared path); empty: the chosen data, exported first. */
    public StringProperty sparkDataProperty() {
        return sparkData;
    }

    /** The spark-submit to use (found in SPARK_HOME or on the PATH at start; editable). */
    public StringProperty sparkSubmitProperty() {
        return sparkSubmit;
    }

    /** TasteLab's Spark application jar (tastelab-spark.jar, from mvn -Pspark package). */
    public StringProperty sparkJarProperty() {
        return sparkJar;
    }

    /** Starts the plan on Apache Spark; the rows come back labelled "(Spark)" beside this computer's. */
    private boolean runOnSpark(EvaluationPlan plan) {
        List<String> unsupported = SparkJob.unsupported(plan);
        if (!unsupported.isEmpty()) {
            error.set("Apache Spark runs random, most popular and ALS; uncheck " + unsupported + " or run on this computer");
            return false;
        }
        Path submit = sparkSubmit.get().isBlank() ? null : Path.of(sparkSubmit.get().strip());
        if (submit == null || !Files.isExecutable(submit)) {
            error.set(submit == null ? SparkJob.HOW_TO_GET_SPARK : "cannot run " + submit + ": " + SparkJob.HOW_TO_GET_SPARK);
            return false;
        }
        Path jar = sparkJar.get().isBlank() ? null : Path.of(sparkJar.get().strip());
        if (jar == null || !Files.isRegularFile(jar)) {
            error.set("TasteLab's Spark application (tastelab-spark.jar) was not found" + (jar == null ? "" : " at " + jar)
                    + ": build it with mvn -Pspark package and give its path");
            return false;
        }
        if (sparkMaster.get().isBlank()) {
            error.set("give Spark's master URL, e.g. local[*] or spark://host:7077");
            return false;
        }
        error.set("");
        losses.clear();
        results.clear(); // as a local run: no old table beside this run's progress
        running.set(true);
        status.set("starting…");
        long number = ++runNumber;
        DataChoice source = data.get();
        Path path = source == DataChoice.FILE ? Path.of(dataPath.get().strip()) : null;
        EvaluationData open = source == DataChoice.OPEN_WORKSPACE ? openWorkspaceData() : null;
        String location = sparkData.get().strip();
        String master = sparkMaster.get().strip();
        String settings = settingsKey(plan);
        current = tasks.submit("Evaluating on Apache Spark (" + master + ")", work -> {
            String input = location;
            Path exported = null;
            try {
                if (input.isEmpty() && path != null && !Workspace.looksLikeWorkspace(path)) {
                    input = path.toAbsolutePath().toString();
                } else if (input.isEmpty()) {
                    work.update(0, 1, "exporting the interactions for Spark");
                    exported = Files.createTempFile("tastelab-spark-", ".csv.gz");
                    InteractionsCsv.write(loadData(source, path, open, plan, work), exported, work);
                    input = exported.toString();
                }
                work.checkCancelled();
                work.update(0, 1, "submitting to " + master);
                return SparkJob.run(new SparkJob.Submission(submit, jar, master, input), plan, work);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot write the interactions for Spark: " + e.getMessage(), e);
            } finally {
                if (exported != null) {
                    try {
                        Files.deleteIfExists(exported);
                    } catch (IOException ignored) {
                        // A temporary file; the OS cleans its temp folder.
                    }
                }
            }
        }, result -> finished(number, result.report(), Engine.SPARK, settings), failure -> failed(number, failure),
                () -> cancelled(number));
        if (running.get()) {
            progress.bind(current.progressProperty());
            status.bind(current.messageProperty());
        }
        return true;
    }

    /** What must match for two engines' rows to be compared in one table. */
    private String settingsKey(EvaluationPlan plan) {
        return data.get() + "|" + dataPath.get().strip() + "|" + plan.split() + "|" + plan.holdout() + "|"
                + Arrays.toString(plan.ks()) + "|" + plan.seed() + "|" + plan.params().asMap();
    }

    /** The label of a row from {@code engine}: Spark's rows say so. */
    static String labelled(String recommender, Engine engine) {
        return engine == Engine.SPARK ? recommender + " (Spark)" : recommender;
    }

    private static boolean isFrom(MetricRow row, Engine engine) {
        return row.recommender().endsWith(" (Spark)") == (engine == Engine.SPARK);
    }

    /**
     * Trains the chosen recommender on all of the chosen data and serves the top k (the first k of the k field) for the
     * user through collector → model → server. Trained models are kept in the workspace's {@link TrainedModels} (shared
     * with the Recommendations pane), so another user or another click does not train again.
     */
    public boolean recommendForUser() {
        if (running.get()) {
            return false;
        }
        Plan checked = plan();
        if (checked.plan() == null) {
            error.set(checked.error());
            return false;
        }
        error.set("");
        EvaluationPlan plan = checked.plan();
        RecommenderKind kind = tryModel.get();
        DataChoice source = data.get();
        Path path = source == DataChoice.FILE ? Path.of(dataPath.get().strip()) : null;
        EvaluationData open = source == DataChoice.OPEN_WORKSPACE ? openWorkspaceData() : null;
        // The open workspace's interactions object names its data (new interactions are a new object); a file or the
        // synthetic data are named by path or seed until the workspace changes and the cache is emptied.
        Object dataKey = switch (source) {
            case OPEN_WORKSPACE -> workspace.interactionsProperty().get();
            case SYNTHETIC -> "synthetic:" + plan.seed();
            case FILE -> "file:" + path.toAbsolutePath();
        };
        TrainedModels models = workspace.trainedModels();
        TrainedModels.Key key = new TrainedModels.Key(dataKey, kind, plan.params().forModel(kind.cliName()), plan.seed());
        RecommendationRequest request = new RecommendationRequest(Optional.of(tryUser.get().strip()), Optional.empty(),
                plan.ks()[0], java.util.Set.of(), plan.seed());
        boolean seenRule = filterSeen.get();
        boolean willTrain = models.find(key).isEmpty();
        if (willTrain) {
            losses.clear();
        }
        running.set(true);
        long number = ++runNumber;
        current = tasks.submit((willTrain ? "Training " : "Recommending with ") + kind.cliName(),
                (BackgroundTasks.PublishingWork<Recommendation, LossPoint>) (work, publish) -> {
            TrainedModels.Entry entry = models.obtain(key, () -> {
                EvaluationData loaded = loadData(source, path, open, plan, work);
                TrainedRecommender model = TrainedRecommender.train(kind, loaded.interactions(), loaded.itemIds(), plan.params(),
                        plan.seed(), work, (name, iteration, loss) -> publish.accept(new LossPoint(name, iteration, loss)));
                return new TrainedModels.Entry(model, loaded.catalog());
            });
            return entry.trained().recommender(seenRule).recommend(entry.catalog(), request);
        }, point -> showLoss(number, point), result -> {
            if (number != runNumber) {
                return;
            }
            unbind();
            running.set(false);
            showServed(result);
        }, failure -> recommendFailed(number, failure), () -> cancelled(number));
        if (running.get()) {
            progress.bind(current.progressProperty());
            status.bind(current.messageProperty());
        }
        return true;
    }

    /** A refused request (an unknown user) or a failed training: say why, and show no list from an earlier request. */
    private void recommendFailed(long number, Throwable failure) {
        if (number != runNumber) {
            return;
        }
        unbind();
        running.set(false);
        status.set("");
        served.clear();
        servedTrace.set("");
        error.set(failure.getMessage() == null ? failure.toString() : failure.getMessage());
    }

    private void showServed(Recommendation recommendation) {
        List<ServedRow> rows = new ArrayList<>();
        recommendation.items().ifPresent(items -> {
            int rank = 1;
            for (var scored : items) {
                var item = recommendation.catalog().item(scored.index());
                rows.add(new ServedRow(rank++, item.id(), item.title(), scored.score()));
            }
        });
        served.setAll(rows);
        String removed = io.tastelab.engine.pipeline.Explanations.removalCounts(recommendation.trace().removals());
        String none = recommendation.isNone() ? "None: " + io.tastelab.engine.pipeline.Explanations.whyNone(recommendation) + ". " : "";
        servedTrace.set(none + "Ranked by " + recommendation.trace().scoreMeaning() + "."
                + (removed.isEmpty() ? "" : " The server removed " + removed + "."));
        status.set(recommendation.recommender() + ": " + io.tastelab.engine.format.Counts.of(rows.size(), "item") + " for user '" + tryUser.get().strip() + "'");
    }

    private static EvaluationData loadData(DataChoice source, Path path, EvaluationData open, EvaluationPlan plan,
                                           io.tastelab.engine.task.Progress work) {
        try {
            return switch (source) {
                case OPEN_WORKSPACE -> open;
                case SYNTHETIC -> EvaluationData.synthetic(SyntheticTastes.Shape.small(), plan.seed());
                case FILE -> EvaluationData.load(path, work);
            };
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private EvaluationData openWorkspaceData() {
        WorkspaceState.Interactions loaded = workspace.interactionsProperty().get();
        String[] ids = new String[loaded.catalog().size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = loaded.catalog().item(i).id();
        }
        return new EvaluationData(workspace.nameProperty().get(), loaded.matrix(), ids, loaded.catalog());
    }

    /** Data with nothing to split into training and test; said as such, not as a table of zeros. */
    private static final class NothingToEvaluate extends IllegalArgumentException {
        NothingToEvaluate(String message) {
            super(message);
        }
    }

    /** A switch of workspace: a running job stops, and no result, message or served list of the old one stays. */
    private void workspaceSwitched() {
        if (current != null && running.get()) {
            current.cancel();
        }
        unbind();
        running.set(false);
        runNumber++;
        results.clear();
        shownRows = List.of();
        shownSettings = "";
        losses.clear();
        served.clear();
        servedTrace.set("");
        status.set("");
        error.set("");
        progress.set(0);
    }

    /** Asks the running evaluation to stop; it ends at its next check. */
    public void cancel() {
        if (current != null && running.get()) {
            current.cancel();
            unbind();
            running.set(false);
            status.set("cancelled: no results (run again to get a table)");
            runNumber++;
        }
    }

    /** After a cancel from the status bar: the same as this pane's own Cancel. */
    private void cancelled(long number) {
        if (number == runNumber) {
            cancel();
        }
    }

    private void finished(long number, EvaluationReport report, Engine from, String settings) {
        if (number != runNumber) {
            return;
        }
        unbind();
        running.set(false);
        if (report.testUsers() == 0) {
            status.set("");
            error.set(NOTHING_TO_EVALUATE + "no user of " + report.data() + " has an interaction to hold out for testing ("
                    + report.splitDescription() + "); add ratings, or choose another split");
            return;
        }
        List<MetricRow> rows = new ArrayList<>();
        if (settings.equals(shownSettings)) {
            // The same data and settings on the other engine: keep its rows beside these, to compare.
            shownRows.stream().filter(row -> !isFrom(row, from)).forEach(rows::add);
        }
        for (MetricRow row : report.rows()) {
            rows.add(from == Engine.LOCAL ? row : new MetricRow(labelled(row.recommender(), from), row.k(), row.precision(),
                    row.recall(), row.ndcg(), row.map(), row.mrr(), row.hitRate(), row.coverage(), row.popularityBias(),
                    row.users(), row.coldStartUsers(), row.rmse(), row.mae()));
        }
        shownSettings = settings;
        shownRows = List.copyOf(rows);
        results.setAll(rows);
        progress.set(1);
        status.set(String.format(Locale.ROOT, "%s: %s, %,d test users", report.data(), report.splitDescription(), report.testUsers()));
    }

    private void failed(long number, Throwable failure) {
        if (number != runNumber) {
            return;
        }
        unbind();
        running.set(false);
        status.set("");
        if (failure instanceof NothingToEvaluate) {
            error.set(NOTHING_TO_EVALUATE + failure.getMessage());
            return;
        }
        error.set("evaluation failed: " + (failure.getMessage() == null ? failure.toString() : failure.getMessage()));
    }

    private void unbind() {
        progress.unbind();
        status.unbind();
    }

    /** Writes the results as CSV; empty on success, else the reason (also shown as the pane's error). */
    public Optional<String> exportCsv(Path file) {
        Optional<String> problem;
        if (running.get()) {
            problem = Optional.of("an evaluation is running: export when it has finished");
        } else if (results.isEmpty()) {
            problem = Optional.of("nothing to export yet: run an evaluation first");
        } else {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                MetricRowsCsv.write(new ArrayList<>(results), out);
                problem = Optional.empty();
                status.set("exported " + io.tastelab.engine.format.Counts.of(results.size(), "row") + " to " + file);
            } catch (IOException e) {
                problem = Optional.of("cannot write " + file + ": " + e.getMessage());
            }
        }
        error.set(problem.orElse(""));
        return problem;
    }
}
