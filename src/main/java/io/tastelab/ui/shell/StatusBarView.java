package io.tastelab.ui.shell;

import io.tastelab.ui.task.BackgroundTasks.RunningTask;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import org.controlsfx.control.StatusBar;

/** Status bar: compute backend, item count, and the running task with its progress and a cancel button. */
final class StatusBarView extends StatusBar {

    StatusBarView(ShellViewModel shell) {
        setId("statusBar");
        textProperty().bind(shell.backendStatusProperty());

        Label items = new Label();
        items.setId("itemCountLabel");
        items.textProperty().bind(shell.itemCount());

        Label taskLabel = new Label();
        taskLabel.setId("taskLabel");
        Button cancel = new Button("Cancel");
        cancel.setId("cancelTaskButton");
        cancel.setOnAction(e -> {
            RunningTask task = shell.tasks().currentProperty().get();
            if (task != null) {
                task.cancel();
            }
        });
        var current = shell.tasks().currentProperty();
        cancel.visibleProperty().bind(current.isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        current.addListener((obs, old, task) -> {
            progressProperty().unbind();
            taskLabel.textProperty().unbind();
            if (task == null) {
                setProgress(0);
                taskLabel.setText("");
            } else {
                progressProperty().bind(task.progressProperty());
                taskLabel.textProperty().bind(Bindings.concat(task.title(), "  ", task.messageProperty()));
            }
        });
        getRightItems().addAll(taskLabel, cancel, new Separator(Orientation.VERTICAL), items);
    }
}
