package io.tastelab.engine.sample;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.Item;
import io.tastelab.engine.random.SeededDraws;
import io.tastelab.engine.task.Progress;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates a clearly labelled synthetic catalog of N items for scale demos: ids {@code syn-0000001}…,
 * titles "Synthetic item N", categories from a fixed list, and long-tailed popularity counts drawn from
 * a seed (count = floor(1e6 / rank^0.8) for a random rank in 1..N). Nothing here pretends to be real data.
 */
public final class SyntheticCatalog {

    static final List<String> CATEGORIES = List.of("Book", "Film", "Music", "Game", "Podcast");
    private static final List<List<String>> GENRES = List.of(
            List.of("drama"), List.of("comedy"), List.of("science-fiction"), List.of("mystery"),
            List.of("romance"), List.of("documentary"), List.of("fantasy", "adventure"), List.of("thriller"));
    private static final List<String> TAGS = List.of("synthetic");

    private SyntheticCatalog() {
    }

    /** Id of the synthetic item at a position; zero-padded so id order equals position order. */
    public static String idOf(int position) {
        String digits = Integer.toString(position + 1);
        return "syn-" + "0".repeat(Math.max(0, 7 - digits.length())) + digits;
    }

    public static Catalog generate(int n, long seed, Progress progress) {
        if (n < 0) {
            throw new IllegalArgumentException("number of items must be 0 or more, got " + n);
        }
        long[] counts = longTailCounts(n, seed);
        int[] categoryDraws = new SeededDraws(seed + 1).randintArray(n, 0, CATEGORIES.size() * GENRES.size());
        List<Item> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if ((i & 0xFFFF) == 0) {
                progress.update(i, n, "generating synthetic items");
                progress.checkCancelled();
            }
            int draw = categoryDraws[i];
            items.add(new Item(idOf(i), "Synthetic item " + (i + 1), CATEGORIES.get(draw % CATEGORIES.size()),
                    GENRES.get(draw / CATEGORIES.size()), "", null, "", TAGS, true));
        }
        progress.update(n, n, "indexing");
        return Catalog.of(items, counts);
    }

    /** Long-tailed counts: a random permutation of ranks mapped through a Zipf-like curve. */
    public static long[] longTailCounts(int n, long seed) {
        int[] ranks = new SeededDraws(seed).randintArray(n, 1, Math.max(2, n + 1));
        long[] counts = new long[n];
        double maxCount = 1_000_000;
        for (int i = 0; i < n; i++) {
            counts[i] = (long) Math.floor(maxCount / Math.pow(ranks[i], 0.8));
        }
        return counts;
    }
}
