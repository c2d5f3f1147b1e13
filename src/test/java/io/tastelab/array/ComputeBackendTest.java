package io.tastelab.array;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComputeBackendTest {
    @Test
    void describesTheLoadedCpuBackend() {
        ComputeBackend.warmUp();
        BackendInfo info = ComputeBackend.describe();
        assertThat(info.backendName()).isEqualTo("CPU");
        assertThat(info.backendClass()).contains("CpuBackend");
        assertThat(info.blasVendor()).isNotBlank();
        assertThat(info.threads()).isPositive();
        assertThat(info.summary()).startsWith("ND4J ").contains("CPU");
    }
}
