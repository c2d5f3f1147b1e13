package io.tastelab.engine.evaluation;

import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.random.JaxRandom;
import io.tastelab.engine.random.PrngKey;
import io.tastelab.engine.random.PrngMode;

/**
 * Interactions with real taste structure, for checking that personalized models beat popularity: users and
 * items get latent taste vectors (standard normal, {@code dimensions} long) and items a popularity offset
 * (normal, scaled by {@code popularitySpread}); each user picks {@code min..max} items by the Gumbel top-k
 * trick on {@code taste · u·v / √d + offset_i}, i.e. without replacement in proportion to
 * exp(affinity). Timestamps are random per interaction, ratings 1..5 by affinity quantile. All draws come
 * from {@code key(seed)}: the same seed gives the same data.
 */
public final class SyntheticTastes {

    private SyntheticTastes() {
    }

    /** Shape and strength of the synthetic data. */
    public record Shape(int users, int items, int dimensions, int minPerUser, int maxPerUser, double taste,
                        double popularitySpread) {
        public Shape {
            if (users < 1 || items < 2 || dimensions < 1 || minPerUser < 1 || maxPerUser < minPerUser || maxPerUser > items) {
                throw new IllegalArgumentException("need users ≥ 1, items ≥ 2, dimensions ≥ 1, 1 ≤ min ≤ max ≤ items");
            }
        }

        /** A small lab data set: 1,000 users, 600 items, 20 to 60 interactions each. */
        public static Shape small() {
            return new Shape(1000, 600, 8, 20, 60, 3.0, 1.0);
        }
    }

    public static InteractionMatrix generate(Shape shape, long seed) {
        PrngKey root = PrngKey.fromSeed(seed);
        int d = shape.dimensions();
        float[] userTaste = JaxRandom.normal(PrngMode.PARTITIONABLE, JaxRandom.foldIn(PrngMode.PARTITIONABLE, root, 0), shape.users() * d);
        float[] itemTaste = JaxRandom.normal(PrngMode.PARTITIONABLE, JaxRandom.foldIn(PrngMode.PARTITIONABLE, root, 1), shape.items() * d);
        float[] offsets = JaxRandom.normal(PrngMode.PARTITIONABLE, JaxRandom.foldIn(PrngMode.PARTITIONABLE, root, 2), shape.items());
        int[] counts = JaxRandom.randint(PrngMode.PARTITIONABLE, JaxRandom.foldIn(PrngMode.PARTITIONABLE, root, 3),
                new int[] {shape.users()}, shape.minPerUser(), shape.maxPerUser() + 1);
        long total = 0;
        for (int c : counts) {
            total += c;
        }
        int nnz = Math.toIntExact(total);
        int[] users = new int[nnz];
        int[] items = new int[nnz];
        float[] values = new float[nnz];
        long[] timestamps = new long[nnz];
        PrngKey perUser = JaxRandom.foldIn(PrngMode.PARTITIONABLE, root, 4);
        double scale = shape.taste() / Math.sqrt(d);
        int filled = 0;
        double[] affinity = new double[shape.items()];
        double[] perturbed = new double[shape.items()];
        for (int u = 0; u < shape.users(); u++) {
            PrngKey key = JaxRandom.foldIn(PrngMode.PARTITIONABLE, perUser, u);
            float[] noise = JaxRandom.uniform(PrngMode.PARTITIONABLE, JaxRandom.foldIn(PrngMode.PARTITIONABLE, key, 0), shape.items());
            int[] times = JaxRandom.randint(PrngMode.PARTITIONABLE, JaxRandom.foldIn(PrngMode.PARTITIONABLE, key, 1),
                    new int[] {counts[u]}, 1_500_000_000, 1_700_000_000);
            for (int i = 0; i < shape.items(); i++) {
                double dot = 0;
                for (int k = 0; k < d; k++) {
                    dot += userTaste[u * d + k] * itemTaste[i * d + k];
                }
                affinity[i] = scale * dot;
                double uniform = Math.min(Math.max(noise[i], 1e-12), 1 - 1e-7);
                perturbed[i] = affinity[i] + shape.popularitySpread() * offsets[i] - Math.log(-Math.log(uniform));
            }
            int[] chosen = topIndices(perturbed, counts[u]);
            for (int c = 0; c < chosen.length; c++) {
                users[filled] = u;
                items[filled] = chosen[c];
                values[filled] = rating(affinity[chosen[c]], shape.taste());
                timestamps[filled] = times[c];
                filled++;
            }
        }
        String[] userIds = new String[shape.users()];
        for (int u = 0; u < userIds.length; u++) {
            userIds[u] = Integer.toString(u + 1);
        }
        return InteractionMatrix.fromCoordinates(userIds, shape.items(), users, items, values, timestamps, null, filled);
    }

    /** Item ids "1" .. "items": numeric, in index order. */
    public static String[] itemIds(int items) {
        String[] ids = new String[items];
        for (int i = 0; i < items; i++) {
            ids[i] = Integer.toString(i + 1);
        }
        return ids;
    }

    /** 1..5 from the affinity in units of the taste strength. */
    private static float rating(double affinity, double taste) {
        double z = affinity / Math.max(taste, 1e-9);
        return (float) Math.max(1, Math.min(5, Math.round(3 + 1.5 * z)));
    }

    private static int[] topIndices(double[] values, int n) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        int[] top = new int[n];
        for (int i = 0; i < n; i++) {
            top[i] = order[i];
        }
        return top;
    }
}
