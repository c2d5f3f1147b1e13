package io.tastelab.engine.backend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the machine offers for the GPU backend: whether ND4J's CUDA backend is on the class path (the
 * {@code -Pcuda} build) and whether a CUDA device answers. Tests pass fakes; {@link #system()} looks for real.
 */
public interface DeviceProbe {

    /** ND4J's CUDA backend class, looked up by name so that nothing here depends on ND4J. */
    String CUDA_BACKEND_CLASS = "org.nd4j.linalg.jcublas.JCublasBackend";

    /** True if this build contains ND4J's CUDA backend. */
    boolean cudaBackendInstalled();

    /** The name of a CUDA device that answered, or empty if none did. */
    Optional<String> cudaDevice();

    /** Probes this machine: the class path, then {@code nvidia-smi} (at most 5 s). */
    static DeviceProbe system() {
        return new DeviceProbe() {
            @Override
            public boolean cudaBackendInstalled() {
                try {
                    Class.forName(CUDA_BACKEND_CLASS, false, DeviceProbe.class.getClassLoader());
                    return true;
                } catch (ClassNotFoundException | LinkageError absent) {
                    return false;
                }
            }

            @Override
            public Optional<String> cudaDevice() {
                try {
                    Process process = new ProcessBuilder(List.of("nvidia-smi", "--query-gpu=name",
                            "--format=csv,noheader")).redirectErrorStream(true).start();
                    if (!process.waitFor(5, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                        return Optional.empty();
                    }
                    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                    return process.exitValue() == 0 && !output.isEmpty()
                            ? Optional.of(output.lines().findFirst().orElseThrow()) : Optional.empty();
                } catch (IOException noDriver) {
                    return Optional.empty();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        };
    }
}
