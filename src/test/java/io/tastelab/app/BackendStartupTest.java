package io.tastelab.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.engine.backend.Backend;
import io.tastelab.engine.backend.BackendLauncher;
import io.tastelab.engine.backend.DeviceProbe;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackendStartupTest {

    private static DeviceProbe probe(boolean installed, String device) {
        return new DeviceProbe() {
            @Override
            public boolean cudaBackendInstalled() {
                return installed;
            }

            @Override
            public Optional<String> cudaDevice() {
                return Optional.ofNullable(device);
            }
        };
    }

    @Test
    void backendFlagIsRemovedAndAMissingGpuIsExplainedWithoutRelaunch() {
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        BackendStartup.Plan plan = BackendStartup.prepare(new String[] {"--backend", "gpu", "play", "-c", "1"},
                Map.of(), () -> Backend.CPU, probe(false, null), new PrintStream(messages, true, StandardCharsets.UTF_8));
        assertThat(plan.arguments()).containsExactly("play", "-c", "1");
        assertThat(plan.selection().effective()).isEqualTo(Backend.CPU);
        assertThat(plan.relaunch()).isFalse();
        assertThat(messages.toString(StandardCharsets.UTF_8)).contains("running on the CPU");
    }

    @Test
    void savedGpuChoiceRelaunchesOnceWhenTheGpuIsThere() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        BackendStartup.Plan first = BackendStartup.prepare(new String[] {"play"}, Map.of(), () -> Backend.GPU,
                probe(true, "NVIDIA H100"), quiet);
        assertThat(first.relaunch()).isTrue();
        BackendStartup.Plan child = BackendStartup.prepare(new String[] {"play"},
                Map.of(BackendLauncher.RELAUNCHED_VARIABLE, "gpu"), () -> Backend.GPU, probe(true, "NVIDIA H100"), quiet);
        assertThat(child.relaunch()).isFalse();
        assertThat(child.selection().effective()).isEqualTo(Backend.GPU);
    }

    @Test
    void explicitCpuOverridesTheSavedChoice() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        BackendStartup.Plan plan = BackendStartup.prepare(new String[] {"--backend=cpu", "bench"}, Map.of(),
                () -> Backend.GPU, probe(false, null), quiet);
        assertThat(plan.selection().effective()).isEqualTo(Backend.CPU);
        assertThat(plan.relaunch()).isFalse();
        assertThat(plan.arguments()).containsExactly("bench");
    }
}
