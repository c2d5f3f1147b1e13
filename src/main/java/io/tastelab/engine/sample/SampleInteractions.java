package io.tastelab.engine.sample;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.Item;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.random.JaxRandom;
import io.tastelab.engine.random.PrngKey;
import io.tastelab.engine.random.PrngMode;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Synthetic ratings for the built-in sample, generated for the project (they are not real ratings): users whose
 * tastes follow the catalog's genres, so that a personalized list visibly fits its user's history.
 *
 * <p>Each user {@code u} (ids {@code u001 …}) draws, from {@code fold_in(key(seed), u)}: two favourite genres (Gumbel
 * top-2 over the log of each genre's item count, so common genres are favoured more often), a number of ratings
 * ({@code MIN_PER_USER … MAX_PER_USER}), and which items (Gumbel top-n, without replacement, on
 * {@code TASTE · matches + ½·log(popularity)}, where {@code matches} counts the item's genres among the favourites).
 * A rating is {@code round(2.6 + 1.1·matches + 0.7·normal)} clipped to 1..5; timestamps are a year of days after
 * 2024-01-01 in the user's order. The same catalog and seed give the same ratings, byte for byte.
 */
public final class SampleInteractions {

    public static final long SEED = 2026;
    public static final int USERS = 300;
    static final int MIN_PER_USER = 8;
    static final int MAX_PER_USER = 40;
    static final double TASTE = 3.0;
    private static final long START = 1_704_067_200L; // 2024-01-01T00:00:00Z
    private static final long DAY = 86_400L;
    private static final PrngMode MODE = PrngMode.PARTITIONABLE;

    /** One rating as the sample's CSV holds it. */
    public record Rating(String user, String item, int rating, long timestamp) {
    }

    private SampleInteractions() {
    }

    /** The sample's user ids: {@code u001}, {@code u002}, … */
    public static String userId(int user) {
        return String.format(Locale.ROOT, "u%03d", user + 1);
    }

    /** Generates the ratings of {@link #USERS} users over {@code catalog}, in user order and then time order. */
    public static List<Rating> generate(Catalog catalog, long seed) {
        String[] genres = genreVocabulary(catalog);
        double[] genreWeight = new double[genres.length];
        for (Item item : catalog.items()) {
            for (String genre : item.genres()) {
                genreWeight[Arrays.binarySearch(genres, genre)]++;
            }
        }
        int itemCount = catalog.size();
        PrngKey root = PrngKey.fromSeed(seed);
        List<Rating> ratings = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            PrngKey key = JaxRandom.foldIn(MODE, root, u);
            int[] favourites = gumbelTop(genreWeight, 2, JaxRandom.foldIn(MODE, key, 0), true);
            int count = JaxRandom.randint(MODE, JaxRandom.foldIn(MODE, key, 1), new int[] {1}, MIN_PER_USER, MAX_PER_USER + 1)[0];
            double[] affinity = new double[itemCount];
            int[] matches = new int[itemCount];
            for (int i = 0; i < itemCount; i++) {
                Item item = catalog.item(i);
                for (int favourite : favourites) {
                    if (item.genres().contains(genres[favourite])) {
                        matches[i]++;
                    }
                }
                affinity[i] = TASTE * matches[i] + 0.5 * Math.log(1 + catalog.popularity(i));
            }
            int[] chosen = gumbelTop(affinity, Math.min(count, itemCount), JaxRandom.foldIn(MODE, key, 2), false);
            float[] noise = JaxRandom.normal(MODE, JaxRandom.foldIn(MODE, key, 3), chosen.length);
            int[] days = JaxRandom.randint(MODE, JaxRandom.foldIn(MODE, key, 4), new int[] {chosen.length}, 0, 365);
            Arrays.sort(days);
            for (int n = 0; n < chosen.length; n++) {
                int item = chosen[n];
                int rating = (int) Math.max(1, Math.min(5, Math.round(2.6 + 1.1 * matches[item] + 0.7 * noise[n])));
                ratings.add(new Rating(userId(u), catalog.item(item).id(), rating, START + days[n] * DAY + n));
            }
        }
        return ratings;
    }

    /** Writes {@code user,item,rating,timestamp} lines with a header, as {@code resources/sample/interactions.csv}. */
    public static void write(List<Rating> ratings, Writer out) throws IOException {
        out.write("user,item,rating,timestamp\n");
        for (Rating r : ratings) {
            out.write(r.user() + "," + r.item() + "," + r.rating() + "," + r.timestamp() + "\n");
        }
    }

    /** The ratings as a user-item matrix whose columns are {@code catalog}'s item indices. */
    public static InteractionMatrix toMatrix(List<Rating> ratings, Catalog catalog) {
        List<String> users = new ArrayList<>();
        int[] userIndex = new int[ratings.size()];
        int[] itemIndex = new int[ratings.size()];
        float[] values = new float[ratings.size()];
        long[] timestamps = new long[ratings.size()];
        for (int e = 0; e < ratings.size(); e++) {
            Rating r = ratings.get(e);
            if (users.isEmpty() || !users.getLast().equals(r.user())) {
                users.add(r.user());
            }
            userIndex[e] = users.size() - 1;
            itemIndex[e] = catalog.requireIndex(r.item());
            values[e] = r.rating();
            timestamps[e] = r.timestamp();
        }
        return InteractionMatrix.fromCoordinates(users.toArray(String[]::new), catalog.size(), userIndex, itemIndex, values,
                timestamps, null, ratings.size());
    }

    /** The catalog's genres, sorted. */
    static String[] genreVocabulary(Catalog catalog) {
        TreeSet<String> all = new TreeSet<>();
        catalog.items().forEach(item -> all.addAll(item.genres()));
        return all.toArray(String[]::new);
    }

    /**
     * The indices of the {@code n} largest {@code weight + Gumbel noise} (a draw without replacement in proportion to
     * {@code exp(weight)}); {@code logOfWeights} takes the log of the weights first (zero weights are never drawn).
     */
    private static int[] gumbelTop(double[] weights, int n, PrngKey key, boolean logOfWeights) {
        float[] uniform = JaxRandom.uniform(MODE, key, new int[] {weights.length}, 1e-7f, 1f);
        Integer[] order = new Integer[weights.length];
        double[] perturbed = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            order[i] = i;
            double base = logOfWeights ? (weights[i] > 0 ? Math.log(weights[i]) : Double.NEGATIVE_INFINITY) : weights[i];
            perturbed[i] = base - Math.log(-Math.log(uniform[i]));
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -perturbed[i]).thenComparingInt(i -> i));
        int[] top = new int[n];
        for (int i = 0; i < n; i++) {
            top[i] = order[i];
        }
        return top;
    }
}
