package io.tastelab.array.nd4j;

import io.tastelab.array.BackendInfo;
import java.util.Map;
import org.nd4j.linalg.factory.Nd4j;

/** Reports what ND4J loaded; the implementation behind {@code ComputeBackend}. */
public final class Nd4jBackend {
    private Nd4jBackend() {
    }

    /** Forces ND4J to load its native backend (takes a couple of seconds the first time). */
    public static void warmUp() {
        Nd4j.create(org.nd4j.linalg.api.buffer.DataType.FLOAT, 1);
    }

    public static BackendInfo describe() {
        warmUp();
        Map<Object, Object> env = Nd4j.getExecutioner().getEnvironmentInformation().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        String backend = String.valueOf(env.getOrDefault("backend", "CPU"));
        String vendor;
        try {
            vendor = String.valueOf(Nd4j.factory().blas().getBlasVendor());
        } catch (RuntimeException e) {
            vendor = String.valueOf(env.getOrDefault("blas.vendor", "unknown"));
        }
        int threads;
        try {
            threads = Nd4j.getEnvironment().maxThreads();
        } catch (RuntimeException e) {
            threads = Runtime.getRuntime().availableProcessors();
        }
        String version = Nd4j.class.getPackage().getImplementationVersion();
        return new BackendInfo(backend, Nd4j.getBackend().getClass().getName(), vendor, threads,
                version == null ? "1.0.0-M2.1" : version);
    }
}
