package io.tastelab.ui.backend;

import io.tastelab.engine.backend.Backend;
import io.tastelab.engine.backend.BackendSelection;
import io.tastelab.engine.backend.BackendSettings;
import io.tastelab.engine.backend.DeviceProbe;
import io.tastelab.ui.task.DirectBackgroundTasks;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The compute backend dialog's behaviour on its ViewModel: fake machines, in-memory settings, no FX toolkit. */
class BackendSettingsViewModelTest {

    private final BackendSettings settings = new BackendSettings(new InMemoryPreferences());
    private final SimpleStringProperty status = new SimpleStringProperty("Compute: ND4J 1.0.0-M2.1 CPU (OPENBLAS, 2 threads)");
    private final List<BackendSelection> restarts = new ArrayList<>();

    private BackendSettingsViewModel dialogOn(DeviceProbe probe, Optional<String> restartRefusal) {
        BackendServices services = new BackendServices(() -> settings, probe, selection -> {
            restarts.add(selection);
            return restartRefusal;
        });
        return new BackendSettingsViewModel(services, new DirectBackgroundTasks(), status);
    }

    private BackendSettingsViewModel dialogOn(DeviceProbe probe) {
        return dialogOn(probe, Optional.empty());
    }

    @Test
    void showsTheBackendInUseNowAndFollowsTheStatus() {
        BackendSettingsViewModel model = dialogOn(FakeProbe.noCudaBuild());

        assertThat(model.currentBackendProperty().get()).isEqualTo("Compute: ND4J 1.0.0-M2.1 CPU (OPENBLAS, 2 threads)");
        status.set("Compute: ND4J 1.0.0-M2.1 CUDA (CUBLAS, 1 threads)");
        assertThat(model.currentBackendProperty().get()).contains("CUDA");
    }

    @Test
    void choosingGpuWithoutTheCudaBuildExplainsAndKeepsCpu() {
        BackendSettingsViewModel model = dialogOn(FakeProbe.noCudaBuild());

        model.choose(Backend.GPU);

        assertThat(model.choiceProperty().get()).isEqualTo(Backend.CPU);
        assertThat(model.gpuAvailableProperty().get()).isFalse();
        assertThat(model.gpuStatusProperty().get()).contains("mvn -Pcuda");
        assertThat(model.messageProperty().get()).contains("keeps the CPU").contains("mvn -Pcuda");
    }

    @Test
    void choosingGpuWithoutADeviceExplainsAndKeepsCpu() {
        BackendSettingsViewModel model = dialogOn(FakeProbe.noDevice());

        model.choose(Backend.GPU);

        assertThat(model.choiceProperty().get()).isEqualTo(Backend.CPU);
        assertThat(model.messageProperty().get()).contains("No CUDA device answered");
    }

    @Test
    void aSavedGpuChoiceFallsBackToCpuWhereNoGpuAnswers() {
        settings.save(Backend.GPU);

        BackendSettingsViewModel model = dialogOn(FakeProbe.noDevice());

        assertThat(model.choiceProperty().get()).isEqualTo(Backend.CPU);
        assertThat(model.messageProperty().get()).contains("No CUDA device answered");
    }

    @Test
    void gpuIsOfferedWithItsNameWhenADeviceAnswers() {
        BackendSettingsViewModel model = dialogOn(FakeProbe.gpu("NVIDIA H100 80GB HBM3"));

        model.choose(Backend.GPU);

        assertThat(model.probingProperty().get()).isFalse();
        assertThat(model.gpuStatusProperty().get()).isEqualTo("Available: NVIDIA H100 80GB HBM3");
        assertThat(model.choiceProperty().get()).isEqualTo(Backend.GPU);
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void savingPersistsTheChoiceForTheNextStart() {
        BackendSettingsViewModel model = dialogOn(FakeProbe.gpu("NVIDIA H100 80GB HBM3"));

        model.choose(Backend.GPU);
        model.save();

        assertThat(settings.load()).isEqualTo(Backend.GPU);
        assertThat(model.savedProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEqualTo("Saved: GPU (CUDA). This takes effect at the next start.");
        assertThat(dialogOn(FakeProbe.gpu("NVIDIA H100 80GB HBM3")).choiceProperty().get()).isEqualTo(Backend.GPU);
    }

    @Test
    void changingTheChoiceAfterSavingAsksToSaveAgainBeforeRestarting() {
        BackendSettingsViewModel model = dialogOn(FakeProbe.gpu("NVIDIA H100 80GB HBM3"));
        model.save();

        model.choose(Backend.GPU);
        model.restartNow();

        assertThat(restarts).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Save the choice first.");
    }

    @Test
    void restartNowRelaunchesOnTheSavedChoice() {
        BackendSettingsViewModel model = dialogOn(FakeProbe.gpu("NVIDIA H100 80GB HBM3"));

        model.choose(Backend.GPU);
        model.save();
        model.restartNow();

        assertThat(restarts).singleElement().satisfies(selection -> {
            assertThat(selection.effective()).isEqualTo(Backend.GPU);
            assertThat(selection.device()).isEqualTo("NVIDIA H100 80GB HBM3");
        });
    }

    @Test
    void aRestartThatCannotHappenSaysWhy() {
        BackendSettingsViewModel model = dialogOn(FakeProbe.noCudaBuild(),
                Optional.of("Could not start TasteLab again (no java). Your choice is saved."));

        model.save();
        model.restartNow();

        assertThat(restarts).singleElement().extracting(BackendSelection::effective).isEqualTo(Backend.CPU);
        assertThat(model.messageProperty().get()).startsWith("Could not start TasteLab again");
    }

    @Test
    void aFailingProbeExplainsAndKeepsCpu() {
        DeviceProbe broken = new DeviceProbe() {
            @Override
            public boolean cudaBackendInstalled() {
                throw new IllegalStateException("class path unreadable");
            }

            @Override
            public Optional<String> cudaDevice() {
                return Optional.empty();
            }
        };

        BackendSettingsViewModel model = dialogOn(broken);
        model.choose(Backend.GPU);

        assertThat(model.choiceProperty().get()).isEqualTo(Backend.CPU);
        assertThat(model.gpuStatusProperty().get()).contains("Could not check for a GPU: class path unreadable");
    }
}
