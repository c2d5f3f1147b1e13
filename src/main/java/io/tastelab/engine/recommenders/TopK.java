package io.tastelab.engine.recommenders;

import io.tastelab.engine.pipeline.CandidateSet;

import java.util.function.IntToLongFunction;

/**
 * Partial selection of the k best candidates with a bounded binary min-heap of primitive ints.
 * Best means the larger score; equal scores go to the smaller by {@code tieBreak}. Used by the most-popular ranker
 * and by {@code tastelab stats} (its top items), so that both rank alike.
 */
public final class TopK {

    private TopK() {
    }

    /** Compares two catalog indices for tie-breaking; negative when the first comes first. */
    @FunctionalInterface
    public interface IndexOrder {
        int compare(int a, int b);
    }

    /**
     * Returns the indices of the best {@code k} candidates, best first.
     * O(n log k) time and O(k) extra memory.
     */
    public static int[] select(CandidateSet candidates, IntToLongFunction score, IndexOrder tieBreak, int k) {
        int n = candidates.size();
        int size = Math.min(k, n);
        if (size <= 0) {
            return new int[0];
        }
        // heap[0] is the worst of the kept candidates.
        int[] heap = new int[size];
        long[] heapScore = new long[size];
        int filled = 0;
        for (int position = 0; position < n; position++) {
            int index = candidates.indexAt(position);
            long s = score.applyAsLong(index);
            if (filled < size) {
                heap[filled] = index;
                heapScore[filled] = s;
                siftUp(heap, heapScore, filled, tieBreak);
                filled++;
            } else if (s > heapScore[0] || (s == heapScore[0] && tieBreak.compare(index, heap[0]) < 0)) {
                heap[0] = index;
                heapScore[0] = s;
                siftDown(heap, heapScore, size, tieBreak);
            }
        }
        // Pop worst-first into the tail of the result.
        int[] result = new int[size];
        for (int end = size - 1; end >= 0; end--) {
            result[end] = heap[0];
            heap[0] = heap[end];
            heapScore[0] = heapScore[end];
            siftDown(heap, heapScore, end, tieBreak);
        }
        return result;
    }

    /** True when a is worse than b (lower score, or equal score and later by tie-break). */
    private static boolean worse(int a, long scoreA, int b, long scoreB, IndexOrder tieBreak) {
        if (scoreA != scoreB) {
            return scoreA < scoreB;
        }
        return tieBreak.compare(a, b) > 0;
    }

    private static void siftUp(int[] heap, long[] score, int position, IndexOrder tieBreak) {
        while (position > 0) {
            int parent = (position - 1) >>> 1;
            if (!worse(heap[position], score[position], heap[parent], score[parent], tieBreak)) {
                return;
            }
            swap(heap, score, position, parent);
            position = parent;
        }
    }

    private static void siftDown(int[] heap, long[] score, int size, IndexOrder tieBreak) {
        int position = 0;
        while (true) {
            int left = 2 * position + 1;
            if (left >= size) {
                return;
            }
            int right = left + 1;
            int worst = left;
            if (right < size && worse(heap[right], score[right], heap[left], score[left], tieBreak)) {
                worst = right;
            }
            if (!worse(heap[worst], score[worst], heap[position], score[position], tieBreak)) {
                return;
            }
            swap(heap, score, position, worst);
            position = worst;
        }
    }

    private static void swap(int[] heap, long[] score, int i, int j) {
        int index = heap[i];
        heap[i] = heap[j];
        heap[j] = index;
        long s = score[i];
        score[i] = score[j];
        score[j] = s;
    }
}
