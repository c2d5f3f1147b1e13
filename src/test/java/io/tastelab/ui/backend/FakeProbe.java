package io.tastelab.ui.backend;

import io.tastelab.engine.backend.DeviceProbe;

import java.util.Optional;

/** A machine as a test describes it: with or without the CUDA build, with or without a device. */
record FakeProbe(boolean cudaBackendInstalled, Optional<String> cudaDevice) implements DeviceProbe {

    static FakeProbe noCudaBuild() {
        return new FakeProbe(false, Optional.empty());
    }

    static FakeProbe noDevice() {
        return new FakeProbe(true, Optional.empty());
    }

    static FakeProbe gpu(String name) {
        return new FakeProbe(true, Optional.of(name));
    }
}
