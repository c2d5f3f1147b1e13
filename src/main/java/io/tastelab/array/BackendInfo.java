package io.tastelab.array;

/**
 * What compute backend the array engine loaded.
 *
 * @param kind        "CPU" or "GPU"
 * @param backendName the backend's own name (e.g. "CPU" / "CUDA")
 * @param blasVendor  the BLAS library doing matrix products (e.g. "OPENBLAS")
 * @param threads     threads the backend uses for element-wise work
 */
public record BackendInfo(String kind, String backendName, String blasVendor, int threads) {

    /** One line for the status bar. */
    public String summary() {
        return kind + " · ND4J " + backendName + " backend, " + blasVendor + " BLAS, " + threads + " threads";
    }
}
