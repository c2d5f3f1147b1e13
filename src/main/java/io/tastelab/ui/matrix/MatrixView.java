package io.tastelab.ui.matrix;

import io.tastelab.engine.catalog.LongTail;
import io.tastelab.engine.interactions.MatrixOverview;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The user-item matrix pane: builds the heatmap, charts and history table, and binds them to the ViewModel. */
public final class MatrixView extends BorderPane {

    public MatrixView(MatrixViewModel model) {
        setId("matrixPane");
        Label summary = new Label();
        summary.setId("matrixSummary");
        summary.textProperty().bind(model.summaryProperty());
        CheckBox sorted = new CheckBox("Sort users by activity and items by popularity");
        sorted.setId("matrixSorted");
        sorted.selectedProperty().bindBidirectional(model.sortedProperty());

        WritableImage image = new WritableImage(MatrixViewModel.WIDTH, MatrixViewModel.HEIGHT);
        ImageView heatmap = new ImageView(image);
        heatmap.setId("matrixHeatmap");
        heatmap.setOnMouseClicked(e -> model.selectAt(e.getX() / heatmap.getBoundsInLocal().getWidth(),
                e.getY() / heatmap.getBoundsInLocal().getHeight()));
        model.overviewProperty().addListener((obs, old, overview) -> paint(image, overview));
        paint(image, model.overviewProperty().get());
        // The picked user's row, outlined over the picture.
        javafx.scene.shape.Rectangle picked = new javafx.scene.shape.Rectangle(MatrixViewModel.WIDTH, 2);
        picked.setId("matrixPickedRow");
        picked.setManaged(false);
        picked.setMouseTransparent(true);
        picked.setFill(javafx.scene.paint.Color.rgb(255, 140, 0, 0.35));
        picked.setStroke(javafx.scene.paint.Color.rgb(207, 34, 46));
        picked.setStrokeWidth(1.5);
        javafx.scene.layout.Pane heatmapHolder = new javafx.scene.layout.Pane(heatmap, picked);
        // The picture scales down with the window (to half its size at most), so at 1024x700 it never runs under the
        // summary, the check box or the history; the charts below give way first.
        heatmapHolder.setPrefSize(MatrixViewModel.WIDTH, MatrixViewModel.HEIGHT);
        heatmapHolder.setMinSize(MatrixViewModel.WIDTH / 2.0, MatrixViewModel.HEIGHT / 2.0);
        heatmapHolder.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        heatmap.fitWidthProperty().bind(heatmapHolder.widthProperty());
        heatmap.fitHeightProperty().bind(heatmapHolder.heightProperty());
        picked.widthProperty().bind(heatmapHolder.widthProperty());
        Runnable placePicked = () -> {
            MatrixViewModel.Band band = model.selectedBandProperty().get();
            picked.setVisible(band != null);
            if (band != null) {
                double height = heatmapHolder.getHeight() > 0 ? heatmapHolder.getHeight() : MatrixViewModel.HEIGHT;
                picked.setY(band.top() * height - 1);
                picked.setHeight(Math.max(3, band.height() * height) + 2);
            }
        };
        model.selectedBandProperty().subscribe(band -> placePicked.run());
        heatmapHolder.heightProperty().subscribe(height -> placePicked.run());
        Label rows = new Label();
        rows.setId("matrixRowsLabel");
        Label columns = new Label();
        columns.setId("matrixColumnsLabel");
        model.sortedProperty().subscribe(sort -> {
            rows.setText(model.rowsLabel());
            columns.setText(model.columnsLabel());
        });
        rows.setRotate(-90);
        javafx.scene.Group rowsTurned = new javafx.scene.Group(rows);
        javafx.scene.shape.Rectangle scale = new javafx.scene.shape.Rectangle(160, 12, new javafx.scene.paint.LinearGradient(
                0, 0, 1, 0, true, javafx.scene.paint.CycleMethod.NO_CYCLE,
                new javafx.scene.paint.Stop(0, shade(0.15)), new javafx.scene.paint.Stop(1, shade(1))));
        scale.setStroke(javafx.scene.paint.Color.LIGHTGRAY);
        Label legend = new Label();
        legend.setId("matrixLegend");
        legend.textProperty().bind(model.legendProperty());
        HBox legendRow = new HBox(8, scale, legend);
        legendRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        legendRow.visibleProperty().bind(model.legendProperty().isNotEmpty());
        HBox picture = new HBox(4, rowsTurned, heatmapHolder);
        picture.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox heatmapWithAxes = new VBox(2, picture, columns, legendRow);
        VBox.setMargin(columns, new javafx.geometry.Insets(0, 0, 0, 24));

        LineChart<Number, Number> itemChart = tailChart("Item popularity (log–log)", "log10 rank", "log10 n");
        itemChart.setId("matrixItemTail");
        LineChart<Number, Number> userChart = tailChart("User activity (log–log)", "log10 rank", "log10 n");
        userChart.setId("matrixUserTail");
        model.itemTailProperty().addListener((obs, old, curve) -> plot(itemChart, curve));
        model.userTailProperty().addListener((obs, old, curve) -> plot(userChart, curve));

        Label user = new Label("Click a row of the heatmap to see that user's history.");
        user.setId("matrixSelectedUser");
        user.setWrapText(true);
        model.selectedUserProperty().addListener((obs, old, text) -> user.setText(text.isEmpty()
                ? "Click a row of the heatmap to see that user's history." : text));
        TableView<MatrixViewModel.HistoryRow> table = new TableView<>(model.history());
        table.setId("matrixHistory");
        table.setPlaceholder(io.tastelab.ui.EmptyState.placeholder(model.historyPlaceholderProperty()));
        table.getColumns().add(column("Item", MatrixViewModel.HistoryRow::itemId, 90));
        table.getColumns().add(column("Title", MatrixViewModel.HistoryRow::title, 140));
        table.getColumns().add(column("Value", row -> String.valueOf(row.value()), 60));
        table.getColumns().add(column("Time (UTC)", MatrixViewModel.HistoryRow::time, 130));

        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the charts give way, never these lines
        sorted.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox drawing = new VBox(8, sorted, heatmapWithAxes, new HBox(8, itemChart, userChart));
        drawing.setId("matrixDrawing");
        VBox left = new VBox(8, io.tastelab.ui.EmptyState.over(drawing, model.emptyMessageProperty(), "matrixEmpty"));
        VBox right = new VBox(8, user, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        right.setPrefWidth(420);
        HBox.setHgrow(itemChart, Priority.ALWAYS);
        HBox.setHgrow(userChart, Priority.ALWAYS);
        // The summary spans both columns: in the left one alone it ran on into the history's hint at 1024 px.
        BorderPane.setMargin(summary, new javafx.geometry.Insets(0, 0, 8, 0));
        setTop(summary);
        setCenter(left);
        setRight(right);
        setStyle("-fx-padding: 8;");
    }

    /** Cells with more interactions are darker; a log scale keeps the long tail visible. */
    private static void paint(WritableImage image, MatrixOverview overview) {
        PixelWriter pixels = image.getPixelWriter();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        if (overview == null) {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    pixels.setArgb(x, y, 0xFFF6F8FA);
                }
            }
            return;
        }
        double scale = Math.log1p(Math.max(1, overview.maxCount()));
        for (int y = 0; y < height; y++) {
            int cellY = y * overview.height() / height;
            for (int x = 0; x < width; x++) {
                int cellX = x * overview.width() / width;
                int count = overview.counts()[cellY * overview.width() + cellX];
                double t = count == 0 ? 0 : 0.15 + 0.85 * Math.log1p(count) / scale;
                pixels.setArgb(x, y, argb(t));
            }
        }
    }

    /** The colour of a cell at darkness {@code t} (0 white, 1 darkest), for the picture and its legend alike. */
    private static int argb(double t) {
        int r = (int) (255 - t * (255 - 9));
        int g = (int) (255 - t * (255 - 105));
        int b = (int) (255 - t * (255 - 218));
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }

    private static javafx.scene.paint.Color shade(double t) {
        int argb = argb(t);
        return javafx.scene.paint.Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }

    private static LineChart<Number, Number> tailChart(String title, String xLabel, String yLabel) {
        LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(), new NumberAxis());
        chart.setTitle(title);
        chart.getXAxis().setLabel(xLabel);
        chart.getYAxis().setLabel(yLabel);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(220);
        return chart;
    }

    private static void plot(LineChart<Number, Number> chart, LongTail.Curve curve) {
        chart.getData().clear();
        if (curve == null) {
            return;
        }
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (int i = 0; i < curve.ranks().length; i++) {
            series.getData().add(new XYChart.Data<>(Math.log10(curve.ranks()[i]), Math.log10(Math.max(1, curve.counts()[i]))));
        }
        chart.getData().add(series);
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        io.tastelab.ui.Tables.fitHeader(column, width);
        return column;
    }
}
