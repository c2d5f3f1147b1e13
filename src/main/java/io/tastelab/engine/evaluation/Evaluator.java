package io.tastelab.engine.evaluation;

import io.tastelab.engine.models.ItemScorer;
import io.tastelab.engine.models.PopularityScorer;
import io.tastelab.engine.task.Progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Scores a trained model on a split: for every user with test items, the top {@code max(k)} candidates
 * (items seen in training, minus the user's training items; ties to the smaller id), then every metric at
 * every k. Users the model does not know get the most-popular list (counted in {@code coldStartUsers}).
 * Users run in parallel; sums are taken in user order, so results do not depend on the thread count.
 */
public final class Evaluator {

    private Evaluator() {
    }

    public static List<MetricRow> evaluate(String recommender, ItemScorer model, Split split, ItemOrder order, int[] ks,
                                           Progress progress) {
        int[] sortedKs = sortedKs(ks);
        Rankings rankings = rank(recommender, model, split, order, sortedKs[sortedKs.length - 1], progress);
        return summarize(recommender, split, rankings, sortedKs);
    }

    /** The k values ascending without repeats; every k at least 1. */
    static int[] sortedKs(int[] ks) {
        int[] sortedKs = Arrays.stream(ks).sorted().distinct().toArray();
        if (sortedKs.length == 0 || sortedKs[0] < 1) {
            throw new IllegalArgumentException("k must be 1 or more, got " + Arrays.toString(ks));
        }
        return sortedKs;
    }

    /**
     * What {@link #rank} found, per training user index: the top list (null when the user is not evaluated),
     * whether the fallback served the user, and the rating errors (squared sum, absolute sum, count; null unless
     * the model predicts ratings). {@code popularity} is the training users per item.
     */
    record Rankings(long[] popularity, int[][] lists, boolean[] cold, double[][] errors) {
    }

    /** Users scored together: a block's score rows (USER_BLOCK × items floats) stay small beside the model. */
    static final int USER_BLOCK = 32;

    /**
     * Every test user's top {@code maxK} candidates (and rating errors). Users stream through in blocks of
     * {@link #USER_BLOCK}, the blocks in parallel; the model scores a block at once ({@link ItemScorer#scoreBlock}).
     */
    static Rankings rank(String recommender, ItemScorer model, Split split, ItemOrder order, int maxK, Progress progress) {
        int users = split.train().userCount();
        var train = split.train();
        PopularityScorer fallback = PopularityScorer.fit(train);
        long[] popularity = fallback.counts();
        int[][] lists = new int[users][];
        boolean[] cold = new boolean[users];
        double[][] errors = new double[users][];
        AtomicInteger done = new AtomicInteger();
        int total = split.testUserCount();
        int items = model.itemCount();
        ThreadLocal<float[][]> buffers = ThreadLocal.withInitial(() -> new float[USER_BLOCK][items]);
        ThreadLocal<boolean[]> seenBuffers = ThreadLocal.withInitial(() -> new boolean[items]);
        boolean[] candidates = split.candidateItems();
        int blocks = (users + USER_BLOCK - 1) / USER_BLOCK;
        IntStream.range(0, blocks).parallel().forEach(block -> {
            if (progress.isCancelled()) {
                return;
            }
            int[] known = new int[USER_BLOCK];
            int[] unknown = new int[USER_BLOCK];
            int knownCount = 0;
            int unknownCount = 0;
            for (int u = block * USER_BLOCK; u < Math.min(users, (block + 1) * USER_BLOCK); u++) {
                if (split.testItems()[u].length == 0) {
                    continue;
                }
                if (model.knows(u)) {
                    known[knownCount++] = u;
                } else {
                    unknown[unknownCount++] = u;
                }
            }
            float[][] scores = buffers.get();
            boolean[] seen = seenBuffers.get();
            model.scoreBlock(known, knownCount, scores);
            for (int b = 0; b < knownCount; b++) {
                lists[known[b]] = topCandidates(train.rowItems(known[b]), scores[b], seen, candidates, order, maxK);
            }
            fallback.scoreBlock(unknown, unknownCount, scores);
            for (int b = 0; b < unknownCount; b++) {
                cold[unknown[b]] = true;
                lists[unknown[b]] = topCandidates(train.rowItems(unknown[b]), scores[b], seen, candidates, order, maxK);
            }
            if (model.predictsRatings()) {
                for (int u = block * USER_BLOCK; u < Math.min(users, (block + 1) * USER_BLOCK); u++) {
                    int[] test = split.testItems()[u];
                    if (test.length == 0) {
                        continue;
                    }
                    double squared = 0;
                    double absolute = 0;
                    for (int t = 0; t < test.length; t++) {
                        double error = model.predict(u, test[t]) - split.testValues()[u][t];
                        squared += error * error;
                        absolute += Math.abs(error);
                    }
                    errors[u] = new double[] {squared, absolute, test.length};
                }
            }
            int before = done.getAndAdd(knownCount + unknownCount);
            if ((before + knownCount + unknownCount) / 256 != before / 256) {
                progress.update(before + knownCount + unknownCount, total, "evaluating " + recommender);
            }
        });
        progress.checkCancelled();
        progress.update(total, total, "evaluating " + recommender);
        return new Rankings(popularity, lists, cold, errors);
    }

    /** The best {@code maxK} candidates the user has not seen in training; {@code seen} is all false before and after. */
    private static int[] topCandidates(int[] history, float[] scores, boolean[] seen, boolean[] candidates, ItemOrder order,
                                       int maxK) {
        for (int item : history) {
            seen[item] = true;
        }
        int[] top = TopN.select(scores, item -> candidates[item] && !seen[item], order, maxK);
        for (int item : history) {
            seen[item] = false;
        }
        return top;
    }

    /** Every metric at every k (ascending, distinct) from the rankings. */
    static List<MetricRow> summarize(String recommender, Split split, Rankings rankings, int[] ks) {
        long[] popularity = rankings.popularity();
        int[][] lists = rankings.lists();
        boolean[] cold = rankings.cold();
        double[][] errors = rankings.errors();
        int candidateCount = 0;
        for (boolean candidate : split.candidateItems()) {
            if (candidate) {
                candidateCount++;
            }
        }
        double squared = 0;
        double absolute = 0;
        double rated = 0;
        for (double[] error : errors) {
            if (error != null) {
                squared += error[0];
                absolute += error[1];
                rated += error[2];
            }
        }
        double rmse = rated == 0 ? Double.NaN : Math.sqrt(squared / rated);
        double mae = rated == 0 ? Double.NaN : absolute / rated;
        List<MetricRow> rows = new ArrayList<>();
        for (int k : ks) {
            double precision = 0;
            double recall = 0;
            double ndcg = 0;
            double map = 0;
            double mrr = 0;
            double hits = 0;
            double popularitySum = 0;
            long recommended = 0;
            int users = 0;
            int coldUsers = 0;
            boolean[] shown = new boolean[split.candidateItems().length];
            for (int u = 0; u < lists.length; u++) {
                if (lists[u] == null) {
                    continue;
                }
                int[] relevant = split.testItems()[u].clone();
                Arrays.sort(relevant);
                int[] ranked = lists[u].length > k ? Arrays.copyOf(lists[u], k) : lists[u];
                users++;
                coldUsers += cold[u] ? 1 : 0;
                precision += Metrics.precision(ranked, relevant, k);
                recall += Metrics.recall(ranked, relevant, k);
                ndcg += Metrics.ndcg(ranked, relevant, k);
                map += Metrics.averagePrecision(ranked, relevant, k);
                mrr += Metrics.reciprocalRank(ranked, relevant, k);
                hits += Metrics.hitRate(ranked, relevant, k);
                for (int item : ranked) {
                    shown[item] = true;
                    popularitySum += popularity[item];
                    recommended++;
                }
            }
            int distinct = 0;
            for (boolean s : shown) {
                if (s) {
                    distinct++;
                }
            }
            double n = Math.max(users, 1);
            rows.add(new MetricRow(recommender, k, precision / n, recall / n, ndcg / n, map / n, mrr / n, hits / n,
                    candidateCount == 0 ? 0 : (double) distinct / candidateCount,
                    recommended == 0 ? 0 : popularitySum / recommended, users, coldUsers, rmse, mae));
        }
        return rows;
    }
}
