package io.tastelab.engine.models;

/**
 * The {@code k} best (item, score) pairs offered so far: higher score first, equal scores to the smaller item.
 * A bounded min-heap of primitives whose root is the worst kept pair, so most offers of a long candidate list are
 * turned away by one compare; the result is the same as sorting every candidate, since the order is total.
 * Reusable: {@link #clear} between lists. Not thread-safe: threads that share one hold its lock, except to read
 * {@link #bar}.
 */
final class NeighbourHeap {

    private final int[] items;
    private final float[] scores;
    private int size;
    /**
     * The worst kept score once full, −∞ before: written only after an offer is complete, so a thread reading it
     * without the lock sees this or an earlier, lower bar (it never falls), never the half-sifted root.
     */
    private float bar = Float.NEGATIVE_INFINITY;

    NeighbourHeap(int k) {
        items = new int[k];
        scores = new float[k];
    }

    void clear() {
        size = 0;
        bar = Float.NEGATIVE_INFINITY;
    }

    /** Offers {@code item} with {@code score}. */
    void offer(int item, float score) {
        if (size < items.length) {
            items[size] = item;
            scores[size] = score;
            siftUp(size++);
        } else if (size > 0 && better(score, item, scores[0], items[0])) {
            items[0] = item;
            scores[0] = score;
            siftDown(size);
        }
        if (size == items.length) {
            bar = scores[0];
        }
    }

    /** {@link #worst} once full, −∞ before; safe to read without holding the heap's lock (see {@link #bar}). */
    float bar() {
        return bar;
    }

    /** Whether it holds k pairs, so that {@link #worst} is the bar to pass. */
    boolean isFull() {
        return size == items.length;
    }

    /** The worst kept score (meaningful when {@link #isFull}). */
    float worst() {
        return scores[0];
    }

    /** Whether a candidate with {@code score} may enter, before its item is known: false only when it surely loses. */
    boolean mayEnter(float score) {
        return size < items.length || score >= scores[0];
    }

    /** The kept items, best first; fills {@code bestScores} (length ≥ size) alike. Empties the heap. */
    int[] drain(float[][] bestScores) {
        int[] best = new int[size];
        float[] bestSims = new float[size];
        for (int end = size - 1; end >= 0; end--) {
            best[end] = items[0];
            bestSims[end] = scores[0];
            items[0] = items[end];
            scores[0] = scores[end];
            siftDown(end);
        }
        size = 0;
        bar = Float.NEGATIVE_INFINITY;
        bestScores[0] = bestSims;
        return best;
    }

    private static boolean better(float scoreA, int itemA, float scoreB, int itemB) {
        return scoreA != scoreB ? scoreA > scoreB : itemA < itemB;
    }

    private void siftUp(int position) {
        while (position > 0) {
            int parent = (position - 1) >>> 1;
            if (!better(scores[parent], items[parent], scores[position], items[position])) {
                return;
            }
            swap(parent, position);
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
            int worst = left;
            if (left + 1 < size && better(scores[left], items[left], scores[left + 1], items[left + 1])) {
                worst = left + 1;
            }
            if (!better(scores[position], items[position], scores[worst], items[worst])) {
                return;
            }
            swap(worst, position);
            position = worst;
        }
    }

    private void swap(int a, int b) {
        int item = items[a];
        items[a] = items[b];
        items[b] = item;
        float score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
    }
}
