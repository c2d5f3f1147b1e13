package io.tastelab.array;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Whether the explicit SIMD kernels ({@link Float32Vectors}, {@link Extrema}, {@link Comparisons}) run: when the JVM
 * has the vector module (named at launch, or loaded by {@link VectorModule} when this class is first used, i.e. when
 * array work starts) and its compiler emits fused multiply-adds, unless the system property {@code tastelab.simd}
 * is {@code false}. Every kernel gives the same results either way.
 *
 * <p>Why the fma condition: without it the Vector API computes each lane's fma in software. Measured with
 * {@code -XX:UseAVX=0} (SSE only, no fma): the SIMD exp/log tests took 248 s instead of 2.
 */
public final class Simd {
    /** True when the SIMD kernels run. */
    public static final boolean ENABLED = !"false".equals(System.getProperty("tastelab.simd"))
            && compilesFusedMultiplyAdd()
            && VectorModule.load();

    private Simd() {
    }

    private static boolean compilesFusedMultiplyAdd() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return vm != null && "true".equals(vm.getVMOption("UseFMA").getValue());
        } catch (RuntimeException | LinkageError notHotSpot) {
            // another JVM, or the flag unknown: the chunked forms are safe everywhere
            return false;
        }
    }
}
