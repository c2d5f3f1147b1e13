package io.tastelab.array;

/**
 * What the compute engine loaded, for the status bar and {@code --version}.
 *
 * @param backendName short name, e.g. {@code CPU}
 * @param backendClass the engine's backend class name
 * @param blasVendor the BLAS library doing matrix products, e.g. {@code OPENBLAS}
 * @param threads how many threads the engine uses
 * @param engineVersion the ND4J version
 */
public record BackendInfo(String backendName, String backendClass, String blasVendor, int threads,
                          String engineVersion) {
    /** One line, e.g. {@code ND4J 1.0.0-M2.1 CPU (OPENBLAS, 2 threads)}. */
    public String summary() {
        return "ND4J " + engineVersion + " " + backendName + " (" + blasVendor + ", " + threads + " threads)";
    }
}
