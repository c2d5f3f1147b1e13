package io.tastelab.engine.interactions;

import io.tastelab.engine.random.JaxRandom;
import io.tastelab.engine.random.PrngKey;
import io.tastelab.engine.random.PrngMode;
import io.tastelab.engine.task.Progress;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Synthetic ratings with real collaborative signal, at any size, reproducible from a seed.
 *
 * <p>The model: every item belongs to one of {@code clusters} clusters (think genres) and has a Zipf-like
 * popularity within it (a random rank r gives weight {@code 1 / (r + 1)^0.8}), so item popularity has a long
 * tail. Every user has a latent taste vector over the clusters ({@code softmax(2 · z)}, z standard normal) and
 * an activity drawn log-normally; the activities are scaled so that the users make exactly
 * {@code interactions} ratings in all. Each of a user's ratings picks a cluster by taste, then an item in it by
 * popularity (never the same item twice for one user), and a rating in half stars from 0.5 to 5 that grows with
 * the user's taste for the cluster, plus noise. Timestamps are spread over 2000–2019.
 *
 * <p>Every draw comes from the engine's JAX-compatible random keys: user {@code u} uses
 * {@code fold_in(key(seed), u + 1)}, the item model {@code fold_in(key(seed), 0)}; so a user's ratings do not
 * depend on how many users come after them.
 */
public final class SyntheticInteractions {

    /** Receives one rating at a time, users in increasing order. */
    @FunctionalInterface
    public interface Sink {
        void accept(int user, int item, float rating, long timestamp) throws IOException;
    }

    private static final long START = 946_684_800L; // 2000-01-01T00:00:00Z
    private static final long SPAN = 20L * 365 * 24 * 3600;
    private static final double ZIPF = 0.8;
    private static final PrngMode MODE = PrngMode.PARTITIONABLE;

    private final int users;
    private final int items;
    private final int clusters;
    private final long interactions;
    private final PrngKey root;
    private final int[] clusterOfItem;
    /** Items of each cluster, concatenated; cluster c is {@code clusterStart[c] .. clusterStart[c+1]}. */
    private final int[] itemsByCluster;
    private final int[] clusterStart;
    /** Cumulative popularity weights, aligned with {@link #itemsByCluster}, per cluster from 0. */
    private final double[] cumulativeWeight;
    private final int[] activity;

    /**
     * @param interactions total number of ratings; at most half of {@code users × items}
     * @throws IllegalArgumentException on sizes that cannot work
     */
    public SyntheticInteractions(int users, int items, int clusters, long interactions, long seed) {
        if (users < 1 || items < 2 || clusters < 1 || clusters > items || interactions < 0) {
            throw new IllegalArgumentException("need users ≥ 1, items ≥ 2, 1 ≤ clusters ≤ items and interactions ≥ 0; got "
                    + users + " users, " + items + " items, " + clusters + " clusters, " + interactions + " interactions");
        }
        if (interactions > (long) users * items / 2) {
            throw new IllegalArgumentException(interactions + " interactions is more than half of " + users + " users × "
                    + items + " items; use more users or items");
        }
        this.users = users;
        this.items = items;
        this.clusters = clusters;
        this.interactions = interactions;
        this.root = PrngKey.fromSeed(seed);
        PrngKey[] keys = JaxRandom.split(MODE, JaxRandom.foldIn(MODE, root, 0), 3);
        clusterOfItem = JaxRandom.randint(MODE, keys[0], new int[] {items}, 0, clusters);
        int[] rank = JaxRandom.permutation(MODE, keys[1], items);
        clusterStart = new int[clusters + 1];
        for (int c : clusterOfItem) {
            clusterStart[c + 1]++;
        }
        for (int c = 0; c < clusters; c++) {
            clusterStart[c + 1] += clusterStart[c];
        }
        itemsByCluster = new int[items];
        int[] next = Arrays.copyOf(clusterStart, clusters);
        for (int i = 0; i < items; i++) {
            itemsByCluster[next[clusterOfItem[i]]++] = i;
        }
        cumulativeWeight = new double[items];
        for (int c = 0; c < clusters; c++) {
            double sum = 0;
            for (int p = clusterStart[c]; p < clusterStart[c + 1]; p++) {
                sum += 1.0 / Math.pow(rank[itemsByCluster[p]] + 1, ZIPF);
                cumulativeWeight[p] = sum;
            }
        }
        activity = activities(keys[2]);
    }

    /** Log-normal activities scaled to sum exactly to {@code interactions}, each at most half the catalog. */
    private int[] activities(PrngKey key) {
        float[] z = JaxRandom.normal(MODE, key, users);
        double[] weight = new double[users];
        double sum = 0;
        for (int u = 0; u < users; u++) {
            weight[u] = Math.exp(1.0 * z[u]);
            sum += weight[u];
        }
        int cap = Math.max(1, items / 2);
        int[] counts = new int[users];
        long assigned = 0;
        for (int u = 0; u < users; u++) {
            counts[u] = (int) Math.min(cap, Math.floor(interactions * weight[u] / sum));
            assigned += counts[u];
        }
        // Hand out what rounding and the cap left over, one at a time, round-robin over users with room.
        for (int u = 0; assigned < interactions; u = (u + 1) % users) {
            if (counts[u] < cap) {
                counts[u]++;
                assigned++;
            }
        }
        return counts;
    }

    public int users() {
        return users;
    }

    public int items() {
        return items;
    }

    public long interactions() {
        return interactions;
    }

    /** The cluster of each item (a copy). */
    public int[] clusterOfItem() {
        return clusterOfItem.clone();
    }

    /** Generates every rating in user order. */
    public void generate(Sink sink, Progress progress) throws IOException {
        long done = 0;
        boolean[] seen = new boolean[items];
        int[] chosen = new int[Math.max(1, items / 2)];
        for (int u = 0; u < users; u++) {
            int n = activity[u];
            PrngKey[] keys = JaxRandom.split(MODE, JaxRandom.foldIn(MODE, root, u + 1), 4);
            float[] z = JaxRandom.normal(MODE, keys[0], clusters);
            double[] taste = new double[clusters];
            double tasteSum = 0;
            for (int c = 0; c < clusters; c++) {
                taste[c] = Math.exp(2.0 * z[c]);
                tasteSum += taste[c];
            }
            double[] cumulativeTaste = new double[clusters];
            double running = 0;
            for (int c = 0; c < clusters; c++) {
                taste[c] /= tasteSum;
                running += taste[c];
                cumulativeTaste[c] = running;
            }
            // Two uniforms per pick, with room for re-draws after picking an item twice.
            int budget = 2 * n + 64;
            float[] uniforms = JaxRandom.uniform(MODE, keys[1], budget);
            float[] noise = JaxRandom.normal(MODE, keys[2], Math.max(n, 1));
            float[] times = JaxRandom.uniform(MODE, keys[3], Math.max(n, 1));
            int used = 0;
            int extraRound = 0;
            for (int k = 0; k < n; k++) {
                int item;
                int cluster;
                do {
                    if (used + 2 > uniforms.length) {
                        uniforms = JaxRandom.uniform(MODE, JaxRandom.foldIn(MODE, keys[1], ++extraRound), budget);
                        used = 0;
                    }
                    cluster = pick(cumulativeTaste, 0, clusters, uniforms[used++] * running);
                    if (clusterStart[cluster] == clusterStart[cluster + 1]) {
                        item = -1;
                        used++;
                        continue;
                    }
                    int start = clusterStart[cluster];
                    int end = clusterStart[cluster + 1];
                    double total = cumulativeWeight[end - 1];
                    item = itemsByCluster[pick(cumulativeWeight, start, end, uniforms[used++] * total)];
                } while (item < 0 || seen[item]);
                seen[item] = true;
                chosen[k] = item;
                // Taste 1/clusters is "average": rating 3; ten times that is about 4.5.
                double affinity = Math.log(taste[cluster] * clusters);
                double stars = 3.0 + 1.3 * Math.tanh(affinity / 2.5) + 0.7 * noise[k];
                float rating = (float) (Math.round(Math.clamp(stars, 0.5, 5.0) * 2) / 2.0);
                long timestamp = START + (long) (times[k] * SPAN);
                sink.accept(u, item, rating, timestamp);
            }
            for (int k = 0; k < n; k++) {
                seen[chosen[k]] = false;
            }
            done += n;
            if ((u & 1023) == 0) {
                progress.update(done, interactions, "generating ratings");
                progress.checkCancelled();
            }
        }
        progress.update(done, interactions, "generated");
    }

    /** The first index in {@code [from, to)} whose cumulative weight exceeds {@code target}. */
    private static int pick(double[] cumulative, int from, int to, double target) {
        int lo = from;
        int hi = to - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The whole data set as a matrix with users {@code "1" .. "n"} (for tests and in-memory experiments). */
    public InteractionMatrix toMatrix(Progress progress) throws IOException {
        int nnz = Math.toIntExact(interactions);
        int[] rowUsers = new int[nnz];
        int[] rowItems = new int[nnz];
        float[] values = new float[nnz];
        long[] timestamps = new long[nnz];
        int[] position = {0};
        generate((user, item, rating, timestamp) -> {
            int p = position[0]++;
            rowUsers[p] = user;
            rowItems[p] = item;
            values[p] = rating;
            timestamps[p] = timestamp;
        }, progress);
        String[] ids = new String[users];
        for (int u = 0; u < users; u++) {
            ids[u] = Integer.toString(u + 1);
        }
        return InteractionMatrix.fromCoordinates(ids, items, rowUsers, rowItems, values, timestamps, null, nnz);
    }

    /**
     * Writes MovieLens-format {@code ratings.csv} ({@code userId,movieId,rating,timestamp}, users and movies
     * numbered from 1) and {@code movies.csv} ({@code movieId,title,genres}, the genre naming the cluster) into
     * {@code folder}.
     */
    public void writeMovieLens(Path folder, Progress progress) throws IOException {
        Files.createDirectories(folder);
        try (Writer movies = Files.newBufferedWriter(folder.resolve("movies.csv"), StandardCharsets.UTF_8)) {
            movies.write("movieId,title,genres\n");
            for (int i = 0; i < items; i++) {
                movies.write((i + 1) + ",Synthetic movie " + (i + 1) + ",Cluster " + (clusterOfItem[i] + 1) + "\n");
            }
        }
        String[] stars = new String[11];
        for (int half = 1; half <= 10; half++) {
            stars[half] = Double.toString(half / 2.0);
        }
        try (BufferedWriter ratings = new BufferedWriter(Files.newBufferedWriter(folder.resolve("ratings.csv"),
                StandardCharsets.UTF_8), 1 << 20)) {
            ratings.write("userId,movieId,rating,timestamp\n");
            StringBuilder line = new StringBuilder(48);
            generate((user, item, rating, timestamp) -> {
                line.setLength(0);
                line.append(user + 1).append(',').append(item + 1).append(',').append(stars[Math.round(rating * 2)])
                        .append(',').append(timestamp).append('\n');
                ratings.append(line);
            }, progress);
        }
    }
}
