package io.tastelab.engine.evaluation;

/**
 * One measured stage of an evaluation (load, split, or a recommender's train, rank or metrics).
 *
 * @param stage         "load", "split", "train", "rank" or "metrics"
 * @param recommender   the recommender's CLI name, or "" for the stages that all recommenders share
 * @param seconds       wall-clock time of the stage
 * @param cpuSeconds    CPU time the whole process used during the stage (all threads), which a busy machine
 *                      stretches far less than the wall time; negative where the JVM does not say
 * @param peakHeapBytes the heap at its fullest while the stage ran (the sum of the heap pools' peaks since the
 *                      stage began, so garbage not yet collected counts too); -1 where the JVM does not say
 * @param loadAverage   the machine's 1-minute load average when the stage ended; negative where unknown
 */
public record StageFigure(String stage, String recommender, double seconds, double cpuSeconds, long peakHeapBytes, double loadAverage) {

    /** "train als", or just "split" for a shared stage. */
    public String label() {
        return recommender.isEmpty() ? stage : stage + " " + recommender;
    }
}
