package io.tastelab.ui;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.function.Function;

/** Small helpers for read-only table columns over record rows. */
public final class Tables {

    private Tables() {
    }

    public static <S, T> TableColumn<S, T> column(String title, Function<S, T> value, double prefWidth) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        fitHeader(column, prefWidth);
        // Rows come from read-only lists over engine snapshots; order is the engine's to decide.
        column.setSortable(false);
        return column;
    }

    /** Room around a header's text: the label's padding and the column's borders in the theme. */
    private static final double HEADER_PADDING = 26;

    /**
     * Makes a column at least as wide as its header's text, so "Precision" never shows as "Preci…". The width is
     * measured with the theme's header font (bold, at least 14 px) before the column is on screen.
     */
    public static void fitHeader(TableColumn<?, ?> column, double prefWidth) {
        Text measure = new Text(column.getText());
        measure.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Math.max(14, Font.getDefault().getSize())));
        double needed = Math.ceil(measure.getLayoutBounds().getWidth() + HEADER_PADDING);
        column.setMinWidth(needed);
        column.setPrefWidth(Math.max(prefWidth, needed));
    }
}
