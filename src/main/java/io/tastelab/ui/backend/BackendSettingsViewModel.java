package io.tastelab.ui.backend;

import io.tastelab.engine.backend.Backend;
import io.tastelab.engine.backend.BackendSelection;
import io.tastelab.engine.backend.BackendSettings;
import io.tastelab.engine.backend.DeviceProbe;
import io.tastelab.ui.task.BackgroundTasks;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;

import java.util.Objects;

/**
 * The compute backend dialog's state and commands: the backend in use now, the user's choice, whether the GPU
 * is available here (probed in the background, since nvidia-smi may take seconds) and why not, saving the
 * choice, and restarting to apply it. Choosing the GPU where it is unavailable explains why and keeps the CPU.
 * Used on the FX thread only.
 */
public final class BackendSettingsViewModel {

    static final String CHECKING = "Checking for a GPU…";

    private final BackendSettings settings;
    private final DeviceProbe probe;
    private final BackendServices.Restarter restarter;

    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Backend> choice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper probing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper gpuAvailable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper gpuStatus = new ReadOnlyStringWrapper(CHECKING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(false);
    private BackendSelection gpuSelection;

    /**
     * @param currentBackend what ND4J loaded in this run, e.g. the status bar's text
     */
    public BackendSettingsViewModel(BackendServices services, BackgroundTasks tasks,
            ObservableStringValue currentBackend) {
        this.settings = services.settings().get();
        this.probe = services.probe();
        this.restarter = services.restarter();
        current.bind(Objects.requireNonNull(currentBackend).map(text -> text.isEmpty() ? "still loading" : text));
        choice.set(settings.load());
        probing.set(true);
        tasks.submit("Checking for a GPU (nvidia-smi)", progress -> BackendSelection.resolve(Backend.GPU, probe),
                this::probed, failure -> probed(new BackendSelection(Backend.GPU, Backend.CPU,
                        "Could not check for a GPU: " + failure.getMessage() + "; running on the CPU.", "")));
    }

    private void probed(BackendSelection selection) {
        gpuSelection = selection;
        boolean available = selection.effective() == Backend.GPU;
        gpuAvailable.set(available);
        gpuStatus.set(available ? "Available: " + selection.device() : selection.explanation());
        probing.set(false);
        if (choice.get() == Backend.GPU && !available) {
            choice.set(Backend.CPU);
            message.set("The GPU is not available here, so TasteLab keeps the CPU. " + selection.explanation());
        }
    }

    /** Chooses a backend; the GPU only once the probe found one, else the CPU stays chosen and the reason shows. */
    public void choose(Backend backend) {
        saved.set(false);
        if (backend == Backend.GPU && !gpuAvailable.get()) {
            choice.set(Backend.CPU);
            message.set(probing.get() ? "Still checking for a GPU; the CPU stays chosen until one answers."
                    : "The GPU is not available here, so TasteLab keeps the CPU. " + gpuSelection.explanation());
            return;
        }
        choice.set(backend);
        message.set("");
    }

    /** Stores the choice; it takes effect at the next start. */
    public void save() {
        try {
            settings.save(choice.get());
        } catch (IllegalStateException unwritable) {
            message.set(unwritable.getMessage());
            return;
        }
        saved.set(true);
        message.set("Saved: " + label(choice.get()) + ". This takes effect at the next start.");
    }

    /** Starts TasteLab again on the saved choice, or says why it can't. */
    public void restartNow() {
        if (!saved.get()) {
            message.set("Save the choice first.");
            return;
        }
        BackendSelection selection = choice.get() == Backend.GPU ? gpuSelection
                : new BackendSelection(Backend.CPU, Backend.CPU, "", "");
        restarter.restart(selection).ifPresent(message::set);
    }

    /** How the dialog names a backend. */
    public static String label(Backend backend) {
        return backend == Backend.GPU ? "GPU (CUDA)" : "CPU";
    }

    /** What ND4J loaded in this run. */
    public ReadOnlyStringProperty currentBackendProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Backend> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** True while the background probe runs. */
    public ReadOnlyBooleanProperty probingProperty() {
        return probing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty gpuAvailableProperty() {
        return gpuAvailable.getReadOnlyProperty();
    }

    /** "Checking for a GPU…", the device's name, or why there is none here. */
    public ReadOnlyStringProperty gpuStatusProperty() {
        return gpuStatus.getReadOnlyProperty();
    }

    /** The latest explanation or confirmation for the user; empty when there is none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True once the current choice is saved: the dialog then offers "Restart now". */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
