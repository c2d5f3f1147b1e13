package io.tastelab.engine.evaluation;

import java.util.Arrays;

/**
 * Ranking metrics for one user's list, with binary relevance (an item is relevant when it is one of the
 * user's test items). {@code ranked} is the list best first (it may be shorter than {@code k});
 * {@code relevant} is the user's test items, sorted ascending and non-empty. Definitions in README.
 */
public final class Metrics {

    private Metrics() {
    }

    public static boolean isRelevant(int[] relevant, int item) {
        return Arrays.binarySearch(relevant, item) >= 0;
    }

    public static int hits(int[] ranked, int[] relevant, int k) {
        int hits = 0;
        for (int r = 0; r < Math.min(k, ranked.length); r++) {
            if (isRelevant(relevant, ranked[r])) {
                hits++;
            }
        }
        return hits;
    }

    /** Relevant items in the top k, over k (a list shorter than k is not excused). */
    public static double precision(int[] ranked, int[] relevant, int k) {
        return (double) hits(ranked, relevant, k) / k;
    }

    /** Relevant items in the top k, over all of the user's relevant items. */
    public static double recall(int[] ranked, int[] relevant, int k) {
        return (double) hits(ranked, relevant, k) / relevant.length;
    }

    /** 1 when any relevant item is in the top k. */
    public static double hitRate(int[] ranked, int[] relevant, int k) {
        return hits(ranked, relevant, k) > 0 ? 1 : 0;
    }

    /** 1 / rank of the first relevant item in the top k, 0 when there is none. */
    public static double reciprocalRank(int[] ranked, int[] relevant, int k) {
        for (int r = 0; r < Math.min(k, ranked.length); r++) {
            if (isRelevant(relevant, ranked[r])) {
                return 1.0 / (r + 1);
            }
        }
        return 0;
    }

    /**
     * Average precision at k: the sum of precision@r at each rank r ≤ k holding a relevant item, over
     * {@code min(|relevant|, k)}.
     */
    public static double averagePrecision(int[] ranked, int[] relevant, int k) {
        double sum = 0;
        int hits = 0;
        for (int r = 0; r < Math.min(k, ranked.length); r++) {
            if (isRelevant(relevant, ranked[r])) {
                hits++;
                sum += (double) hits / (r + 1);
            }
        }
        return sum / Math.min(relevant.length, k);
    }

    /**
     * Binary nDCG at k: DCG = Σ over ranks r ≤ k holding a relevant item of 1 / log2(r + 1); divided by the
     * ideal DCG, Σ_{r=1}^{min(|relevant|, k)} 1 / log2(r + 1).
     */
    public static double ndcg(int[] ranked, int[] relevant, int k) {
        double dcg = 0;
        for (int r = 0; r < Math.min(k, ranked.length); r++) {
            if (isRelevant(relevant, ranked[r])) {
                dcg += discount(r + 1);
            }
        }
        double ideal = 0;
        for (int r = 1; r <= Math.min(relevant.length, k); r++) {
            ideal += discount(r);
        }
        return dcg / ideal;
    }

    private static double discount(int rank) {
        return 1.0 / (Math.log(rank + 1) / Math.log(2));
    }
}
