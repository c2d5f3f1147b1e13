package io.tastelab.engine.catalog;

import io.tastelab.engine.task.Progress;

import java.util.Arrays;
import java.util.Locale;

/** Filter-as-you-type over a catalog: which items mention every word of a query. */
public final class CatalogSearch {

    private CatalogSearch() {
    }

    /**
     * Indices of items whose id, title, creator, category, genres, language, tags or year contain every
     * whitespace-separated word of {@code query} (case-insensitive), in catalog order. A blank query matches all.
     */
    public static int[] matchingIndices(Catalog catalog, String query, Progress progress) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).strip().split("\\s+");
        if (words.length == 1 && words[0].isEmpty()) {
            words = new String[0];
        }
        int n = catalog.size();
        int[] matches = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if ((i & 0x3FFFF) == 0 && i > 0) {
                progress.update(i, n, "filtering");
                progress.checkCancelled();
            }
            if (words.length == 0 || matchesAll(catalog.item(i), words)) {
                matches[count++] = i;
            }
        }
        return Arrays.copyOf(matches, count);
    }

    static boolean matchesAll(Item item, String[] lowerWords) {
        for (String word : lowerWords) {
            if (!mentions(item, word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean mentions(Item item, String lowerWord) {
        return contains(item.id(), lowerWord) || contains(item.title(), lowerWord) || contains(item.creator(), lowerWord)
                || contains(item.category(), lowerWord) || contains(item.language(), lowerWord)
                || item.genres().stream().anyMatch(g -> contains(g, lowerWord))
                || item.tags().stream().anyMatch(t -> contains(t, lowerWord))
                || (item.year() != null && item.year().toString().contains(lowerWord));
    }

    /** Case-insensitive "contains" without allocating a lower-cased copy of every field of every item. */
    static boolean contains(String text, String lowerWord) {
        int last = text.length() - lowerWord.length();
        for (int start = 0; start <= last; start++) {
            if (text.regionMatches(true, start, lowerWord, 0, lowerWord.length())) {
                return true;
            }
        }
        return false;
    }
}
