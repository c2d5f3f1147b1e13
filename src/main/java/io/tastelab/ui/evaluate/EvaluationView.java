package io.tastelab.ui.evaluate;

import atlantafx.base.theme.Styles;
import io.tastelab.engine.evaluation.MetricRow;
import io.tastelab.engine.evaluation.SplitKind;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.ui.Tables;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The evaluation pane: settings on the left; results table, nDCG chart and live loss curves on the right. */
public final class EvaluationView extends SplitPane {

    public EvaluationView(EvaluationViewModel viewModel) {
        setId("evaluationPane");

        ChoiceBox<EvaluationViewModel.DataChoice> data = new ChoiceBox<>();
        data.setId("evaluationData");
        data.getItems().setAll(EvaluationViewModel.DataChoice.values());
        data.valueProperty().bindBidirectional(viewModel.dataProperty());
        TextField path = new TextField();
        path.setId("evaluationDataPath");
        // Prompts say the gist in the field's width (LayoutFxTest measures them at 1024x700); tooltips say the rest.
        path.setPromptText("workspace or CSV");
        path.setTooltip(new javafx.scene.control.Tooltip("A workspace (.tastelab) or a CSV of user,item,value[,timestamp]"));
        path.textProperty().bindBidirectional(viewModel.dataPathProperty());
        path.disableProperty().bind(viewModel.dataProperty().isNotEqualTo(EvaluationViewModel.DataChoice.FILE));
        Button browse = new Button("Browse…");
        browse.setId("evaluationBrowse");
        browse.disableProperty().bind(path.disableProperty());
        browse.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Interactions to evaluate on");
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                viewModel.dataPathProperty().set(file.getPath());
            }
        });
        HBox pathRow = new HBox(6, path, browse);
        HBox.setHgrow(path, Priority.ALWAYS);

        ChoiceBox<SplitKind> split = new ChoiceBox<>();
        split.setId("evaluationSplit");
        split.getItems().setAll(SplitKind.values());
        split.valueProperty().bindBidirectional(viewModel.splitProperty());
        TextField holdout = field("evaluationHoldout", viewModel.holdoutTextProperty(), 5);
        holdout.disableProperty().bind(viewModel.splitProperty().isEqualTo(SplitKind.LEAVE_LAST_OUT));

        FlowPane recommenders = new FlowPane(10, 6);
        recommenders.setId("evaluationRecommenders");
        for (RecommenderKind kind : viewModel.recommenders()) {
            CheckBox box = new CheckBox(kind.label());
            box.setId("evaluate-" + kind.cliName());
            box.selectedProperty().bindBidirectional(viewModel.chosenProperty(kind));
            recommenders.getChildren().add(box);
        }

        TextField k = field("evaluationK", viewModel.kTextProperty(), 8);
        TextField seed = field("evaluationSeed", viewModel.seedTextProperty(), 8);
        TextField params = field("evaluationParams", viewModel.paramsTextProperty(), 20);
        params.setPromptText("e.g. als.factors=32");
        params.setTooltip(new javafx.scene.control.Tooltip(
                "name=value pairs separated by spaces, e.g. als.factors=32 item-knn.neighbours=50"));

        Button run = new Button("Evaluate");
        run.setId("evaluateButton");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(viewModel.runningProperty());
        run.setOnAction(event -> viewModel.run());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelEvaluationButton");
        cancel.visibleProperty().bind(viewModel.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(event -> viewModel.cancel());
        Button export = new Button("Export CSV…");
        export.setId("exportEvaluationButton");
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.results()).or(viewModel.runningProperty()));
        Label error = new Label();
        error.setId("evaluationError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        export.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export evaluation results");
            chooser.setInitialFileName("evaluation.csv");
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                viewModel.exportCsv(file.toPath());
            }
        });
        ProgressBar progress = new ProgressBar();
        progress.setId("evaluationProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        Label status = new Label();
        status.setId("evaluationStatus");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        status.visibleProperty().bind(viewModel.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());

        ChoiceBox<EvaluationViewModel.Engine> engine = new ChoiceBox<>();
        engine.setId("evaluationEngine");
        engine.getItems().setAll(EvaluationViewModel.Engine.values());
        engine.valueProperty().bindBidirectional(viewModel.engineProperty());
        TextField master = field("sparkMaster", viewModel.sparkMasterProperty(), 20);
        master.setPromptText("e.g. local[*], yarn");
        master.setTooltip(new javafx.scene.control.Tooltip(
                "Spark's master URL: local[*], spark://host:7077, yarn, k8s://https://host:6443"));
        TextField sparkData = field("sparkData", viewModel.sparkDataProperty(), 20);
        sparkData.setPromptText("empty: export the data above");
        sparkData.setTooltip(new javafx.scene.control.Tooltip(
                "Where Spark reads the data; empty: export the data above for Spark (local or shared disk)"));
        TextField submit = field("sparkSubmit", viewModel.sparkSubmitProperty(), 20);
        submit.setPromptText("from SPARK_HOME or PATH");
        submit.setTooltip(new javafx.scene.control.Tooltip("spark-submit; empty: found in SPARK_HOME or on the PATH"));
        TextField jar = field("sparkJar", viewModel.sparkJarProperty(), 20);
        jar.setPromptText("tastelab-spark.jar");
        jar.setTooltip(new javafx.scene.control.Tooltip("The Spark job, built by mvn -Pspark package"));
        Label noSpark = new Label(io.tastelab.engine.evaluation.SparkJob.HOW_TO_GET_SPARK);
        noSpark.setId("sparkMissing");
        noSpark.setWrapText(true);
        noSpark.getStyleClass().add(Styles.TEXT_MUTED);
        noSpark.visibleProperty().bind(viewModel.sparkSubmitProperty().isEmpty());
        noSpark.managedProperty().bind(noSpark.visibleProperty());
        VBox sparkSettings = new VBox(6, labelled("Master URL", master), labelled("Data location", sparkData),
                labelled("spark-submit", submit), labelled("Application jar", jar), noSpark);
        sparkSettings.setId("sparkSettings");
        sparkSettings.visibleProperty().bind(viewModel.engineProperty().isEqualTo(EvaluationViewModel.Engine.SPARK));
        sparkSettings.managedProperty().bind(sparkSettings.visibleProperty());

        for (Button button : new Button[] {run, cancel, export, browse}) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // whole words, never "Ev…"
        }
        FlowPane buttons = new FlowPane(8, 6, run, cancel, export);
        VBox settings = new VBox(8,
                new Label("Engine"), engine, sparkSettings,
                new Label("Data"), data, pathRow,
                new Label("Split"), split, labelled("Test fraction (holdout, temporal)", holdout),
                new Label("Recommenders"), recommenders,
                labelled("k (comma-separated)", k), labelled("Seed", seed), new Label("Hyper-parameters"), params);
        settings.setPadding(new Insets(10));
        ScrollPane settingsScroll = new ScrollPane(settings);
        settingsScroll.setId("evaluationSettingsScroll");
        settingsScroll.setFitToWidth(true);
        // Evaluate, Cancel and what a run reports stay under the settings, in view at 1024x700 however long the
        // settings grow (Spark's add four fields): a user never scrolls to find the button or its answer.
        VBox actions = new VBox(6, buttons, progress, status, error);
        actions.setId("evaluationActions");
        actions.setPadding(new Insets(8, 10, 10, 10));
        actions.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the settings scroll shrinks, never the status lines
        VBox left = new VBox(settingsScroll, new javafx.scene.control.Separator(), actions);
        VBox.setVgrow(settingsScroll, Priority.ALWAYS);

        TableView<MetricRow> table = new TableView<>(viewModel.results());
        table.setId("evaluationTable");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY); // whole headers; scroll when narrow
        // As tall as its rows (every recommender × k in view), between 3 and 14 rows; the charts take the rest.
        table.setFixedCellSize(26);
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> 26.0 * (Math.min(14, Math.max(3, viewModel.results().size())) + 1) + 18, viewModel.results()));
        table.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        table.setPlaceholder(new Label("No results yet: choose the data and recommenders, then Evaluate."));
        table.getColumns().addAll(List.of(
                Tables.column("Recommender", MetricRow::recommender, 120),
                Tables.column("k", (MetricRow r) -> Integer.toString(r.k()), 40),
                metric("Precision", MetricRow::precision), metric("Recall", MetricRow::recall),
                metric("nDCG", MetricRow::ndcg), metric("MAP", MetricRow::map), metric("MRR", MetricRow::mrr),
                metric("Hit rate", MetricRow::hitRate), metric("Coverage", MetricRow::coverage),
                Tables.column("Pop. bias", (MetricRow r) -> String.format(Locale.ROOT, "%,.1f", r.popularityBias()), 80),
                Tables.column("RMSE", (MetricRow r) -> Double.isNaN(r.rmse()) ? "" : String.format(Locale.ROOT, "%.4f", r.rmse()), 70)));

        CategoryAxis recommenderAxis = new CategoryAxis();
        NumberAxis ndcgAxis = new NumberAxis();
        ndcgAxis.setLabel("nDCG");
        BarChart<String, Number> ndcgChart = new BarChart<>(recommenderAxis, ndcgAxis);
        ndcgChart.setId("evaluationChart");
        ndcgChart.setTitle("nDCG@k by recommender");
        ndcgChart.setAnimated(false);
        viewModel.results().addListener((ListChangeListener<MetricRow>) change -> ndcgChart.getData().setAll(ndcgSeries(viewModel.results())));

        // One small chart per trained model, each on its own axis of its own loss: ALS, MF and BPR measure different
        // things on scales orders of magnitude apart, so a shared axis (or one scaled to the first loss) flattens one
        // of them and hides the values themselves.
        VBox lossCharts = new VBox(4);
        lossCharts.setId("lossCharts");
        Map<String, XYChart.Series<Number, Number>> lossSeries = new LinkedHashMap<>();
        viewModel.losses().addListener((ListChangeListener<EvaluationViewModel.LossPoint>) change -> {
            while (change.next()) {
                if (change.wasRemoved() && viewModel.losses().isEmpty()) {
                    lossSeries.clear();
                    lossCharts.getChildren().clear();
                }
                for (EvaluationViewModel.LossPoint point : change.getAddedSubList()) {
                    XYChart.Series<Number, Number> series = lossSeries.computeIfAbsent(point.model(),
                            model -> lossChart(lossCharts, model));
                    series.getData().add(new XYChart.Data<>(point.iteration(), point.loss()));
                    NumberAxis iterations = (NumberAxis) series.getChart().getXAxis();
                    int last = Math.max(2, point.iteration());
                    if (last > iterations.getUpperBound()) {
                        iterations.setUpperBound(last);
                        iterations.setTickUnit(Math.max(1, Math.ceil(last / 10.0)));
                    }
                }
            }
        });
        // Empty charts say what fills them instead of drawing axes over nothing.
        SplitPane charts = new SplitPane(
                io.tastelab.ui.EmptyState.over(ndcgChart, javafx.beans.binding.Bindings.when(javafx.beans.binding.Bindings.isEmpty(
                        viewModel.results())).then("Evaluate to see nDCG@k by recommender here.").otherwise(""), "evaluationChartEmpty"),
                io.tastelab.ui.EmptyState.over(lossCharts, javafx.beans.binding.Bindings.when(javafx.beans.binding.Bindings.isEmpty(
                        viewModel.losses())).then("ALS, MF and BPR draw their training loss here while they train.").otherwise(""),
                        "lossChartEmpty"));
        VBox resultsBox = new VBox(8, table, charts);
        VBox.setVgrow(charts, Priority.ALWAYS);
        resultsBox.setPadding(new Insets(10));

        ChoiceBox<RecommenderKind> tryModel = new ChoiceBox<>();
        tryModel.setId("tryModel");
        tryModel.getItems().setAll(viewModel.recommenders());
        tryModel.valueProperty().bindBidirectional(viewModel.tryModelProperty());
        TextField tryUser = field("tryUser", viewModel.tryUserProperty(), 10);
        tryUser.setPromptText("user id");
        CheckBox filterSeen = new CheckBox("Hide items the user has seen");
        filterSeen.setId("filterSeen");
        filterSeen.selectedProperty().bindBidirectional(viewModel.filterSeenProperty());
        Button recommend = new Button("Recommend");
        recommend.setId("recommendForUserButton");
        recommend.disableProperty().bind(viewModel.runningProperty());
        recommend.setOnAction(event -> viewModel.recommendForUser());
        HBox tryBar = new HBox(8, new Label("Recommender"), tryModel, new Label("User"), tryUser, filterSeen, recommend);
        tryBar.setAlignment(Pos.CENTER_LEFT);
        TableView<EvaluationViewModel.ServedRow> servedTable = new TableView<>(viewModel.served());
        servedTable.setId("servedTable");
        servedTable.getColumns().addAll(List.of(
                Tables.column("#", (EvaluationViewModel.ServedRow r) -> Integer.toString(r.rank()), 40),
                Tables.column("ID", EvaluationViewModel.ServedRow::id, 100),
                Tables.column("Title", EvaluationViewModel.ServedRow::title, 320),
                Tables.column("Score", (EvaluationViewModel.ServedRow r) -> String.format(Locale.ROOT, "%.4f", r.score()), 90)));
        VBox.setVgrow(servedTable, Priority.ALWAYS);
        Label servedTrace = new Label();
        servedTrace.setId("servedTrace");
        servedTrace.setWrapText(true);
        servedTrace.textProperty().bind(viewModel.servedTraceProperty());
        Label tryHelp = new Label("Trains the recommender on all of the chosen data (with the seed and hyper-parameters "
                + "on the left) and serves the top k for one user: collector → model → server.");
        tryHelp.setWrapText(true);
        VBox tryBox = new VBox(8, tryHelp, tryBar, servedTable, servedTrace);
        tryBox.setPadding(new Insets(10));

        // The charts keep a readable height beside a long table (7 recommenders x 2 k at 1024x700): the results
        // scroll instead of squeezing the charts flat.
        charts.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(280, lossCharts.getChildren().size() * 154.0), lossCharts.getChildren()));
        ScrollPane resultsScroll = new ScrollPane(resultsBox);
        resultsScroll.setId("resultsScroll");
        resultsScroll.setFitToWidth(true);
        resultsScroll.setFitToHeight(true);
        javafx.scene.control.Tab resultsTab = new javafx.scene.control.Tab("Results", resultsScroll);
        resultsTab.setId("evaluationResultsTab");
        javafx.scene.control.Tab tryTab = new javafx.scene.control.Tab("Recommend for a user", tryBox);
        tryTab.setId("tryTab");
        javafx.scene.control.TabPane right = new javafx.scene.control.TabPane(resultsTab, tryTab);
        right.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);

        getItems().addAll(left, right);
        setDividerPositions(0.3);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty text, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        if (columns <= 8) { // short numbers stay whole ("0." for "0.2"); long fields may narrow with the column
            field.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            field.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        field.textProperty().bindBidirectional(text);
        return field;
    }

    /** A label above its field: in the narrow settings column neither is cut ("0." for "0.2"). */
    private static VBox labelled(String label, javafx.scene.Node node) {
        Label text = new Label(label);
        text.setWrapText(true);
        return new VBox(4, text, node);
    }

    private static javafx.scene.control.TableColumn<MetricRow, String> metric(String title, Function<MetricRow, Double> value) {
        return Tables.column(title, (MetricRow row) -> String.format(Locale.ROOT, "%.4f", value.apply(row)), 82);
    }

    private static List<XYChart.Series<String, Number>> ndcgSeries(List<MetricRow> rows) {
        Map<Integer, XYChart.Series<String, Number>> byK = new LinkedHashMap<>();
        for (MetricRow row : rows) {
            XYChart.Series<String, Number> series = byK.computeIfAbsent(row.k(), k -> {
                XYChart.Series<String, Number> created = new XYChart.Series<>();
                created.setName("nDCG@" + k);
                return created;
            });
            series.getData().add(new XYChart.Data<>(row.recommender(), row.ndcg()));
        }
        return List.copyOf(byK.values());
    }

    /** A chart of one model's training loss, added to {@code holder}: whole iterations across, its own loss up. */
    private static XYChart.Series<Number, Number> lossChart(VBox holder, String model) {
        NumberAxis iterationAxis = new NumberAxis(1, 2, 1);
        iterationAxis.setLabel("iteration");
        iterationAxis.setAutoRanging(false); // whole iterations only: no ticks at 2.5
        iterationAxis.setMinorTickVisible(false);
        NumberAxis lossAxis = new NumberAxis();
        lossAxis.setLabel("loss");
        lossAxis.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(iterationAxis, lossAxis);
        chart.setId("lossChart-" + model);
        chart.setTitle(model.toUpperCase(Locale.ROOT) + " loss: " + EvaluationViewModel.lossMeaning(model));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setMinHeight(150); // room for the curve under the title and above the iteration axis
        VBox.setVgrow(chart, Priority.ALWAYS);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(model);
        chart.getData().add(series);
        holder.getChildren().add(chart);
        return series;
    }
}
