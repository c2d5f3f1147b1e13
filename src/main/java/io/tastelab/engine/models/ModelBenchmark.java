package io.tastelab.engine.models;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.Item;
import io.tastelab.engine.evaluation.ItemOrder;
import io.tastelab.engine.pipeline.RecommendationRequest;
import io.tastelab.engine.pipeline.Recommender;
import io.tastelab.engine.evaluation.TopN;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.task.Progress;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The three timings on one data set: implicit ALS fits (s/iteration), item-kNN similarities, and the
 * top-10 of every user of a ~100k-interaction subset (the first users whose interactions add up to 100k).
 * Reports wall-clock and process CPU seconds, because the machine may be shared.
 */
public final class ModelBenchmark {

    private ModelBenchmark() {
    }

    /** One timing: wall and CPU seconds of each repeat. */
    public record Timing(String what, double[] wallSeconds, double[] cpuSeconds, String note) {
        public double medianWall() {
            return median(wallSeconds);
        }

        public String render() {
            return String.format(Locale.ROOT, "%-58s median %7.2f s wall (runs %s), CPU %s s  %s", what, medianWall(),
                    format(wallSeconds), format(cpuSeconds), note);
        }
    }

    public static List<Timing> run(InteractionMatrix data, String[] itemIds, int factors, int iterations, int repeats,
                                   long seed, Consumer<String> log) {
        List<Timing> timings = new ArrayList<>();
        // Spark's benchmark settings: regParam 0.1 (scaled by each row's count, as Spark does), alpha 10.
        ImplicitAls.Settings als = new ImplicitAls.Settings(factors, iterations, 0.1, 10, true, 3, true);
        log.accept("warm-up: one ALS iteration on the full data ...");
        ImplicitAls.train(data, new ImplicitAls.Settings(factors, 1, 0.1, 10, true, 3, true), seed, Progress.NONE, TrainingListener.NONE);
        double[] wall = new double[repeats];
        double[] cpu = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            double[] t = timed(() -> ImplicitAls.train(data, als, seed, Progress.NONE, TrainingListener.NONE));
            wall[r] = t[0];
            cpu[r] = t[1];
            log.accept(String.format(Locale.ROOT, "ALS fit %d: %.2f s (%.3f s/iteration)", r + 1, wall[r], wall[r] / iterations));
        }
        timings.add(new Timing(String.format(Locale.ROOT, "ALS implicit, %d factors, %d iterations, %,d interactions", factors,
                iterations, data.nnz()), wall, cpu, String.format(Locale.ROOT, "= %.3f s/iteration", median(wall) / iterations)));

        ItemKnn.Settings knn = new ItemKnn.Settings(100, 10, Similarity.COSINE);
        double[] knnWall = new double[repeats];
        double[] knnCpu = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            double[] t = timed(() -> ItemKnn.similarities(data.csr(), data.csc(), data.itemCount(), knn, Progress.NONE));
            knnWall[r] = t[0];
            knnCpu[r] = t[1];
        }
        timings.add(new Timing(String.format(Locale.ROOT, "item-kNN similarities (cosine, 100 neighbours), %,d interactions",
                data.nnz()), knnWall, knnCpu, "(target ≤ 10 s)"));

        InteractionMatrix subset = firstUsers(data, 100_000);
        ItemOrder order = ItemOrder.of(itemIds);
        for (RecommenderKind kind : new RecommenderKind[] {RecommenderKind.ITEM_KNN, RecommenderKind.ALS}) {
            ItemScorer model = kind.train(subset, itemIds, ModelParams.DEFAULTS, seed, Progress.NONE, TrainingListener.NONE);
            double[] topWall = new double[repeats];
            double[] topCpu = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                double[] t = timed(() -> topTenForEveryUser(model, subset, order));
                topWall[r] = t[0];
                topCpu[r] = t[1];
            }
            timings.add(new Timing(String.format(Locale.ROOT, "top-10 for all %,d users (%s, %,d interactions), seen filtered",
                    subset.userCount(), kind.cliName(), subset.nnz()), topWall, topCpu, "(target ≤ 5 s)"));
            // The same through the whole pipeline: collector → ModelRanker → SeenItemsServer, one request per user.
            Recommender pipeline = new TrainedRecommender(kind, model, subset, order).recommender(true);
            Catalog catalog = catalogOf(itemIds);
            double[] servedWall = new double[repeats];
            double[] servedCpu = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                double[] t = timed(() -> IntStream.range(0, subset.userCount()).parallel().forEach(u ->
                        pipeline.recommend(catalog, new RecommendationRequest(java.util.Optional.of(subset.userId(u)),
                                java.util.Optional.empty(), 10, java.util.Set.of(), 0))));
                servedWall[r] = t[0];
                servedCpu[r] = t[1];
            }
            timings.add(new Timing(String.format(Locale.ROOT, "  the same through the pipeline (%s), one request per user",
                    kind.cliName()), servedWall, servedCpu, "(target ≤ 5 s)"));
        }
        return timings;
    }

    private static Catalog catalogOf(String[] itemIds) {
        List<Item> items = new ArrayList<>(itemIds.length);
        for (String id : itemIds) {
            items.add(Item.of(id, id, ""));
        }
        return Catalog.of(items, new long[itemIds.length]);
    }

    /** The top 10 unseen items of every user, in parallel over users. */
    static int[][] topTenForEveryUser(ItemScorer model, InteractionMatrix interactions, ItemOrder order) {
        int[][] lists = new int[interactions.userCount()][];
        ThreadLocal<float[]> buffers = ThreadLocal.withInitial(() -> new float[model.itemCount()]);
        IntStream.range(0, interactions.userCount()).parallel().forEach(u -> {
            float[] scores = buffers.get();
            model.score(u, scores);
            int[] seen = interactions.rowItems(u);
            Arrays.sort(seen);
            lists[u] = TopN.select(scores, item -> Arrays.binarySearch(seen, item) < 0, order, 10);
        });
        return lists;
    }

    /** The first users (by index) whose interactions add up to at least {@code target}. */
    static InteractionMatrix firstUsers(InteractionMatrix data, int target) {
        InteractionMatrix.Csr csr = data.csr();
        int users = 0;
        while (users < data.userCount() && csr.rowPointers()[users] < target) {
            users++;
        }
        int nnz = csr.rowPointers()[users];
        int[] rows = new int[nnz];
        for (int u = 0; u < users; u++) {
            Arrays.fill(rows, csr.rowPointers()[u], csr.rowPointers()[u + 1], u);
        }
        String[] ids = new String[users];
        for (int u = 0; u < users; u++) {
            ids[u] = data.userId(u);
        }
        return InteractionMatrix.fromCoordinates(ids, data.itemCount(), rows, Arrays.copyOf(csr.columnIndices(), nnz),
                Arrays.copyOf(csr.values(), nnz), null, null, nnz);
    }

    private static double[] timed(Runnable work) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        work.run();
        return new double[] {(System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpuStart) / 1e9};
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String format(double[] values) {
        StringBuilder text = new StringBuilder();
        for (double value : values) {
            text.append(text.isEmpty() ? "" : "/").append(String.format(Locale.ROOT, "%.2f", value));
        }
        return text.toString();
    }
}
