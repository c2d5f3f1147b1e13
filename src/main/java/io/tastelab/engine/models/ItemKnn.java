package io.tastelab.engine.models;

import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.task.Progress;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Item-based k-nearest neighbours. Similarities are computed sparse, item by item, from the co-occurrences
 * in the users' rows (never a dense items × items matrix): for item j, a scatter over every user of j and every
 * item of that user, O(Σ_u n_u²) in all (half of that when no user repeats an item: each pair is gathered once). Each item keeps only its {@code neighbours} most similar items with a
 * positive similarity. The score of item j for user u is Σ_{i ∈ N(j) ∩ I_u} sim(i, j) · r_ui (centered r for
 * Pearson). Immutable after training; scoring is thread-safe.
 */
public final class ItemKnn implements ItemScorer {

    public static final String NAME = "item-knn";
    /**
     * Labels gathered per pass of the similarity scatter: 16,384 accumulator entries of 16 bytes, 256 KB, which stay
     * in a core's L2 (1 MB here) beside the rows streaming through. Ranges of 2,048 (L1-sized) measured slower at
     * 25M: a row then ends its run in every one of 31 ranges, and each of those loop exits costs more than the
     * misses it saves.
     */
    static final int LABEL_RANGE = 16384;
    static final Set<String> PARAMETERS = Set.of("item-knn.neighbours", "item-knn.shrinkage", "item-knn.similarity");

    /** Hyper-parameters. */
    public record Settings(int neighbours, double shrinkage, Similarity similarity) {
        public Settings {
            if (neighbours < 1 || shrinkage < 0) {
                throw new IllegalArgumentException("item-knn needs neighbours ≥ 1 and shrinkage ≥ 0");
            }
        }

        public static Settings from(ModelParams params) {
            return new Settings(params.intValue(NAME, "neighbours", 100), params.doubleValue(NAME, "shrinkage", 10),
                    Similarity.byName(params.stringValue(NAME, "similarity", "cosine")));
        }
    }

    private final InteractionMatrix.Csr userRows;
    private final float[] userValues;
    /** For each item i, the items j that have i among their neighbours, and sim(i, j). */
    private final int[] reversePointers;
    private final int[] reverseTargets;
    private final float[] reverseSimilarities;
    private final int itemCount;
    private final Settings settings;

    private ItemKnn(InteractionMatrix.Csr userRows, float[] userValues, int[] reversePointers, int[] reverseTargets,
                    float[] reverseSimilarities, int itemCount, Settings settings) {
        this.userRows = userRows;
        this.userValues = userValues;
        this.reversePointers = reversePointers;
        this.reverseTargets = reverseTargets;
        this.reverseSimilarities = reverseSimilarities;
        this.itemCount = itemCount;
        this.settings = settings;
    }

    /** The sparse neighbour lists: per item, its neighbours and their similarities, best first. */
    public record Neighbours(int[] pointers, int[] items, float[] similarities) {
        public int count() {
            return items.length;
        }
    }

    public static ItemKnn train(InteractionMatrix train, Settings settings, Progress progress) {
        // The matrix's own arrays (it never changes): copies would cost 400 MB at 25M interactions.
        InteractionMatrix.Csr csr = train.sharedCsr();
        InteractionMatrix.Csc csc = train.sharedCsc();
        Neighbours neighbours = similarities(csr, csc, train.itemCount(), settings, progress);
        // Reverse the lists: scoring walks from a user's items i to the items j they are a neighbour of.
        int items = train.itemCount();
        int[] counts = new int[items + 1];
        for (int source : neighbours.items()) {
            counts[source + 1]++;
        }
        for (int i = 0; i < items; i++) {
            counts[i + 1] += counts[i];
        }
        int[] next = Arrays.copyOf(counts, items);
        int[] targets = new int[neighbours.count()];
        float[] sims = new float[neighbours.count()];
        for (int j = 0; j < items; j++) {
            for (int p = neighbours.pointers()[j]; p < neighbours.pointers()[j + 1]; p++) {
                int slot = next[neighbours.items()[p]]++;
                targets[slot] = j;
                sims[slot] = neighbours.similarities()[p];
            }
        }
        float[] userValues = settings.similarity().centered(csr.rowPointers(), csr.values());
        return new ItemKnn(csr, userValues, counts, targets, sims, items, settings);
    }

    /** Every item's top neighbours by shrunk similarity, computed in parallel over items. */
    public static Neighbours similarities(InteractionMatrix.Csr csr, InteractionMatrix.Csc csc, int items, Settings settings,
                                          Progress progress) {
        return similarities(csr, csc, items, settings, progress, LABEL_RANGE);
    }

    /** {@link #similarities(InteractionMatrix.Csr, InteractionMatrix.Csc, int, Settings, Progress)}, gathering
     * {@code labelRange} labels per pass (tests use small ranges to cross many). */
    static Neighbours similarities(InteractionMatrix.Csr csr, InteractionMatrix.Csc csc, int items, Settings settings,
                                   Progress progress, int labelRange) {
        // Center each item's column on its mean (Pearson).
        float[] columnValues = settings.similarity().centered(csc.columnPointers(), csc.values());
        double[] norms = new double[items];
        for (int i = 0; i < items; i++) {
            double sum = 0;
            for (int p = csc.columnPointers()[i]; p < csc.columnPointers()[i + 1]; p++) {
                sum += columnValues[p] * columnValues[p];
            }
            norms[i] = Math.sqrt(sum);
        }
        PopularityRows rows = PopularityRows.of(csr.rowPointers(), csc, columnValues);
        int[] byLabel = rows.itemByLabel();
        double[] normByLabel = new double[items];
        for (int label = 0; label < items; label++) {
            normByLabel[label] = norms[byLabel[label]];
        }
        // Gathering each pair once holds every item's list from the start: k slots per item, so only while that is
        // at most 2^25 slots (256 MB); 62,000 items × 100 neighbours is 6.2 M.
        if ((long) items * listSlots(settings.neighbours(), items) <= 1L << 25 && !rows.repeatsAnItem(csr.rowPointers())) {
            return eachPairOnce(csr, csc, columnValues, norms, rows, normByLabel, settings, progress, labelRange);
        }
        int k = settings.neighbours();
        double shrinkage = settings.shrinkage();
        int[][] lists = new int[items][];
        float[][] listSims = new float[items][];
        AtomicInteger done = new AtomicInteger();
        int chunk = 32;
        ThreadLocal<CooccurrenceScatter> scatters = ThreadLocal.withInitial(
                CooccurrenceScatter.perThread(csr, csc, rows, columnValues, items));
        ThreadLocal<NeighbourHeap> heaps = ThreadLocal.withInitial(() -> new NeighbourHeap(k));
        IntStream.range(0, (items + chunk - 1) / chunk).parallel().forEach(block -> {
            CooccurrenceScatter scatter = scatters.get();
            NeighbourHeap heap = heaps.get();
            float[][] bestSims = new float[1][];
            for (int j = block * chunk; j < Math.min(items, (block + 1) * chunk); j++) {
                if (progress.isCancelled()) {
                    return;
                }
                double normJ = norms[j];
                // The co-occurrences are gathered one label range at a time, so that the part of the accumulator
                // they scatter into stays in L2: at 25M it is 1 MB in all, and the scatter ran 1.5x slower per
                // pair there than at 1M, where the whole array fits.
                scatter.startItem(j);
                for (int rangeStart = 0; rangeStart < items && scatter.hasRowsLeft(); rangeStart += labelRange) {
                    int touchedCount = scatter.gatherBelow(rangeStart + labelRange);
                    offerRange(scatter.sums(), scatter.touched(), touchedCount, heap, normByLabel, normJ, byLabel, j,
                            shrinkage);
                }
                int[] best = heap.drain(bestSims);
                lists[j] = best;
                listSims[j] = bestSims[0];
                int count = done.incrementAndGet();
                if (count % 512 == 0) {
                    progress.update(count, items, "item similarities");
                }
            }
        });
        progress.checkCancelled();
        int[] pointers = new int[items + 1];
        for (int j = 0; j < items; j++) {
            pointers[j + 1] = pointers[j] + lists[j].length;
        }
        int[] all = new int[pointers[items]];
        float[] allSims = new float[pointers[items]];
        for (int j = 0; j < items; j++) {
            System.arraycopy(lists[j], 0, all, pointers[j], lists[j].length);
            System.arraycopy(listSims[j], 0, allSims, pointers[j], lists[j].length);
        }
        return new Neighbours(pointers, all, allSims);
    }

    /**
     * The similarities with each pair's sum gathered once, not once from each side: item j scatters only the
     * items of smaller popularity label (each row's prefix before j's label, the more popular items), and offers
     * each similarity both to its own list and to the other item's. About half the pairs of the loop above, and
     * most of the scatter of a popular item (short prefixes) lands in the accumulator's first few labels, which stay
     * in L1. The sum of pair (i, j) adds the same products in the same user order from either side (a product of
     * two floats does not depend on their order), so every list is the one above bit for bit; a user that repeats
     * both items would add them in another order, which is why matrices with repeated items take the loop above.
     * Every item's list is shared between the threads, each offer under the list's lock; the cheap pre-check
     * reads the list's published bar without it.
     */
    private static Neighbours eachPairOnce(InteractionMatrix.Csr csr, InteractionMatrix.Csc csc, float[] columnValues,
            double[] norms, PopularityRows rows, double[] normByLabel, Settings settings, Progress progress, int labelRange) {
        int items = norms.length;
        int[] byLabel = rows.itemByLabel();
        int[] labelOf = new int[items];
        for (int label = 0; label < items; label++) {
            labelOf[byLabel[label]] = label;
        }
        int k = settings.neighbours();
        double shrinkage = settings.shrinkage();
        // No list can hold more than the other items, so its slots stop there (the same lists, less memory).
        int slots = listSlots(k, items);
        NeighbourHeap[] heaps = new NeighbourHeap[items];
        for (int i = 0; i < items; i++) {
            heaps[i] = new NeighbourHeap(slots);
        }
        // Each list's bar by label, beside the lists: the pre-check reads it for every pair, without a lock (a
        // bar is written after its list's offer is complete and never falls, so a stale one only lets more through).
        float[] bars = new float[items];
        Arrays.fill(bars, Float.NEGATIVE_INFINITY);
        AtomicInteger done = new AtomicInteger();
        int chunk = 32;
        ThreadLocal<CooccurrenceScatter> scatters = ThreadLocal.withInitial(
                CooccurrenceScatter.perThread(csr, csc, rows, columnValues, items));
        IntStream.range(0, (items + chunk - 1) / chunk).parallel().forEach(block -> {
            CooccurrenceScatter scatter = scatters.get();
            for (int j = block * chunk; j < Math.min(items, (block + 1) * chunk); j++) {
                if (progress.isCancelled()) {
                    return;
                }
                int ownLabel = labelOf[j];
                // As in the loop above, one label range at a time, but only up to j's own label.
                scatter.startItem(j);
                for (int rangeStart = 0; rangeStart < ownLabel && scatter.hasRowsLeft(); rangeStart += labelRange) {
                    int touchedCount = scatter.gatherBelow(Math.min(rangeStart + labelRange, ownLabel));
                    offerBothWays(scatter.sums(), scatter.touched(), touchedCount, heaps, bars, normByLabel, norms[j],
                            byLabel, j, ownLabel, shrinkage);
                }
                int count = done.incrementAndGet();
                if (count % 512 == 0) {
                    progress.update(count, items, "item similarities");
                }
            }
        });
        progress.checkCancelled();
        int[] pointers = new int[items + 1];
        int[][] lists = new int[items][];
        float[][] listSims = new float[items][];
        float[][] bestSims = new float[1][];
        for (int j = 0; j < items; j++) {
            lists[j] = heaps[j].drain(bestSims);
            listSims[j] = bestSims[0];
            pointers[j + 1] = pointers[j] + lists[j].length;
        }
        int[] all = new int[pointers[items]];
        float[] allSims = new float[pointers[items]];
        for (int j = 0; j < items; j++) {
            System.arraycopy(lists[j], 0, all, pointers[j], lists[j].length);
            System.arraycopy(listSims[j], 0, allSims, pointers[j], lists[j].length);
        }
        return new Neighbours(pointers, all, allSims);
    }

    private static int listSlots(int neighbours, int items) {
        return Math.max(1, Math.min(neighbours, items - 1));
    }

    /**
     * Offers each gathered pair (i, j) to j's list and to i's; clears the accumulator entries it reads. A pair
     * surely below a full list's bar (by the margin of {@link #offerRange}) skips that list without its lock.
     */
    private static void offerBothWays(double[] sum, int[] touched, int touchedCount, NeighbourHeap[] heaps, float[] bars,
            double[] normByLabel, double normJ, int[] byLabel, int j, int ownLabel, double shrinkage) {
        NeighbourHeap own = heaps[j];
        for (int t = 0; t < touchedCount; t++) {
            int label = touched[t];
            int at = 2 * label;
            double dot = sum[at];
            double count = sum[at + 1];
            sum[at] = 0;
            sum[at + 1] = 0;
            int i = byLabel[label];
            double normI = normByLabel[label];
            double scaled = dot * count;
            double bound = (1 - 1e-6) * (normI * normJ) * (count + shrinkage);
            boolean toOwn = !(scaled < bars[ownLabel] * bound);
            boolean toOther = !(scaled < bars[label] * bound);
            if (!toOwn && !toOther) {
                continue;
            }
            double similarity = Similarity.shrunk(dot, normI, normJ, (int) count, shrinkage);
            if (!(similarity > 0)) {
                continue;
            }
            float rounded = (float) similarity;
            if (toOwn) {
                synchronized (own) {
                    if (own.mayEnter(rounded)) {
                        own.offer(i, rounded);
                        bars[ownLabel] = own.bar();
                    }
                }
            }
            if (toOther) {
                NeighbourHeap other = heaps[i];
                synchronized (other) {
                    if (other.mayEnter(rounded)) {
                        other.offer(j, rounded);
                        bars[label] = other.bar();
                    }
                }
            }
        }
    }

    /**
     * Each co-occurring item's similarity goes straight to the heap, which turns most away with one compare; at
     * 25M a popular item co-occurs with most of the 62,000. Clears the accumulator entries it reads. Ties still go
     * to the smaller item index.
     */
    private static void offerRange(double[] sum, int[] touched, int touchedCount, NeighbourHeap heap,
            double[] normByLabel, double normJ, int[] byLabel, int j, double shrinkage) {
        for (int t = 0; t < touchedCount; t++) {
            int label = touched[t];
            int at = 2 * label;
            double dot = sum[at];
            double count = sum[at + 1];
            sum[at] = 0;
            sum[at + 1] = 0;
            // Once the heap is full, a pair whose similarity is surely below its worst by a margin far beyond
            // rounding (1e-6 relative against float's 6e-8) is turned away by multiplications alone, before the
            // two divisions of the exact value.
            double normI = normByLabel[label];
            if (heap.isFull() && dot * count < heap.worst() * (1 - 1e-6) * (normI * normJ) * (count + shrinkage)) {
                continue;
            }
            double similarity = Similarity.shrunk(dot, normI, normJ, (int) count, shrinkage);
            if (similarity > 0 && heap.mayEnter((float) similarity)) {
                int i = byLabel[label];
                if (i != j) {
                    heap.offer(i, (float) similarity);
                }
            }
        }
    }

    /**
     * The {@code k} candidates with the highest {@code score}, best first (ties to the smaller index), by a
     * bounded min-heap of primitive ints: O(count · log k).
     */
    static int[] bestByScore(int[] candidates, int count, float[] score, int k) {
        int size = Math.min(k, count);
        int[] heap = new int[size];
        int filled = 0;
        for (int c = 0; c < count; c++) {
            int item = candidates[c];
            if (filled < size) {
                heap[filled] = item;
                int position = filled++;
                while (position > 0) {
                    int parent = (position - 1) >>> 1;
                    if (!better(heap[parent], heap[position], score)) {
                        break;
                    }
                    int t = heap[parent];
                    heap[parent] = heap[position];
                    heap[position] = t;
                    position = parent;
                }
            } else if (size > 0 && better(item, heap[0], score)) {
                heap[0] = item;
                siftDown(heap, size, score);
            }
        }
        int[] best = new int[filled];
        for (int end = filled - 1; end >= 0; end--) {
            best[end] = heap[0];
            heap[0] = heap[end];
            siftDown(heap, end, score);
        }
        return best;
    }

    private static boolean better(int a, int b, float[] score) {
        return score[a] != score[b] ? score[a] > score[b] : a < b;
    }

    private static void siftDown(int[] heap, int size, float[] score) {
        int position = 0;
        while (true) {
            int left = 2 * position + 1;
            if (left >= size) {
                return;
            }
            int worst = left;
            if (left + 1 < size && better(heap[left], heap[left + 1], score)) {
                worst = left + 1;
            }
            if (!better(heap[position], heap[worst], score)) {
                return;
            }
            int t = heap[worst];
            heap[worst] = heap[position];
            heap[position] = t;
            position = worst;
        }
    }

    @Override
    public int itemCount() {
        return itemCount;
    }

    @Override
    public boolean knows(int user) {
        return user >= 0 && user + 1 < userRows.rowPointers().length && userRows.rowPointers()[user + 1] > userRows.rowPointers()[user];
    }

    @Override
    public void score(int user, float[] scores) {
        Arrays.fill(scores, 0, itemCount, 0f);
        for (int p = userRows.rowPointers()[user]; p < userRows.rowPointers()[user + 1]; p++) {
            int i = userRows.columnIndices()[p];
            float value = userValues[p];
            for (int q = reversePointers[i]; q < reversePointers[i + 1]; q++) {
                scores[reverseTargets[q]] += reverseSimilarities[q] * value;
            }
        }
    }

    @Override
    public String scoreMeaning() {
        return "sum of " + settings.similarity().name().toLowerCase(java.util.Locale.ROOT)
                + " similarities to the user's items (" + settings.neighbours() + " neighbours, shrinkage " + settings.shrinkage() + ")";
    }
}
