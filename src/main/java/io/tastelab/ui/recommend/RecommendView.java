package io.tastelab.ui.recommend;

import atlantafx.base.theme.Styles;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.ui.Tables;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The recommendation output pane: request controls, the ranked list, and the pipeline trace. */
public final class RecommendView extends VBox {

    public RecommendView(RecommendViewModel viewModel) {
        setId("recommendPane");
        setSpacing(10);
        setPadding(new Insets(10));

        ComboBox<RecommenderKind> recommender = new ComboBox<>();
        recommender.setId("recommenderChoice");
        recommender.getItems().setAll(viewModel.recommenders());
        recommender.valueProperty().bindBidirectional(viewModel.recommenderProperty());

        Spinner<Integer> k = new Spinner<>(0, 1000, viewModel.maxNumRecsProperty().get());
        k.setId("kSpinner");
        k.setEditable(true);
        k.setPrefWidth(90);
        k.getValueFactory().valueProperty().bindBidirectional(viewModel.maxNumRecsProperty());

        ComboBox<String> category = new ComboBox<>(viewModel.categories());
        category.setId("categoryChoice");
        category.valueProperty().bindBidirectional(viewModel.categoryProperty());

        TextField exclude = new TextField();
        exclude.setId("excludeField");
        exclude.setPromptText("ids to exclude, comma-separated");
        exclude.setPrefColumnCount(18);
        exclude.textProperty().bindBidirectional(viewModel.excludeTextProperty());

        TextField seed = new TextField();
        seed.setId("requestSeedField");
        seed.setPrefColumnCount(6);
        seed.textProperty().bindBidirectional(viewModel.seedTextProperty());

        FlowPane controls = new FlowPane(12, 8,
                labelled("Recommender", recommender), labelled("max_num_recs", k), labelled("Context", category),
                labelled("Exclude", exclude), labelled("Seed", seed));
        controls.setAlignment(Pos.CENTER_LEFT);

        Label requestError = new Label();
        requestError.setId("requestError");
        requestError.getStyleClass().add(Styles.DANGER);
        requestError.textProperty().bind(viewModel.requestErrorProperty());
        requestError.visibleProperty().bind(viewModel.requestErrorProperty().isNotEmpty());
        requestError.managedProperty().bind(requestError.visibleProperty());

        Label none = new Label();
        none.setId("noneLabel");
        none.getStyleClass().addAll(Styles.WARNING, Styles.TITLE_4);
        none.setWrapText(true);
        none.textProperty().bind(viewModel.noneMessageProperty());
        none.visibleProperty().bind(viewModel.noneMessageProperty().isNotEmpty());
        none.managedProperty().bind(none.visibleProperty());

        TableView<ResultRow> results = new TableView<>(viewModel.results());
        results.setId("resultsTable");
        results.setPlaceholder(new Label("No items"));
        results.getColumns().addAll(java.util.List.of(
                Tables.column("#", ResultRow::rank, 40),
                Tables.column("ID", ResultRow::id, 80),
                Tables.column("Title", ResultRow::title, 280),
                Tables.column("Score", ResultRow::scoreText, 90),
                Tables.column("Why it is here", ResultRow::why, 300)));

        TreeView<String> trace = new TreeView<>(new TreeItem<>("Trace"));
        trace.setId("traceTree");
        trace.setShowRoot(false);
        viewModel.trace().addListener((ListChangeListener<TraceStage>) change -> fillTrace(trace, viewModel));
        fillTrace(trace, viewModel);

        Label resultsTitle = new Label("Recommendations");
        resultsTitle.getStyleClass().add(Styles.TITLE_4);
        javafx.scene.control.Button export = new javafx.scene.control.Button("Export CSV…");
        export.setId("exportRecommendationsButton");
        export.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle("Export the recommendations");
            chooser.setInitialFileName("recommendations.csv");
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV files", "*.csv"));
            java.io.File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                viewModel.exportCsv(file.toPath());
            }
        });
        Label exportMessage = new Label();
        exportMessage.setId("exportMessage");
        exportMessage.getStyleClass().add(Styles.TEXT_MUTED);
        exportMessage.textProperty().bind(viewModel.exportMessageProperty());
        javafx.scene.layout.HBox resultsHeader = new javafx.scene.layout.HBox(10, resultsTitle, export, exportMessage);
        resultsHeader.setAlignment(Pos.CENTER_LEFT);
        Label traceTitle = new Label("Trace: collector → ranker → server");
        traceTitle.getStyleClass().add(Styles.TITLE_4);
        VBox.setVgrow(results, Priority.ALWAYS);
        VBox.setVgrow(trace, Priority.ALWAYS);
        VBox resultBox = new VBox(6, resultsHeader, none, results);
        VBox traceBox = new VBox(6, traceTitle, trace);
        SplitPane split = new SplitPane(resultBox, traceBox);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);

        getChildren().addAll(controls, requestError, split);
    }

    private static void fillTrace(TreeView<String> tree, RecommendViewModel viewModel) {
        tree.getRoot().getChildren().clear();
        for (TraceStage stage : viewModel.trace()) {
            TreeItem<String> node = new TreeItem<>(stage.heading());
            stage.lines().forEach(line -> node.getChildren().add(new TreeItem<>(line)));
            node.setExpanded(true);
            tree.getRoot().getChildren().add(node);
        }
    }

    private static VBox labelled(String text, javafx.scene.Node control) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(2, label, control);
    }
}
