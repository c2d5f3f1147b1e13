package io.tastelab.ui;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

import java.util.function.Function;

/** Small helpers for read-only table columns over record rows. */
public final class Tables {

    private Tables() {
    }

    public static <S, T> TableColumn<S, T> column(String title, Function<S, T> value, double prefWidth) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(prefWidth);
        // Rows come from read-only lists over engine snapshots; order is the engine's to decide.
        column.setSortable(false);
        return column;
    }
}
