package io.tastelab.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * Shows a message instead of a chart (or any node) that has nothing to draw, so an empty pane says what to do rather
 * than drawing axes over nothing.
 */
public final class EmptyState {

    private EmptyState() {
    }

    /** {@code content}, or {@code message} in its place while the message is not empty. */
    public static StackPane over(Node content, ObservableStringValue message, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("empty-state");
        label.setWrapText(true);
        label.textProperty().bind(message);
        label.visibleProperty().bind(Bindings.isNotEmpty(message));
        content.visibleProperty().bind(Bindings.isEmpty(message));
        StackPane pane = new StackPane(content, label);
        pane.setMinHeight(0);
        return pane;
    }

    /** A table placeholder that follows {@code message}. */
    public static Label placeholder(ObservableStringValue message) {
        Label label = new Label();
        label.getStyleClass().add("empty-state");
        label.setWrapText(true);
        label.textProperty().bind(message);
        return label;
    }
}
