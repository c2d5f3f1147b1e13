package io.tastelab.engine.evaluation;

/**
 * The {@code n} best candidates by score with a bounded heap: higher score first, equal scores to the
 * smaller id ({@link ItemOrder}). NaN scores rank below every number. O(items · log n).
 */
public final class TopN {

    private TopN() {
    }

    /** Whether an item may be returned. */
    @FunctionalInterface
    public interface Allowed {
        boolean test(int item);
    }

    /** Indices of the best {@code n} allowed items, best first. */
    public static int[] select(float[] scores, Allowed allowed, ItemOrder order, int n) {
        if (n <= 0) {
            return new int[0];
        }
        int[] heap = new int[n];
        int size = 0;
        // Once the heap is full, an item scoring below its worst can never enter: one compare rejects it
        // (NaN compares false, so NaN scores and a NaN worst take the full path).
        float worst = Float.NaN;
        for (int item = 0; item < scores.length; item++) {
            if (scores[item] < worst || !allowed.test(item)) {
                continue;
            }
            if (size < n) {
                heap[size] = item;
                siftUp(heap, size, scores, order);
                size++;
                if (size == n) {
                    worst = scores[heap[0]];
                }
            } else if (better(item, heap[0], scores, order)) {
                heap[0] = item;
                siftDown(heap, size, scores, order);
                worst = scores[heap[0]];
            }
        }
        int[] result = new int[size];
        for (int end = size - 1; end >= 0; end--) {
            result[end] = heap[0];
            heap[0] = heap[end];
            siftDown(heap, end, scores, order);
        }
        return result;
    }

    static boolean better(int a, int b, float[] scores, ItemOrder order) {
        float sa = scores[a];
        float sb = scores[b];
        boolean nanA = Float.isNaN(sa);
        boolean nanB = Float.isNaN(sb);
        if (nanA != nanB) {
            return nanB;
        }
        if (!nanA && sa != sb) {
            return sa > sb;
        }
        return order.rank(a) < order.rank(b);
    }

    private static void siftUp(int[] heap, int position, float[] scores, ItemOrder order) {
        while (position > 0) {
            int parent = (position - 1) >>> 1;
            if (!better(heap[parent], heap[position], scores, order)) {
                return;
            }
            int t = heap[parent];
            heap[parent] = heap[position];
            heap[position] = t;
            position = parent;
        }
    }

    private static void siftDown(int[] heap, int size, float[] scores, ItemOrder order) {
        int position = 0;
        while (true) {
            int left = 2 * position + 1;
            if (left >= size) {
                return;
            }
            int worst = left;
            int right = left + 1;
            if (right < size && better(heap[left], heap[right], scores, order)) {
                worst = right;
            }
            if (!better(heap[position], heap[worst], scores, order)) {
                return;
            }
            int t = heap[worst];
            heap[worst] = heap[position];
            heap[position] = t;
            position = worst;
        }
    }
}
