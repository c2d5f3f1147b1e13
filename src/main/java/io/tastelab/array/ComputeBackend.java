package io.tastelab.array;

import io.tastelab.array.nd4j.Nd4jBackend;

/** The facade over the compute engine: what it is, and a way to load it ahead of first use. */
public final class ComputeBackend {
    private ComputeBackend() {
    }

    /** Loads the native engine now (about two seconds the first time), so the first statement is fast. */
    public static void warmUp() {
        Nd4jBackend.warmUp();
    }

    /** Describes the loaded engine; loads it if needed. */
    public static BackendInfo describe() {
        return Nd4jBackend.describe();
    }
}
