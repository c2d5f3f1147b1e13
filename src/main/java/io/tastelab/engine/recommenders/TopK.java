package io.tastelab.engine.recommenders;

import io.tastelab.array.KernelThreads;
import io.tastelab.engine.pipeline.CandidateSet;

import java.nio.LongBuffer;

/**
 * Partial selection of the k best candidates with bounded binary min-heaps of primitive ints.
 * Best means the larger score; equal scores go to the smaller by {@code tieBreak}. Used by the most-popular ranker
 * and by {@code tastelab stats} (its top items), so that both rank alike.
 */
public final class TopK {

    /** Below this many candidates one thread scans them all: splitting costs more than it saves. */
    static final int PARALLEL_THRESHOLD = 1 << 20;

    private TopK() {
    }

    /** Compares two catalog indices for tie-breaking; negative when the first comes first. */
    @FunctionalInterface
    public interface IndexOrder {
        int compare(int a, int b);
    }

    /**
     * Returns the indices of the best {@code k} candidates by {@code scores.get(index)}, best first.
     * O(n log k) time at worst and O(k) extra memory per core. Each part of the candidates keeps its own heap and
     * rejects a score below the worst one it keeps with a single comparison (in long-tailed counts almost every
     * score), so the scan runs at memory speed; a million candidates or more are split across the kernel threads
     * (one on a busy machine) and the parts' heaps merged, which gives the same answer since the order is total.
     * {@code scores} is only read.
     */
    public static int[] select(LongBuffer scores, CandidateSet candidates, IndexOrder tieBreak, int k) {
        int n = candidates.size();
        int size = Math.min(k, n);
        if (size <= 0) {
            return new int[0];
        }
        int parts = Math.min(KernelThreads.threads(), n / (PARALLEL_THRESHOLD / 2));
        if (n < PARALLEL_THRESHOLD || parts <= 1) {
            return Heap.of(scores, candidates, 0, n, size, tieBreak).bestFirst();
        }
        Heap[] heaps = new Heap[parts];
        KernelThreads.forEachPart(parts, part -> heaps[part] = Heap.of(scores, candidates,
                (int) ((long) n * part / parts), (int) ((long) n * (part + 1) / parts), size, tieBreak));
        Heap merged = new Heap(size, tieBreak);
        for (Heap heap : heaps) {
            for (int i = 0; i < heap.filled; i++) {
                merged.offer(heap.index[i], heap.score[i]);
            }
        }
        return merged.bestFirst();
    }

    /** A bounded min-heap of (index, score): slot 0 holds the worst of the kept candidates. */
    private static final class Heap {
        final int[] index;
        final long[] score;
        final IndexOrder tieBreak;
        int filled;

        Heap(int size, IndexOrder tieBreak) {
            this.index = new int[size];
            this.score = new long[size];
            this.tieBreak = tieBreak;
        }

        /** The best candidates at positions {@code from .. to-1}. */
        static Heap of(LongBuffer scores, CandidateSet candidates, int from, int to, int size, IndexOrder tieBreak) {
            Heap heap = new Heap(size, tieBreak);
            if (candidates instanceof CandidateSet.All) {
                heap.scanPositions(scores, from, to);
            } else {
                for (int position = from; position < to; position++) {
                    int candidate = candidates.indexAt(position);
                    heap.offer(candidate, scores.get(candidate));
                }
            }
            return heap;
        }

        /** The hot loop over a whole catalog: the candidates are the positions themselves. */
        private void scanPositions(LongBuffer scores, int from, int to) {
            int position = from;
            for (; position < to && filled < index.length; position++) {
                offer(position, scores.get(position));
            }
            long worstKept = score[0];
            for (; position < to; position++) {
                long s = scores.get(position);
                if (s < worstKept) {
                    continue;
                }
                offer(position, s);
                worstKept = score[0];
            }
        }

        void offer(int candidate, long s) {
            if (filled < index.length) {
                index[filled] = candidate;
                score[filled] = s;
                siftUp(filled);
                filled++;
            } else if (s > score[0] || (s == score[0] && tieBreak.compare(candidate, index[0]) < 0)) {
                index[0] = candidate;
                score[0] = s;
                siftDown(filled);
            }
        }

        /** Empties the heap, worst first into the tail of the result. */
        int[] bestFirst() {
            int[] result = new int[filled];
            for (int end = filled - 1; end >= 0; end--) {
                result[end] = index[0];
                index[0] = index[end];
                score[0] = score[end];
                siftDown(end);
            }
            filled = 0;
            return result;
        }

        /** True when the entry at a is worse than the one at b (lower score, or equal score and later by tie-break). */
        private boolean worse(int a, int b) {
            if (score[a] != score[b]) {
                return score[a] < score[b];
            }
            return tieBreak.compare(index[a], index[b]) > 0;
        }

        private void siftUp(int position) {
            while (position > 0) {
                int parent = (position - 1) >>> 1;
                if (!worse(position, parent)) {
                    return;
                }
                swap(position, parent);
                position = parent;
            }
        }

        private void siftDown(int size) {
            int position = 0;
            while (true) {
                int left = 2 * position + 1;
                if (left >= size) {
                    return;
                }
                int right = left + 1;
                int worst = right < size && worse(right, left) ? right : left;
                if (!worse(worst, position)) {
                    return;
                }
                swap(position, worst);
                position = worst;
            }
        }

        private void swap(int i, int j) {
            int candidate = index[i];
            index[i] = index[j];
            index[j] = candidate;
            long s = score[i];
            score[i] = score[j];
            score[j] = s;
        }
    }
}
