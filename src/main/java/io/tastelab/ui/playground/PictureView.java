package io.tastelab.ui.playground;

import io.tastelab.array.Shape;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link Picture} into nodes. The slicing picture follows the ViewModel's step; everything else is
 * static. Used by the pane and by {@code tastelab render} (which snapshots it offscreen).
 */
final class PictureView extends VBox {

    private final PlaygroundViewModel model;
    private final List<GridCanvas> arrays = new ArrayList<>();
    /**
     * The width the picture may take before the parts of a row go on the next line (the pane's viewport); unlimited
     * by default (headless rendering). Wrapping keeps each part at full size where scaling the whole row down to
     * the pane's width made a key tree's text or a second grid too small to read.
     */
    private final javafx.beans.property.DoubleProperty wrapWidth =
            new javafx.beans.property.SimpleDoubleProperty(Double.MAX_VALUE);

    /**
     * @param model the pane's ViewModel for the slicing step, or null for a static picture (headless rendering)
     */
    PictureView(Picture picture, PlaygroundViewModel model) {
        this.model = model;
        setId("pictureView");
        getStyleClass().add("picture-view");
        setSpacing(12);
        setPadding(new Insets(16));
        setFillWidth(false);
        if (picture == null) {
            Label empty = new Label("Run a cell: the picture of its last statement appears here.");
            empty.getStyleClass().add("picture-empty");
            if (model != null) {
                // after a failed first cell the pane's note says what happened instead
                empty.visibleProperty().bind(model.pictureNoteProperty().isEmpty());
            }
            getChildren().add(empty);
            return;
        }
        Label title = new Label(picture.title());
        title.setId("pictureTitle");
        title.getStyleClass().add("picture-title");
        getChildren().add(title);
        switch (picture) {
            case Picture.ArrayPicture array -> getChildren().add(grid(array.grid(), null));
            case Picture.SlicePicture slice -> slice(slice);
            case Picture.BroadcastPicture broadcast -> broadcast(broadcast);
            case Picture.UpdatePicture update -> update(update);
            case Picture.TimingPicture timing -> timing(timing);
            case Picture.KeyTreePicture keys -> keyTree(keys);
            case Picture.LinePicture line -> getChildren().add(line(line, 720, 380));
            case Picture.RowPicture row -> row(row);
        }
    }

    /** See {@link #wrapWidth}. */
    javafx.beans.property.DoubleProperty wrapWidthProperty() {
        return wrapWidth;
    }

    /** Parts side by side while they fit in {@link #wrapWidth}, else on the next line. */
    private FlowPane flow(double gap) {
        FlowPane flow = new FlowPane(gap, 16);
        flow.setAlignment(Pos.TOP_LEFT);
        flow.setRowValignment(javafx.geometry.VPos.TOP);
        // the picture's own padding (16 each side) comes off the room the parts have
        flow.prefWrapLengthProperty().bind(wrapWidth.subtract(32));
        return flow;
    }

    private void row(Picture.RowPicture row) {
        FlowPane parts = flow(24);
        parts.setId("pictureRow");
        for (Picture part : row.parts()) {
            Node drawn = switch (part) {
                case Picture.ArrayPicture array -> grid(array.grid(), array.title());
                case Picture.LinePicture line -> new VBox(4, caption(line.title()), line(line, 460, 320));
                default -> new PictureView(part, model); // not made by the kernel today; drawn whole
            };
            parts.getChildren().add(drawn);
        }
        getChildren().add(parts);
    }

    /** A line chart of the values against their index (the index from 0, as Python counts). */
    private static LineChart<Number, Number> line(Picture.LinePicture picture, double width, double height) {
        NumberAxis index = new NumberAxis();
        index.setLabel("index");
        index.setForceZeroInRange(true);
        NumberAxis value = new NumberAxis();
        value.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(index, value);
        chart.setId("lineChart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(picture.values().size() <= 30);
        chart.setPrefSize(width, height);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(picture.title());
        List<Double> values = picture.values();
        for (int i = 0; i < values.size(); i++) {
            if (Double.isFinite(values.get(i))) {
                series.getData().add(new XYChart.Data<>(i, values.get(i)));
            }
        }
        chart.getData().add(series);
        return chart;
    }

    /** The arrays drawn, for "copy array as text" (the picture's main array first). */
    List<ArrayGrid> arrays() {
        return arrays.stream().map(GridCanvas::grid).toList();
    }

    private GridCanvas canvas(ArrayGrid grid) {
        GridCanvas canvas = new GridCanvas(grid);
        arrays.add(canvas);
        return canvas;
    }

    private VBox grid(ArrayGrid grid, String caption) {
        VBox box = new VBox(4);
        if (caption != null) {
            Label label = new Label(caption);
            label.getStyleClass().add("picture-caption");
            box.getChildren().add(label);
        }
        box.getChildren().add(canvas(grid));
        return box;
    }

    private static Label arrow(String text) {
        Label arrow = new Label(text);
        arrow.getStyleClass().add("picture-arrow");
        arrow.setMinWidth(Region.USE_PREF_SIZE);
        return arrow;
    }

    private void slice(Picture.SlicePicture slice) {
        GridCanvas source = canvas(slice.source());
        GridCanvas result = canvas(slice.result());
        VBox sourceBox = new VBox(4, caption("x — selected cells outlined" + (slice.advanced() ? ", numbered in gathering order" : "")), source);
        VBox resultBox = new VBox(4, caption("result"), result);
        HBox row = new HBox(18, sourceBox, arrow("→"), resultBox);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox steps = new VBox(3);
        steps.setId("sliceSteps");
        Label stepLabel = new Label();
        stepLabel.setId("sliceStepLabel");
        Button previous = new Button("◀ Previous component");
        previous.setId("slicePrevious");
        Button next = new Button("Next component ▶");
        next.setId("sliceNext");
        HBox controls = new HBox(8, previous, next, stepLabel);
        controls.setAlignment(Pos.CENTER_LEFT);
        List<Label> lines = new ArrayList<>();
        for (Picture.IndexStep step : slice.steps()) {
            Label line = new Label("[" + step.component() + "]   " + step.resolution());
            line.getStyleClass().add("slice-step");
            lines.add(line);
        }
        steps.getChildren().addAll(lines);
        Runnable show = () -> {
            int at = model == null ? slice.steps().size() - 1 : Math.clamp(model.sliceStepProperty().get(), 0, slice.steps().size() - 1);
            source.highlight(slice.steps().get(at).selected(), slice.advanced());
            for (int i = 0; i < lines.size(); i++) {
                lines.get(i).getStyleClass().remove("slice-step-current");
                lines.get(i).getStyleClass().remove("slice-step-later");
                lines.get(i).getStyleClass().add(i == at ? "slice-step-current" : i > at ? "slice-step-later" : "slice-step-done");
            }
            stepLabel.setText("component " + (at + 1) + " of " + slice.steps().size());
        };
        if (model != null) {
            previous.setOnAction(e -> model.previousSliceStep());
            next.setOnAction(e -> model.nextSliceStep());
            model.sliceStepProperty().addListener((obs, was, now) -> show.run());
            getChildren().addAll(row, caption("How each index component resolved (after negatives and clamping):"), steps, controls);
        } else {
            getChildren().addAll(row, caption("How each index component resolved (after negatives and clamping):"), steps);
        }
        show.run();
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("picture-caption");
        label.setWrapText(true);
        label.setMaxWidth(760);
        return label;
    }

    private void broadcast(Picture.BroadcastPicture picture) {
        GridPane shapes = new GridPane();
        shapes.setId("broadcastShapes");
        shapes.getStyleClass().add("broadcast-shapes");
        shapes.setHgap(6);
        shapes.setVgap(4);
        int aligned = picture.alignedLength();
        int row = 0;
        for (Picture.Operand operand : picture.operands()) {
            addShapeRow(shapes, row++, operand.text(), operand.shape(), aligned, picture.failingAxis());
        }
        if (picture.resultShape() != null) {
            addShapeRow(shapes, row, "result", picture.resultShape(), aligned, -1);
        }
        getChildren().addAll(caption("Shapes aligned on the right; a 1 (or a missing dimension) stretches to match:"), shapes);
        if (picture.failed()) {
            Label message = new Label("ValueError: " + picture.message().strip());
            message.setId("broadcastError");
            message.getStyleClass().add("picture-error");
            message.setWrapText(true);
            message.setMaxWidth(760);
            HBox operands = new HBox(18);
            for (Picture.Operand operand : picture.operands()) {
                operands.getChildren().add(grid(operand.original(), operand.text() + "  " + Shape.pythonTuple(operand.shape())));
            }
            getChildren().addAll(message, operands);
            return;
        }
        HBox row2 = new HBox(14);
        row2.setAlignment(Pos.CENTER_LEFT);
        List<Picture.Operand> operands = picture.operands();
        for (int i = 0; i < operands.size(); i++) {
            Picture.Operand operand = operands.get(i);
            String stretched = java.util.Arrays.equals(operand.shape(), picture.resultShape()) ? ""
                    : "  " + Shape.pythonTuple(operand.shape()) + " → " + Shape.pythonTuple(picture.resultShape());
            row2.getChildren().add(grid(operand.stretched(), operand.text() + stretched));
            row2.getChildren().add(arrow(i + 1 < operands.size() ? picture.operator() : "="));
        }
        if (picture.result() != null) {
            row2.getChildren().add(grid(picture.result(), "result"));
        }
        getChildren().addAll(row2, caption("Faded cells are copies made by stretching; nothing is copied in memory."));
    }

    private static void addShapeRow(GridPane shapes, int row, String name, int[] shape, int aligned, int failing) {
        Label label = new Label(name);
        label.getStyleClass().add("broadcast-name");
        shapes.add(label, 0, row);
        for (int column = 0; column < aligned; column++) {
            int axis = column - (aligned - shape.length);
            Label size = new Label(axis < 0 ? "·" : Integer.toString(shape[axis]));
            size.getStyleClass().add("broadcast-dim");
            size.setMinWidth(34);
            size.setAlignment(Pos.CENTER);
            if (column == failing) {
                size.getStyleClass().add("broadcast-dim-failing");
                size.setId("failingDimension");
            }
            shapes.add(size, column + 1, row);
        }
    }

    private void update(Picture.UpdatePicture picture) {
        GridCanvas before = canvas(picture.before());
        before.mark(picture.marked());
        HBox row = new HBox(18, new VBox(4, caption(picture.after() == null ? "x — the cells the assignment targets" : "before"), before));
        row.setAlignment(Pos.CENTER_LEFT);
        if (picture.after() != null) {
            GridCanvas after = canvas(picture.after());
            after.mark(picture.marked());
            row.getChildren().addAll(arrow("→"), new VBox(4, caption("after (a new array)"), after));
        }
        Label note = caption(picture.note());
        note.getStyleClass().add(picture.after() == null ? "picture-error" : "picture-note");
        getChildren().addAll(row, note);
    }

    private void keyTree(Picture.KeyTreePicture picture) {
        VBox tree = new VBox(2);
        tree.setId("keyTree");
        for (var key : picture.treeOrder()) {
            int depth = picture.depth(key);
            String words = "[" + key.word0() + ", " + key.word1() + "]";
            String uses = key.uses().isEmpty() ? "unused" : "used by " + String.join(", ", key.uses());
            List<String> holders = picture.holders().getOrDefault(key.id(), List.of());
            String held = holders.isEmpty() ? "" : "   = " + String.join(", ", holders);
            Label node = new Label((depth == 0 ? "" : "└─ ") + key.origin() + "  " + words + held + "   " + uses);
            node.getStyleClass().add(key.reused() ? "key-reused" : "key-node");
            node.setPadding(new Insets(0, 0, 0, depth * 22));
            if (key.reused()) {
                node.setId("reusedKey");
            }
            tree.getChildren().add(node);
            if (key.reused()) {
                // on a line of its own, so that the tree stays narrow enough to read at the pane's width
                Label warning = new Label("⚠ used " + key.uses().size() + " times" + where(key) + ": same numbers again");
                warning.getStyleClass().add("key-reused");
                warning.setPadding(new Insets(0, 0, 0, depth * 22 + 28));
                tree.getChildren().add(warning);
            }
            String numbers = picture.numbers().get(key.id());
            if (numbers != null) {
                Label drawn = new Label(numbers);
                drawn.getStyleClass().add("key-numbers");
                drawn.setPadding(new Insets(0, 0, 2, depth * 22 + 28));
                tree.getChildren().add(drawn);
            }
        }
        if (picture.hiddenCount() > 0) {
            Label hidden = caption(picture.hiddenCount() + (picture.hiddenCount() == 1 ? " key" : " keys")
                    + " of earlier cells that no variable holds now " + (picture.hiddenCount() == 1 ? "is" : "are")
                    + " not shown (a reuse of one is still flagged).");
            hidden.setId("hiddenKeys");
            tree.getChildren().add(hidden);
        }
        FlowPane row = flow(28);
        row.setId("keyTreeRow");
        row.getChildren().add(new VBox(4, caption("keys (uint32 pairs) = the variables holding them, and what consumed each"), tree));
        if (picture.result() != null) {
            row.getChildren().add(grid(picture.result(), "the numbers of the last statement"));
        }
        Label advice = caption("Use each key once: split it for new randomness. A reused key is legal "
                + "but gives the same numbers again.");
        advice.setWrapText(true);
        advice.maxWidthProperty().bind(javafx.beans.binding.Bindings.min(760, wrapWidth.subtract(32)));
        getChildren().addAll(row, advice);
    }

    /** Where a key's uses happened when more than one cell used it, e.g. {@code " (In [1], In [2])"}. */
    private static String where(io.tastelab.playground.arrays.KeyTree.Node key) {
        List<String> cells = key.useLocations().stream().filter(l -> !l.isEmpty()).distinct().toList();
        return cells.size() > 1 ? " (" + String.join(", ", cells) + ")" : "";
    }

    private void timing(Picture.TimingPicture picture) {
        CategoryAxis names = new CategoryAxis();
        NumberAxis milliseconds = new NumberAxis();
        milliseconds.setLabel("milliseconds");
        BarChart<String, Number> chart = new BarChart<>(names, milliseconds);
        chart.setId("timingChart");
        chart.setAnimated(false);
        chart.setPrefSize(720, 380);
        XYChart.Series<String, Number> first = new XYChart.Series<>();
        first.setName("first call, timed alone (one-time costs; jit: tracing and compiling)");
        XYChart.Series<String, Number> steady = new XYChart.Series<>();
        steady.setName("steady state (mean per loop)");
        for (Picture.TimingBar bar : picture.bars()) {
            String label = (bar.label().length() > 40 ? bar.label().substring(0, 39) + "…" : bar.label())
                    + (bar.tracedOnFirstCall() ? "\n(first call traced + compiled)" : "");
            first.getData().add(new XYChart.Data<>(label, bar.firstCallSeconds() * 1e3));
            steady.getData().add(new XYChart.Data<>(label, bar.meanSeconds() * 1e3));
        }
        chart.getData().addAll(List.of(first, steady));
        HBox.setHgrow(chart, Priority.ALWAYS);
        getChildren().addAll(chart, caption(picture.note()));
    }
}
