package io.tastelab.ui.recommend;

import atlantafx.base.theme.Styles;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.ui.Tables;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The recommendation output pane: request controls, the user picker and history (personalized recommenders), the
 * ranked list (two side by side when comparing), and the pipeline trace. Binds to {@link RecommendViewModel} only.
 */
public final class RecommendView extends VBox {

    public RecommendView(RecommendViewModel viewModel) {
        setId("recommendPane");
        setSpacing(8);
        setPadding(new Insets(10));

        ComboBox<RecommenderKind> recommender = new ComboBox<>();
        recommender.setId("recommenderChoice");
        recommender.getItems().setAll(viewModel.recommenders());
        recommender.valueProperty().bindBidirectional(viewModel.recommenderProperty());

        TextField user = new TextField();
        user.setId("userField");
        user.setPromptText("user id");
        user.setPrefColumnCount(8);
        user.textProperty().bindBidirectional(viewModel.userTextProperty());
        VBox userBox = labelled("User", user);
        userBox.visibleProperty().bind(viewModel.personalizedProperty());
        userBox.managedProperty().bind(userBox.visibleProperty());

        TextField k = new TextField();
        k.setId("maxNumRecsField");
        k.setPrefColumnCount(4);
        k.textProperty().bindBidirectional(viewModel.maxNumRecsTextProperty());

        ComboBox<String> category = new ComboBox<>(viewModel.categories());
        category.setId("categoryChoice");
        category.valueProperty().bindBidirectional(viewModel.categoryProperty());

        TextField exclude = new TextField();
        exclude.setId("excludeField");
        exclude.setPromptText("e.g. bk-001, fm-079");
        exclude.setTooltip(new javafx.scene.control.Tooltip("Item ids to exclude, separated by commas"));
        exclude.setPrefColumnCount(14);
        exclude.textProperty().bindBidirectional(viewModel.excludeTextProperty());

        TextField seed = new TextField();
        seed.setId("requestSeedField");
        seed.setPrefColumnCount(4);
        seed.textProperty().bindBidirectional(viewModel.seedTextProperty());

        // The same hyper-parameters, written the same way, as the Evaluation pane takes.
        TextField params = new TextField();
        params.setId("recommendParamsField");
        params.setPromptText("e.g. als.factors=32 item-knn.neighbours=50");
        params.setPrefColumnCount(16);
        params.textProperty().bindBidirectional(viewModel.paramsTextProperty());
        VBox paramsBox = labelled("Parameters", params);
        paramsBox.visibleProperty().bind(viewModel.personalizedProperty());
        paramsBox.managedProperty().bind(paramsBox.visibleProperty());

        CheckBox hideSeen = new CheckBox("Hide seen items");
        hideSeen.setId("hideSeenCheck");
        hideSeen.selectedProperty().bindBidirectional(viewModel.hideSeenProperty());
        hideSeen.visibleProperty().bind(viewModel.personalizedProperty());
        hideSeen.managedProperty().bind(hideSeen.visibleProperty());

        ComboBox<RecommenderKind> compare = new ComboBox<>();
        compare.setId("compareChoice");
        compare.setPromptText("none");
        compare.getItems().setAll(viewModel.recommenders());
        compare.valueProperty().bindBidirectional(viewModel.compareWithProperty());
        Button noCompare = new Button("×");
        noCompare.setId("clearCompareButton");
        noCompare.setTooltip(new javafx.scene.control.Tooltip("Stop comparing"));
        noCompare.disableProperty().bind(viewModel.comparingProperty().not());
        noCompare.setOnAction(event -> viewModel.compareWithProperty().set(null));

        FlowPane controls = new FlowPane(12, 6,
                labelled("Recommender", recommender), userBox, labelled("max_num_recs", k), labelled("Context", category),
                labelled("Exclude", exclude), labelled("Seed", seed), labelled("Compare with", new HBox(4, compare, noCompare)),
                paramsBox, hideSeen);
        controls.setAlignment(Pos.BOTTOM_LEFT);

        Label requestError = messageLabel("requestError", viewModel.requestErrorProperty(), Styles.DANGER);
        Label hint = messageLabel("recommendHint", viewModel.hintProperty(), Styles.ACCENT);

        ProgressBar progress = new ProgressBar();
        progress.setId("recommendProgress");
        progress.progressProperty().bind(viewModel.progressProperty());
        Label status = new Label();
        status.setId("recommendStatus");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(viewModel.statusProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelRecommendButton");
        cancel.setOnAction(event -> viewModel.cancel());
        cancel.visibleProperty().bind(viewModel.runningProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        HBox running = new HBox(8, progress, status, cancel);
        running.setAlignment(Pos.CENTER_LEFT);

        Label none = messageLabel("noneLabel", viewModel.noneMessageProperty(), Styles.WARNING);

        TableView<ResultRow> results = resultsTable("resultsTable", viewModel.results(), "B", viewModel.comparingProperty().get());
        TableView<ResultRow> comparison = resultsTable("comparisonTable", viewModel.comparison(), "A", true);
        viewModel.comparingProperty().addListener((obs, old, now) -> showComparedColumn(results, now));
        showComparedColumn(results, viewModel.comparingProperty().get());

        Label resultsTitle = new Label();
        resultsTitle.setId("resultsTitle");
        resultsTitle.getStyleClass().add(Styles.TITLE_4);
        resultsTitle.textProperty().bind(viewModel.resultsTitleProperty());
        Button export = new Button("Export CSV…");
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
        HBox resultsHeader = new HBox(10, resultsTitle, export, exportMessage);
        resultsHeader.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(results, Priority.ALWAYS);
        VBox resultBox = new VBox(6, resultsHeader, none, results);
        HBox.setHgrow(resultBox, Priority.ALWAYS);

        Label comparisonTitle = new Label();
        comparisonTitle.getStyleClass().add(Styles.TITLE_4);
        comparisonTitle.textProperty().bind(viewModel.comparisonTitleProperty());
        VBox.setVgrow(comparison, Priority.ALWAYS);
        VBox comparisonBox = new VBox(6, comparisonTitle, comparison);
        comparisonBox.setId("comparisonBox");
        comparisonBox.visibleProperty().bind(viewModel.comparingProperty());
        comparisonBox.managedProperty().bind(comparisonBox.visibleProperty());
        HBox.setHgrow(comparisonBox, Priority.ALWAYS);
        resultBox.setPrefWidth(100);
        comparisonBox.setPrefWidth(100);
        HBox lists = new HBox(10, resultBox, comparisonBox);

        TreeView<String> trace = new TreeView<>(new TreeItem<>("Trace"));
        trace.setId("traceTree");
        trace.setShowRoot(false);
        viewModel.trace().addListener((ListChangeListener<TraceStage>) change -> fillTrace(trace, viewModel));
        fillTrace(trace, viewModel);
        Label traceTitle = new Label("Trace: collector → ranker → server");
        traceTitle.getStyleClass().add(Styles.TITLE_4);
        VBox.setVgrow(trace, Priority.ALWAYS);
        VBox traceBox = new VBox(6, traceTitle, trace);

        SplitPane listsAndTrace = new SplitPane(lists, traceBox);
        listsAndTrace.setOrientation(Orientation.VERTICAL);
        listsAndTrace.setDividerPositions(0.6);
        HBox.setHgrow(listsAndTrace, Priority.ALWAYS);

        HBox body = new HBox(10, userPanel(viewModel), listsAndTrace);
        VBox.setVgrow(body, Priority.ALWAYS);

        getChildren().addAll(controls, requestError, hint, running, body);
    }

    /** Users matching the typed id, and the chosen user's history; shown for personalized recommenders. */
    private static VBox userPanel(RecommendViewModel viewModel) {
        Label usersTitle = new Label("Users");
        usersTitle.getStyleClass().add(Styles.TITLE_4);
        ListView<String> users = new ListView<>(viewModel.matchingUsers());
        users.setId("userList");
        users.setPlaceholder(new Label("No user id contains that text"));
        users.setPrefHeight(120);
        // Chosen on click or Enter, not on selection: choosing narrows the list, which must not change mid-selection.
        users.setOnMouseClicked(event -> viewModel.chooseUser(users.getSelectionModel().getSelectedItem()));
        users.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER) {
                viewModel.chooseUser(users.getSelectionModel().getSelectedItem());
            }
        });

        Label historyTitle = new Label();
        historyTitle.setId("historyTitle");
        historyTitle.getStyleClass().add(Styles.TITLE_4);
        historyTitle.setWrapText(true);
        historyTitle.textProperty().bind(viewModel.historyTitleProperty());
        TableView<RecommendViewModel.HistoryRow> history = new TableView<>(viewModel.history());
        history.setId("historyTable");
        history.setPlaceholder(new Label("Choose a user"));
        history.getColumns().addAll(List.of(
                Tables.column("Title", RecommendViewModel.HistoryRow::title, 125),
                Tables.column("Rating", RecommendViewModel.HistoryRow::value, 58),
                Tables.column("Genres", RecommendViewModel.HistoryRow::genres, 120),
                Tables.column("Date", RecommendViewModel.HistoryRow::date, 90)));
        VBox.setVgrow(history, Priority.ALWAYS);

        VBox panel = new VBox(6, usersTitle, users, historyTitle, history);
        panel.setId("userPanel");
        panel.setPrefWidth(280);
        panel.setMinWidth(220);
        panel.visibleProperty().bind(viewModel.personalizedProperty());
        panel.managedProperty().bind(panel.visibleProperty());
        return panel;
    }

    private static TableView<ResultRow> resultsTable(String id, javafx.collections.ObservableList<ResultRow> rows, String otherList,
                                                     boolean compared) {
        TableView<ResultRow> table = new TableView<>(rows);
        table.setId(id);
        table.setPlaceholder(new Label("No items"));
        // Compared lists are half as wide: the rank in the other list is compact ("#4, 3 lower") under a header naming
        // that list, never cut; the whole sentence is its tooltip.
        javafx.scene.control.TableColumn<ResultRow, String> inOther = Tables.column("In " + otherList, ResultRow::inOtherCompact, 96);
        inOther.setId(id + "InOther");
        inOther.setMinWidth(inOther.getPrefWidth());
        inOther.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                ResultRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : text);
                setTooltip(row == null ? null : new javafx.scene.control.Tooltip(row.inOtherList()));
            }
        });
        table.getColumns().addAll(List.of(
                Tables.column("#", ResultRow::rank, 36),
                Tables.column("ID", ResultRow::id, 70),
                Tables.column("Title", ResultRow::title, 200),
                inOther,
                Tables.column("Score", ResultRow::scoreText, 70),
                Tables.column("Why it is here", ResultRow::why, 420)));
        // Items both compared lists share are marked.
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ResultRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("in-both"), !empty && row != null && row.inBoth());
            }
        });
        table.getStyleClass().add("recommend-list");
        showComparedColumn(table, compared);
        return table;
    }

    /** Comparing: where each item stands in the other list comes right after its title; id and why make room. */
    private static void showComparedColumn(TableView<ResultRow> table, boolean compared) {
        table.getColumns().get(1).setVisible(!compared);
        table.getColumns().get(3).setVisible(compared);
        table.getColumns().get(5).setVisible(!compared);
        // Side by side, the columns share the table's width (the title gives way) instead of running off its edge.
        table.setColumnResizePolicy(compared ? TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS : TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    private static Label messageLabel(String id, javafx.beans.value.ObservableStringValue text, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
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

    private static VBox labelled(String text, Node control) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(2, label, control);
    }
}
