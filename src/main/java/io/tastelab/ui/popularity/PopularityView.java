package io.tastelab.ui.popularity;

import atlantafx.base.theme.Styles;
import io.tastelab.engine.catalog.LongTail;
import io.tastelab.ui.Tables;
import io.tastelab.ui.catalog.ItemRow;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The popularity editor pane: an editable count column, randomize with a seed, and the long-tail chart. */
public final class PopularityView extends SplitPane {

    public PopularityView(PopularityViewModel viewModel) {
        setId("popularityPane");

        TextField filter = new TextField();
        filter.setId("popularityFilter");
        filter.setPromptText("Filter items…");
        filter.textProperty().bindBidirectional(viewModel.filterTextProperty());

        TableView<ItemRow> table = new TableView<>(viewModel.rows());
        table.setId("popularityTable");
        table.setPlaceholder(io.tastelab.ui.EmptyState.placeholder(viewModel.emptyMessageProperty()));
        table.setEditable(true);
        // A short header with the hint as its tooltip: the long one was cut at 1024 px.
        TableColumn<ItemRow, String> count = new TableColumn<>();
        Label countHeader = new Label("Popularity");
        countHeader.setTooltip(new javafx.scene.control.Tooltip("Double-click a count to edit it"));
        count.setGraphic(countHeader);
        count.setId("popularityColumn");
        count.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(io.tastelab.engine.format.Counts.of(cell.getValue().popularity())));
        count.setCellFactory(TextFieldTableCell.forTableColumn());
        count.setSortable(false);
        count.setMinWidth(130); // the header is a graphic, which fitHeader does not measure
        count.setPrefWidth(130);
        count.setOnEditCommit(event -> {
            if (!viewModel.setPopularity(event.getRowValue().index(), event.getNewValue())) {
                table.refresh(); // show the unchanged count again
            }
        });
        table.getColumns().addAll(java.util.List.of(
                Tables.column("ID", (ItemRow r) -> r.item().id(), 90),
                Tables.column("Title", (ItemRow r) -> r.item().title(), 220)));
        table.getColumns().add(count);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label error = new Label();
        error.setId("popularityError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        TextField seed = new TextField();
        seed.setId("seedField");
        seed.setPrefColumnCount(8);
        seed.textProperty().bindBidirectional(viewModel.seedTextProperty());
        Button randomize = new Button("Randomize popularities (1–20)");
        randomize.setId("randomizeButton");
        randomize.setOnAction(e -> viewModel.randomize());
        javafx.scene.layout.FlowPane randomBar = new javafx.scene.layout.FlowPane(8, 6, new Label("Seed"), seed, randomize);
        randomBar.setAlignment(Pos.CENTER_LEFT);

        javafx.scene.control.ChoiceBox<io.tastelab.engine.interactions.InteractionPopularity.Measure> measure =
                new javafx.scene.control.ChoiceBox<>();
        measure.setId("deriveMeasure");
        measure.getItems().setAll(io.tastelab.engine.interactions.InteractionPopularity.Measure.values());
        measure.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(io.tastelab.engine.interactions.InteractionPopularity.Measure value) {
                return value == null ? "" : PopularityViewModel.label(value);
            }

            @Override
            public io.tastelab.engine.interactions.InteractionPopularity.Measure fromString(String text) {
                throw new UnsupportedOperationException("the choice box is not editable");
            }
        });
        measure.valueProperty().bindBidirectional(viewModel.deriveMeasureProperty());
        TextField threshold = new TextField();
        threshold.setId("deriveThreshold");
        threshold.setPrefColumnCount(3);
        threshold.textProperty().bindBidirectional(viewModel.thresholdTextProperty());
        TextField halfLife = new TextField();
        halfLife.setId("deriveHalfLife");
        halfLife.setPromptText("none");
        halfLife.setPrefColumnCount(5);
        halfLife.textProperty().bindBidirectional(viewModel.halfLifeDaysTextProperty());
        Button derive = new Button("Derive from interactions");
        derive.setId("deriveButton");
        derive.disableProperty().bind(viewModel.canDeriveProperty().not());
        derive.setOnAction(e -> viewModel.deriveFromInteractions());
        // A disabled control gets no mouse events, so the reason's tooltip sits on a label that holds the button.
        Label deriveHolder = new Label(null, derive);
        deriveHolder.setId("deriveButtonHolder");
        javafx.scene.control.Tooltip why = new javafx.scene.control.Tooltip();
        why.setWrapText(true);
        why.setMaxWidth(360);
        why.textProperty().bind(viewModel.deriveUnavailableReasonProperty());
        deriveHolder.tooltipProperty().bind(viewModel.deriveUnavailableReasonProperty().map(reason -> reason.isEmpty() ? null : why));
        Label thresholdLabel = new Label("threshold");
        Label halfLifeLabel = new Label("half-life (days)");
        for (javafx.scene.control.Control control : new javafx.scene.control.Control[] {thresholdLabel, halfLifeLabel, derive,
                randomize, threshold, halfLife, seed}) {
            control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // whole words at 1024 px too: the bar wraps
        }
        javafx.scene.layout.FlowPane deriveBar = new javafx.scene.layout.FlowPane(8, 6, measure, thresholdLabel, threshold,
                halfLifeLabel, halfLife, deriveHolder);
        deriveBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        VBox left = new VBox(8, filter, table, error, randomBar, deriveBar);
        left.setPadding(new Insets(10));

        NumberAxis rankAxis = new NumberAxis();
        rankAxis.setLabel("rank (most popular first)");
        NumberAxis countAxis = new NumberAxis();
        countAxis.setLabel("popularity count");
        LineChart<Number, Number> chart = new LineChart<>(rankAxis, countAxis);
        chart.setId("longTailChart");
        chart.setTitle("The long tail: popularity by rank");
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        VBox.setVgrow(chart, Priority.ALWAYS);
        viewModel.curveProperty().addListener((obs, old, curve) -> chart.getData().setAll(series(curve)));
        if (viewModel.curveProperty().get() != null) {
            chart.getData().setAll(series(viewModel.curveProperty().get()));
        }
        Label summary = new Label();
        summary.setId("longTailSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.tailSummaryProperty());
        var chartOrHint = io.tastelab.ui.EmptyState.over(chart, viewModel.chartEmptyMessageProperty(), "longTailEmpty");
        VBox.setVgrow(chartOrHint, Priority.ALWAYS);
        VBox right = new VBox(8, chartOrHint, summary);
        right.setPadding(new Insets(10));

        getItems().addAll(left, right);
        setDividerPositions(0.5);
    }

    private static XYChart.Series<Number, Number> series(LongTail.Curve curve) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (int i = 0; i < curve.ranks().length; i++) {
            series.getData().add(new XYChart.Data<>(curve.ranks()[i], curve.counts()[i]));
        }
        return series;
    }
}
