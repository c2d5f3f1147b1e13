package io.tastelab.engine.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackendSelectionTest {

    record FakeProbe(boolean cudaBackendInstalled, Optional<String> cudaDevice) implements DeviceProbe {
    }

    private static final DeviceProbe CPU_BUILD = new FakeProbe(false, Optional.empty());
    private static final DeviceProbe CUDA_BUILD_NO_DEVICE = new FakeProbe(true, Optional.empty());
    private static final DeviceProbe CUDA_BUILD_WITH_DEVICE = new FakeProbe(true, Optional.of("NVIDIA H100"));

    private final Preferences node = Preferences.userRoot().node("tastelab-test-" + System.nanoTime());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void gpuWithoutTheCudaBuildStaysOnCpuAndSaysWhy() {
        BackendSelection selection = BackendSelection.resolve(Backend.GPU, CPU_BUILD);
        assertThat(selection.effective()).isEqualTo(Backend.CPU);
        assertThat(selection.explanation()).contains("not installed").contains("-Pcuda");
        assertThat(BackendSelection.available(CPU_BUILD)).containsExactly(Backend.CPU);
    }

    @Test
    void gpuWithoutADeviceStaysOnCpuAndSaysWhy() {
        BackendSelection selection = BackendSelection.resolve(Backend.GPU, CUDA_BUILD_NO_DEVICE);
        assertThat(selection.effective()).isEqualTo(Backend.CPU);
        assertThat(selection.explanation()).contains("No CUDA device answered");
        assertThat(BackendSelection.available(CUDA_BUILD_NO_DEVICE)).containsExactly(Backend.CPU);
    }

    @Test
    void gpuWithBuildAndDeviceSelectsTheGpuThroughNd4jsPriorities() {
        BackendSelection selection = BackendSelection.resolve(Backend.GPU, CUDA_BUILD_WITH_DEVICE);
        assertThat(selection.effective()).isEqualTo(Backend.GPU);
        assertThat(selection.device()).isEqualTo("NVIDIA H100");
        assertThat(selection.environment()).containsEntry("BACKEND_PRIORITY_GPU", "100")
                .containsEntry("BACKEND_PRIORITY_CPU", "0");
        assertThat(selection.isAppliedIn(Map.of(), CUDA_BUILD_WITH_DEVICE)).as("needs a relaunch").isFalse();
        assertThat(selection.isAppliedIn(selection.environment(), CUDA_BUILD_WITH_DEVICE)).isTrue();
        assertThat(BackendSelection.available(CUDA_BUILD_WITH_DEVICE)).containsExactly(Backend.CPU, Backend.GPU);
    }

    @Test
    void cpuNeedsNoRelaunchWhenOnlyTheCpuBackendIsInstalled() {
        BackendSelection selection = BackendSelection.resolve(Backend.CPU, CPU_BUILD);
        assertThat(selection.isAppliedIn(Map.of(), CPU_BUILD)).isTrue();
        assertThat(selection.isAppliedIn(Map.of(), CUDA_BUILD_WITH_DEVICE)).as("CUDA build: must outrank it")
                .isFalse();
    }

    @Test
    void theChoicePersistsAcrossRuns() {
        BackendSettings settings = new BackendSettings(node);
        assertThat(settings.load()).isEqualTo(Backend.CPU);
        settings.save(Backend.GPU);
        assertThat(new BackendSettings(node).load()).isEqualTo(Backend.GPU);
        node.put(BackendSettings.KEY, "tpu");
        assertThat(new BackendSettings(node).load()).as("unreadable values fall back").isEqualTo(Backend.CPU);
    }

    @Test
    void relaunchCommandKeepsClassPathAndArguments() {
        assertThat(BackendLauncher.command("/jdk/bin/java", "a.jar:b.jar", "io.tastelab.app.Main",
                List.of("play", "-c", "1"))).as("the tests run as the launchers do, able to load the vector module "
                        + "late, so the relaunch gets that too")
                .containsExactly("/jdk/bin/java", "--enable-native-access=ALL-UNNAMED",
                        "--add-exports=java.base/jdk.internal.module=ALL-UNNAMED", "-cp", "a.jar:b.jar",
                        "io.tastelab.app.Main", "play", "-c", "1");
        assertThat(BackendLauncher.isRelaunched(Map.of(BackendLauncher.RELAUNCHED_VARIABLE, "gpu"))).isTrue();
        assertThatThrownBy(() -> Backend.parse("tpu")).hasMessageContaining("use cpu or gpu");
    }
}
