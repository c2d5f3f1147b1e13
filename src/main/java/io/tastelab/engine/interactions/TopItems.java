package io.tastelab.engine.interactions;

import io.tastelab.engine.catalog.Catalog;

import java.util.Comparator;
import java.util.PriorityQueue;

/** The items with the highest counts, ties to the smaller id (the order the most-popular ranker uses). */
public final class TopItems {

    private TopItems() {
    }

    /** Indices of the {@code k} highest {@code counts}, best first; O(n log k). */
    public static int[] byCount(Catalog catalog, long[] counts, int k) {
        Comparator<Integer> better = (a, b) -> {
            int byCount = Long.compare(counts[b], counts[a]);
            return byCount != 0 ? byCount : catalog.compareIds(a, b);
        };
        PriorityQueue<Integer> worstFirst = new PriorityQueue<>(better.reversed());
        for (int i = 0; i < counts.length && k > 0; i++) {
            if (worstFirst.size() < k) {
                worstFirst.add(i);
            } else if (better.compare(i, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(i);
            }
        }
        int[] top = new int[worstFirst.size()];
        for (int r = top.length - 1; r >= 0; r--) {
            top[r] = worstFirst.poll();
        }
        return top;
    }
}
