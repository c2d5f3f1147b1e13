package io.tastelab.array;

import io.tastelab.array.nd4j.Nd4jRuntime;

/** The array engine's compute backend: loads it once per process and says what it is. */
public final class ComputeBackend {

    private ComputeBackend() {
    }

    /** Loads the native backend (about two seconds the first time) and reports what was loaded. */
    public static BackendInfo describe() {
        return Nd4jRuntime.describe();
    }
}
