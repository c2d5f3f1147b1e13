package io.tastelab.ui.playground;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws an {@link ArrayGrid} on a canvas: cells coloured by value with their values, row and column numbers,
 * summarized axes as a gap that counts what is hidden, 3-D arrays as a row of 2-D panels and 4-D as rows of
 * them. Only the summarized cells are drawn, so a 1000×1000 array costs what an 11×11 one does.
 *
 * <p>Overlays: highlighted cells (a slice's selection, numbered in gathering order when asked), marked cells
 * (an update's changes) and ghosts (broadcast copies, faded).
 */
final class GridCanvas extends Canvas {

    static final double CELL_WIDTH = 50;
    static final double CELL_HEIGHT = 28;
    static final double GAP = 26;
    static final double INDEX_MARGIN = 26;
    static final double PANEL_GAP = 22;
    static final double PANEL_HEADER = 18;

    static final Color HIGHLIGHT = Color.web("#f08c00");
    static final Color MARK = Color.web("#e03131");
    private static final Color LOW = Color.web("#eef5fc");
    private static final Color HIGH = Color.web("#1c5d99");
    private static final Color FALSE_CELL = Color.web("#e9ecef");
    private static final Color TRUE_CELL = Color.web("#2b8a3e");

    private final ArrayGrid grid;
    private final Map<Long, List<Integer>> highlighted = new HashMap<>();
    private final Set<Long> marked = new HashSet<>();
    private boolean numberHighlights;
    private final List<int[]> panels;
    private final List<Integer> rows;
    private final List<Integer> columns;
    private final double panelWidth;
    /** About the width of a character of the legend's 11 px font. */
    private static final double LEGEND_CHAR_WIDTH = 6.5;
    private static final double LEGEND_BAR_WIDTH = 80;
    private final double panelHeight;
    private final int panelsPerRow;

    GridCanvas(ArrayGrid grid) {
        this.grid = grid;
        int[] shape = grid.shape();
        int ndim = shape.length;
        rows = ndim >= 2 ? grid.positions(ndim - 2) : List.of(0);
        columns = ndim >= 1 ? grid.positions(ndim - 1) : List.of(0);
        panels = new ArrayList<>();
        if (ndim <= 2) {
            panels.add(new int[0]);
            panelsPerRow = 1;
        } else if (ndim == 3) {
            for (int i : leadingPositions(shape[0])) {
                panels.add(new int[] {i});
            }
            panelsPerRow = panels.size();
        } else {
            List<Integer> inner = leadingPositions(shape[ndim - 3]);
            List<Integer> outer = new ArrayList<>(List.of(0));
            for (int axis = 0; axis < ndim - 3; axis++) {
                outer = axis == 0 ? leadingPositions(shape[0]) : outer;
            }
            for (int i : outer) {
                for (int j : inner) {
                    panels.add(ndim == 4 ? new int[] {i, j} : expand(i, j, ndim - 2));
                }
            }
            panelsPerRow = inner.size();
        }
        panelWidth = INDEX_MARGIN + width(columns);
        panelHeight = PANEL_HEADER + (ndim >= 1 ? 16 : 0) + height(rows);
        int panelRows = (panels.size() + panelsPerRow - 1) / panelsPerRow;
        // at least wide enough for the shape label and the colour scale beside it, and no wider: pictures that put
        // grids side by side (broadcasting) must fit the pane
        setWidth(Math.max(legendWidth(), panelsPerRow * panelWidth + (panelsPerRow - 1) * PANEL_GAP + 4));
        setHeight(panelRows * panelHeight + (panelRows - 1) * PANEL_GAP + 30);
        draw();
    }

    /** Leading axes of stacks show at most two panels at each end. */
    private static List<Integer> leadingPositions(int length) {
        if (length <= 5) {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                all.add(i);
            }
            return all;
        }
        return List.of(0, 1, -1, length - 2, length - 1);
    }

    private static int[] expand(int outer, int inner, int length) {
        int[] prefix = new int[length];
        prefix[0] = outer;
        prefix[length - 1] = inner;
        return prefix;
    }

    private static double width(List<Integer> positions) {
        return positions.stream().mapToDouble(p -> p < 0 ? GAP : CELL_WIDTH).sum();
    }

    private static double height(List<Integer> positions) {
        return positions.stream().mapToDouble(p -> p < 0 ? GAP * 0.8 : CELL_HEIGHT).sum();
    }

    ArrayGrid grid() {
        return grid;
    }

    /** Highlights cells given as flat positions in order; numbered by their order when {@code numbered}. */
    void highlight(long[] selected, boolean numbered) {
        highlighted.clear();
        for (int order = 0; order < selected.length; order++) {
            highlighted.computeIfAbsent(selected[order], k -> new ArrayList<>()).add(order);
        }
        numberHighlights = numbered;
        draw();
    }

    void mark(Set<Long> cells) {
        marked.clear();
        marked.addAll(cells);
        draw();
    }

    private void draw() {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        g.setTextBaseline(VPos.CENTER);
        int ndim = grid.ndim();
        for (int p = 0; p < panels.size(); p++) {
            double x0 = (p % panelsPerRow) * (panelWidth + PANEL_GAP);
            double y0 = (p / panelsPerRow) * (panelHeight + PANEL_GAP);
            int[] prefix = panels.get(p);
            boolean gapPanel = false;
            for (int v : prefix) {
                gapPanel |= v < 0;
            }
            if (gapPanel) {
                drawPanelGap(g, x0, y0, prefix);
                continue;
            }
            if (ndim > 2) {
                g.setFill(Color.web("#495057"));
                g.setFont(Font.font("Monospaced", FontWeight.BOLD, 12));
                g.setTextAlign(TextAlignment.LEFT);
                StringBuilder label = new StringBuilder("[");
                for (int i = 0; i < prefix.length; i++) {
                    label.append(i == 0 ? "" : ", ").append(prefix[i]);
                }
                g.fillText(label.append(", :, :]").toString(), x0 + INDEX_MARGIN, y0 + PANEL_HEADER / 2);
            }
            drawPanel(g, x0, y0 + (ndim > 2 ? PANEL_HEADER : 0), prefix);
        }
        drawLegend(g, getHeight() - 16);
    }

    private void drawPanelGap(GraphicsContext g, double x0, double y0, int[] prefix) {
        g.setFill(Color.web("#868e96"));
        g.setFont(Font.font("System", 12));
        g.setTextAlign(TextAlignment.CENTER);
        int axis = prefix[0] < 0 ? 0 : prefix.length - 1;
        int hidden = grid.shape()[axis] - 4;
        g.fillText("⋯ " + hidden + " more", x0 + panelWidth / 2, y0 + panelHeight / 2);
    }

    private void drawPanel(GraphicsContext g, double x0, double y0, int[] prefix) {
        int ndim = grid.ndim();
        g.setFont(Font.font("Monospaced", 10));
        g.setFill(Color.web("#868e96"));
        g.setTextAlign(TextAlignment.CENTER);
        double top = y0 + (ndim >= 1 ? 16 : 0);
        // column numbers
        if (ndim >= 1) {
            double x = x0 + INDEX_MARGIN;
            for (int c : columns) {
                double w = c < 0 ? GAP : CELL_WIDTH;
                g.fillText(c < 0 ? "+" + (-c) : Integer.toString(c), x + w / 2, y0 + 8);
                x += w;
            }
        }
        double y = top;
        for (int r : rows) {
            double h = r < 0 ? GAP * 0.8 : CELL_HEIGHT;
            g.setFill(Color.web("#868e96"));
            g.setFont(Font.font("Monospaced", 10));
            g.setTextAlign(TextAlignment.RIGHT);
            if (ndim >= 2) {
                g.fillText(r < 0 ? "+" + (-r) : Integer.toString(r), x0 + INDEX_MARGIN - 4, y + h / 2);
            }
            double x = x0 + INDEX_MARGIN;
            for (int c : columns) {
                double w = c < 0 ? GAP : CELL_WIDTH;
                if (r < 0 || c < 0) {
                    g.setFill(Color.web("#adb5bd"));
                    g.setFont(Font.font("System", 13));
                    g.setTextAlign(TextAlignment.CENTER);
                    g.fillText(r < 0 && c < 0 ? "⋱" : r < 0 ? "⋮" : "⋯", x + w / 2, y + h / 2);
                } else {
                    drawCell(g, x, y, index(prefix, r, c));
                }
                x += w;
            }
            y += h;
        }
    }

    private long[] index(int[] prefix, int row, int column) {
        int ndim = grid.ndim();
        long[] index = new long[ndim];
        for (int i = 0; i < prefix.length; i++) {
            index[i] = prefix[i];
        }
        if (ndim >= 2) {
            index[ndim - 2] = row;
        }
        if (ndim >= 1) {
            index[ndim - 1] = column;
        }
        return index;
    }

    private void drawCell(GraphicsContext g, double x, double y, long[] index) {
        double v = grid.value(index);
        Color fill = grid.dtype().isBool() ? (v != 0 ? TRUE_CELL : FALSE_CELL) : LOW.interpolate(HIGH, grid.scaled(v));
        boolean ghost = grid.isGhost(index);
        g.setGlobalAlpha(ghost ? 0.28 : 1.0);
        g.setFill(fill);
        g.fillRect(x + 1, y + 1, CELL_WIDTH - 2, CELL_HEIGHT - 2);
        g.setFill(fill.getBrightness() < 0.65 || (grid.dtype().isBool() && v != 0) ? Color.WHITE : Color.web("#212529"));
        g.setFont(Font.font("Monospaced", 12));
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(grid.text(index), x + CELL_WIDTH / 2, y + CELL_HEIGHT / 2, CELL_WIDTH - 6);
        g.setGlobalAlpha(1.0);
        long flat = grid.flat(index);
        if (marked.contains(flat)) {
            g.setStroke(MARK);
            g.setLineWidth(3);
            g.strokeRect(x + 2.5, y + 2.5, CELL_WIDTH - 5, CELL_HEIGHT - 5);
        }
        List<Integer> order = highlighted.get(flat);
        if (order != null) {
            g.setStroke(HIGHLIGHT);
            g.setLineWidth(3);
            g.strokeRect(x + 2.5, y + 2.5, CELL_WIDTH - 5, CELL_HEIGHT - 5);
            if (numberHighlights) {
                String text = order.size() > 2 ? order.getFirst() + ",…" : String.join(",", order.stream().map(String::valueOf).toList());
                g.setFont(Font.font("System", FontWeight.BOLD, 9));
                double w = Math.max(12, text.length() * 6 + 4);
                g.setFill(HIGHLIGHT);
                g.fillRect(x + CELL_WIDTH - w - 1, y + 1, w, 11);
                g.setFill(Color.WHITE);
                g.fillText(text, x + CELL_WIDTH - w / 2 - 1, y + 6.5);
            }
        }
    }

    /** The width the legend needs: the shape label, and the colour scale with its two ends when there is one. */
    private double legendWidth() {
        double label = grid.label().length() * LEGEND_CHAR_WIDTH;
        if (grid.dtype().isBool() || grid.size() == 0) {
            return label + 4;
        }
        return legendBarX() + LEGEND_BAR_WIDTH + 8 + scaleText(grid.max()).length() * LEGEND_CHAR_WIDTH;
    }

    private double legendBarX() {
        return grid.label().length() * LEGEND_CHAR_WIDTH + scaleText(grid.min()).length() * LEGEND_CHAR_WIDTH + 24;
    }

    private void drawLegend(GraphicsContext g, double y) {
        g.setFont(Font.font("System", 11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(Color.web("#495057"));
        String label = grid.label();
        g.fillText(label, 0, y + 7);
        if (grid.dtype().isBool() || grid.size() == 0) {
            return;
        }
        String low = scaleText(grid.min());
        double x = legendBarX();
        double barWidth = LEGEND_BAR_WIDTH;
        for (int i = 0; i < barWidth; i++) {
            g.setFill(LOW.interpolate(HIGH, i / barWidth));
            g.fillRect(x + i, y + 2, 1, 10);
        }
        g.setFill(Color.web("#495057"));
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(low, x - 4, y + 7);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(scaleText(grid.max()), x + barWidth + 4, y + 7);
    }

    private String scaleText(double v) {
        return grid.dtype().isIntegral() ? Long.toString((long) v) : ArrayGrid.formatFloat(v);
    }
}
