package io.tastelab.engine.evaluation;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntPredicate;

/**
 * The order in which equal scores are broken: the smaller item id first, compared as numbers when every id
 * is an integer (so "9" comes before "10") and as strings otherwise. Immutable and thread-safe.
 */
public final class ItemOrder {

    private final String[] ids;
    private final int[] rank;
    private final boolean numeric;

    private ItemOrder(String[] ids, int[] rank, boolean numeric) {
        this.ids = ids;
        this.rank = rank;
        this.numeric = numeric;
    }

    /** The order of these ids (by item index). */
    public static ItemOrder of(String[] ids) {
        return of(ids, item -> true);
    }

    /**
     * The order of these ids, numeric when every id of a {@code deciding} item is an integer. An evaluation lets
     * only the items with interactions decide: they are the only candidates, and they are all that an export of
     * the data holds, so a workspace and its exported file (the Spark job's input) break ties alike even when the
     * catalog also has unrated items with other ids. In numeric order any id that is not an integer comes last.
     */
    public static ItemOrder of(String[] ids, IntPredicate deciding) {
        boolean numeric = false;
        BigInteger[] numbers = new BigInteger[ids.length];
        for (int i = 0; i < ids.length; i++) {
            numbers[i] = integerOrNull(ids[i]);
            if (deciding.test(i)) {
                if (numbers[i] == null) {
                    numeric = false;
                    break;
                }
                numeric = true;
            }
        }
        Integer[] sorted = new Integer[ids.length];
        Arrays.setAll(sorted, i -> i);
        Comparator<Integer> order = numeric
                ? Comparator.comparing((Integer i) -> numbers[i], Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(i -> ids[i])
                : Comparator.comparing((Integer i) -> ids[i]);
        Arrays.sort(sorted, order.thenComparingInt(i -> i));
        int[] rank = new int[ids.length];
        for (int position = 0; position < sorted.length; position++) {
            rank[sorted[position]] = position;
        }
        return new ItemOrder(ids.clone(), rank, numeric);
    }

    private static BigInteger integerOrNull(String id) {
        try {
            return new BigInteger(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Items ordered by index (ids "0", "1", ... in index order), for synthetic data. */
    public static ItemOrder byIndex(int itemCount) {
        int[] rank = new int[itemCount];
        Arrays.setAll(rank, i -> i);
        String[] ids = new String[itemCount];
        Arrays.setAll(ids, Integer::toString);
        return new ItemOrder(ids, rank, true);
    }

    /** The id of an item index. */
    public String id(int item) {
        return ids[item];
    }

    /** Position of the item in id order: smaller means the smaller id. */
    public int rank(int item) {
        return rank[item];
    }

    public int size() {
        return rank.length;
    }

    /** Whether ids were compared as numbers. */
    public boolean numeric() {
        return numeric;
    }
}
