package io.tastelab.engine.evaluation;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Times the stages of one evaluation (wall and process CPU time) and the heap's peak in each: before a stage every heap pool's peak is
 * reset, after it the pools' peaks are summed. The heap is the whole JVM's, so work running beside the
 * evaluation (another pane, another test) counts too. Not thread-safe: one evaluation measures its stages in
 * turn.
 */
public final class StageMeter {

    /** A stage's work; it may throw what its caller handles. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private final List<StageFigure> figures = new ArrayList<>();
    private final Consumer<StageFigure> onStage;
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid()).toList();

    /** A meter that only records. */
    public StageMeter() {
        this(figure -> {
        });
    }

    /** A meter that also hands each stage's figure to {@code onStage} as the stage ends (for a long run's log). */
    public StageMeter(Consumer<StageFigure> onStage) {
        this.onStage = onStage;
    }

    /** Runs {@code work} as the stage {@code stage} of {@code recommender} ("" when shared) and records it. */
    public <T, E extends Exception> T measure(String stage, String recommender, Work<T, E> work) throws E {
        for (MemoryPoolMXBean pool : heapPools) {
            pool.resetPeakUsage();
        }
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        T result = work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpuEnd = processCpuNanos();
        double cpuSeconds = cpuStart < 0 || cpuEnd < 0 ? -1 : (cpuEnd - cpuStart) / 1e9;
        StageFigure figure = new StageFigure(stage, recommender, seconds, cpuSeconds, peakHeap(), loadAverage());
        figures.add(figure);
        onStage.accept(figure);
        return result;
    }

    /** The stages measured so far, in order. */
    public List<StageFigure> figures() {
        return List.copyOf(figures);
    }

    private long peakHeap() {
        if (heapPools.isEmpty()) {
            return -1;
        }
        long sum = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
