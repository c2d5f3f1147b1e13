package io.tastelab.engine.interactions;

/**
 * Item popularity derived from interactions, in one O(nnz) pass over the CSR arrays.
 *
 * <ul>
 *   <li>{@link Measure#DISTINCT_USERS}: how many different users interacted with the item;</li>
 *   <li>{@link Measure#SUM_OF_VALUES}: the sum of ratings (or event weights);</li>
 *   <li>{@link Measure#VALUES_AT_LEAST}: how many interactions have a value of at least the threshold
 *       (e.g. ratings ≥ 4 as "liked").</li>
 * </ul>
 *
 * <p>With a {@link TimeDecay}, an interaction of age {@code a} counts {@code 2^(-a / halfLife)} instead of 1
 * (for distinct users, each user counts with their most recent interaction). Interactions without a
 * timestamp are not decayed; ones dated after "now" count fully.
 */
public final class InteractionPopularity {

    /** What is counted. */
    public enum Measure { DISTINCT_USERS, SUM_OF_VALUES, VALUES_AT_LEAST }

    /**
     * Exponential time decay.
     *
     * @param halfLifeSeconds age at which an interaction counts half; positive
     * @param nowSeconds      the reference time, seconds since the epoch
     */
    public record TimeDecay(double halfLifeSeconds, long nowSeconds) {
        public TimeDecay {
            if (!(halfLifeSeconds > 0) || Double.isInfinite(halfLifeSeconds)) {
                throw new IllegalArgumentException("half-life must be a positive number of seconds, got " + halfLifeSeconds);
            }
        }

        double weight(long timestamp) {
            if (timestamp == InteractionMatrix.NO_TIMESTAMP || timestamp >= nowSeconds) {
                return 1.0;
            }
            return Math.exp(-(nowSeconds - timestamp) * LN2 / halfLifeSeconds);
        }
    }

    private static final double LN2 = Math.log(2);

    private InteractionPopularity() {
    }

    /**
     * Popularity per item index.
     *
     * @param threshold used by {@link Measure#VALUES_AT_LEAST} only
     * @param decay     time decay, or {@code null} for none
     */
    public static double[] compute(InteractionMatrix matrix, Measure measure, double threshold, TimeDecay decay) {
        if (decay == null && measure == Measure.DISTINCT_USERS) {
            long[] counts = distinctUsersPerItem(matrix);
            double[] scores = new double[counts.length];
            for (int i = 0; i < counts.length; i++) {
                scores[i] = counts[i];
            }
            return scores;
        }
        int[] rowPointers = matrix.rowPointersArray();
        int[] columns = matrix.columnIndicesArray();
        float[] values = matrix.valuesArray();
        long[] timestamps = matrix.timestampsArray();
        double[] scores = new double[matrix.itemCount()];
        int[] lastUser = measure == Measure.DISTINCT_USERS ? filled(matrix.itemCount(), -1) : null;
        double[] bestWeight = measure == Measure.DISTINCT_USERS ? new double[matrix.itemCount()] : null;
        for (int u = 0; u < matrix.userCount(); u++) {
            for (int p = rowPointers[u]; p < rowPointers[u + 1]; p++) {
                int item = columns[p];
                double weight = decay == null || timestamps == null ? 1.0 : decay.weight(timestamps[p]);
                switch (measure) {
                    case SUM_OF_VALUES -> scores[item] += values[p] * weight;
                    case VALUES_AT_LEAST -> {
                        if (values[p] >= threshold) {
                            scores[item] += weight;
                        }
                    }
                    case DISTINCT_USERS -> {
                        if (lastUser[item] != u) {
                            lastUser[item] = u;
                            bestWeight[item] = weight;
                            scores[item] += weight;
                        } else if (weight > bestWeight[item]) {
                            scores[item] += weight - bestWeight[item];
                            bestWeight[item] = weight;
                        }
                    }
                }
            }
        }
        return scores;
    }

    /** How many different users interacted with each item: a walk over the CSC columns (users are sorted there). */
    public static long[] distinctUsersPerItem(InteractionMatrix matrix) {
        int[] columnPointers = matrix.columnPointersArray();
        int[] rows = matrix.rowIndicesArray();
        long[] counts = new long[matrix.itemCount()];
        for (int i = 0; i < counts.length; i++) {
            int start = columnPointers[i];
            int end = columnPointers[i + 1];
            long distinct = 0;
            int previous = -1;
            for (int p = start; p < end; p++) {
                if (rows[p] != previous) {
                    distinct++;
                    previous = rows[p];
                }
            }
            counts[i] = distinct;
        }
        return counts;
    }

    /** Interactions per item, like NumPy's {@code np.bincount(items, minlength=itemCount)}. */
    public static long[] interactionsPerItem(InteractionMatrix matrix) {
        int[] columns = matrix.columnIndicesArray();
        long[] counts = new long[matrix.itemCount()];
        for (int column : columns) {
            counts[column]++;
        }
        return counts;
    }

    /** Scores as the catalog's whole-number popularity counts (rounded half up, never negative). */
    public static long[] asCounts(double[] scores) {
        long[] counts = new long[scores.length];
        for (int i = 0; i < scores.length; i++) {
            counts[i] = Math.max(0, Math.round(scores[i]));
        }
        return counts;
    }

    private static int[] filled(int n, int value) {
        int[] array = new int[n];
        java.util.Arrays.fill(array, value);
        return array;
    }
}
