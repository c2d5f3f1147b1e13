package io.tastelab.ui.backend;

import io.tastelab.engine.backend.Backend;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The compute backend dialog: builds the controls and binds them to a {@link BackendSettingsViewModel}. */
public final class BackendSettingsDialog extends Dialog<Void> {

    public BackendSettingsDialog(BackendSettingsViewModel model, Window owner) {
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle("Compute backend");
        setHeaderText("Where TasteLab runs its array maths (ND4J)");
        getDialogPane().setId("backendDialog");
        setResizable(true);

        Label current = new Label();
        current.setId("backendCurrent");
        // the status bar prefixes "Compute: "; here the label already says what it is
        current.textProperty().bind(model.currentBackendProperty()
                .map(text -> "In use now: " + text.replaceFirst("^Compute: ", "")));

        ToggleGroup group = new ToggleGroup();
        RadioButton cpu = new RadioButton(BackendSettingsViewModel.label(Backend.CPU));
        cpu.setId("backendCpu");
        RadioButton gpu = new RadioButton(BackendSettingsViewModel.label(Backend.GPU));
        gpu.setId("backendGpu");
        cpu.setToggleGroup(group);
        gpu.setToggleGroup(group);
        // Not selectable until the probe has found a GPU here; the reason shows beside it.
        gpu.disableProperty().bind(model.gpuAvailableProperty().not());
        Runnable showChoice = () -> group.selectToggle(model.choiceProperty().get() == Backend.GPU ? gpu : cpu);
        cpu.setOnAction(e -> {
            model.choose(Backend.CPU);
            showChoice.run();
        });
        gpu.setOnAction(e -> {
            model.choose(Backend.GPU);
            showChoice.run(); // the model may have kept the CPU: the buttons show what is chosen, not what was clicked
        });
        showChoice.run();
        model.choiceProperty().addListener((obs, old, now) -> showChoice.run());

        ProgressIndicator checking = new ProgressIndicator();
        checking.setPrefSize(16, 16);
        checking.visibleProperty().bind(model.probingProperty());
        checking.managedProperty().bind(model.probingProperty());
        Label gpuStatus = new Label();
        gpuStatus.setId("backendGpuStatus");
        gpuStatus.setWrapText(true);
        gpuStatus.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        gpuStatus.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(gpuStatus, javafx.scene.layout.Priority.ALWAYS);
        gpuStatus.textProperty().bind(model.gpuStatusProperty());

        Label message = new Label();
        message.setId("backendMessage");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());

        Button save = new Button("Save");
        save.setId("backendSave");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save());
        Button restart = new Button("Restart now");
        restart.setId("backendRestart");
        restart.visibleProperty().bind(model.savedProperty());
        restart.setOnAction(e -> model.restartNow());

        VBox content = new VBox(8, current, cpu, gpu, new HBox(6, checking, gpuStatus), message,
                new HBox(8, save, restart));
        content.setPrefWidth(460);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }
}
