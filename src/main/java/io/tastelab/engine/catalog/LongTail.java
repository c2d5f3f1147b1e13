package io.tastelab.engine.catalog;

import java.util.Arrays;
import java.util.TreeSet;

/** The long-tail view of popularity: counts sorted by rank, sampled for a chart. */
public final class LongTail {

    /**
     * @param ranks            1-based ranks of the sampled points
     * @param counts           popularity at each sampled rank
     * @param topDecileShare   share of all popularity held by the top 10% of items (0..1)
     */
    public record Curve(int[] ranks, long[] counts, double topDecileShare, long total) {
    }

    private LongTail() {
    }

    /** Sorts counts descending and samples at most {@code maxPoints} ranks (dense at the head, log-spaced after). */
    public static Curve of(long[] popularity, int maxPoints) {
        int n = popularity.length;
        long[] sorted = popularity.clone();
        Arrays.sort(sorted);
        long total = 0;
        for (long count : sorted) {
            total += count;
        }
        int decile = Math.max(1, (int) Math.ceil(n / 10.0));
        long topSum = 0;
        for (int i = 0; i < decile && i < n; i++) {
            topSum += sorted[n - 1 - i];
        }
        TreeSet<Integer> picks = new TreeSet<>();
        if (n <= maxPoints) {
            for (int rank = 1; rank <= n; rank++) {
                picks.add(rank);
            }
        } else if (n > 0) {
            for (int i = 0; i < maxPoints; i++) {
                double fraction = i / (double) (maxPoints - 1);
                picks.add((int) Math.round(Math.exp(fraction * Math.log(n))));
            }
        }
        int[] ranks = picks.stream().mapToInt(Integer::intValue).toArray();
        long[] counts = new long[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            counts[i] = sorted[n - ranks[i]];
        }
        return new Curve(ranks, counts, total == 0 ? 0 : topSum / (double) total, total);
    }
}
