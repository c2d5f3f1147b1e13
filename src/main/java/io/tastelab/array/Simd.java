package io.tastelab.array;

/**
 * Whether the explicit SIMD kernels ({@link Float32Vectors}) run: when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} (the launchers and the tests do; a bare {@code java -jar} does not),
 * unless the system property {@code tastelab.simd} is {@code false}. Every kernel gives the same bits either way.
 */
public final class Simd {
    /** True when the SIMD kernels run. */
    public static final boolean ENABLED = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !"false".equals(System.getProperty("tastelab.simd"));

    private Simd() {
    }
}
