package io.tastelab.engine.backend;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The backend a run will use, given what the user asked for and what the machine offers. Choosing the GPU
 * without a CUDA build or device stays on the CPU and says why; it never fails. Immutable.
 *
 * @param requested   what the user chose
 * @param effective   what will run
 * @param explanation why {@code effective} differs from {@code requested}, or an empty string
 * @param device      the CUDA device's name when the GPU is used, else an empty string
 */
public record BackendSelection(Backend requested, Backend effective, String explanation, String device) {

    /** ND4J reads these once per JVM, when its first class loads: the higher priority wins. */
    public static final String CPU_PRIORITY_VARIABLE = "BACKEND_PRIORITY_CPU";
    public static final String GPU_PRIORITY_VARIABLE = "BACKEND_PRIORITY_GPU";

    public BackendSelection {
        Objects.requireNonNull(requested);
        Objects.requireNonNull(effective);
        Objects.requireNonNull(explanation);
        Objects.requireNonNull(device);
    }

    /** Decides the backend for {@code requested} on the machine {@code probe} describes. */
    public static BackendSelection resolve(Backend requested, DeviceProbe probe) {
        if (requested == Backend.CPU) {
            return new BackendSelection(requested, Backend.CPU, "", "");
        }
        if (!probe.cudaBackendInstalled()) {
            return new BackendSelection(requested, Backend.CPU, "The GPU backend is not installed in this build "
                    + "(build TasteLab with mvn -Pcuda to add ND4J's CUDA 11.6 backend); running on the CPU.", "");
        }
        return probe.cudaDevice()
                .map(device -> new BackendSelection(requested, Backend.GPU, "", device))
                .orElseGet(() -> new BackendSelection(requested, Backend.CPU, "No CUDA device answered (is an "
                        + "NVIDIA driver installed and a GPU present?); running on the CPU.", ""));
    }

    /** The backends a settings pane may offer: the CPU always, the GPU when it would really be used. */
    public static List<Backend> available(DeviceProbe probe) {
        return resolve(Backend.GPU, probe).effective() == Backend.GPU ? List.of(Backend.CPU, Backend.GPU)
                : List.of(Backend.CPU);
    }

    /** The environment that makes ND4J pick {@link #effective()}. */
    public Map<String, String> environment() {
        boolean gpu = effective == Backend.GPU;
        return Map.of(CPU_PRIORITY_VARIABLE, gpu ? "0" : "100", GPU_PRIORITY_VARIABLE, gpu ? "100" : "0");
    }

    /**
     * True if a JVM started with {@code environment} already runs {@link #effective()}: ND4J can't switch later,
     * so otherwise the process must relaunch. Without the CUDA backend on the class path only the CPU can load,
     * so a CPU run never needs a relaunch there.
     */
    public boolean isAppliedIn(Map<String, String> environment, DeviceProbe probe) {
        if (effective == Backend.CPU && !probe.cudaBackendInstalled()) {
            return true;
        }
        return environment().entrySet().stream()
                .allMatch(entry -> entry.getValue().equals(environment.get(entry.getKey())));
    }
}
