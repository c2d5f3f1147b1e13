package io.tastelab.array.nd4j;

import io.tastelab.array.BackendInfo;
import org.nd4j.linalg.factory.Nd4j;

/** The one place that asks ND4J which backend it loaded. */
public final class Nd4jRuntime {

    private static volatile BackendInfo loaded;

    private Nd4jRuntime() {
    }

    public static BackendInfo describe() {
        BackendInfo info = loaded;
        if (info == null) {
            synchronized (Nd4jRuntime.class) {
                if (loaded == null) {
                    loaded = probe();
                }
                info = loaded;
            }
        }
        return info;
    }

    private static BackendInfo probe() {
        Nd4j.create(1); // forces backend initialisation
        var environment = Nd4j.getEnvironment();
        String backendName = Nd4j.getBackend().getClass().getSimpleName().replace("Backend", "").replace("Cpu", "native CPU");
        String kind = environment.isCPU() ? "CPU" : "GPU";
        String blas = String.valueOf(Nd4j.factory().blas().getBlasVendor());
        return new BackendInfo(kind, backendName, blas, environment.maxMasterThreads());
    }
}
