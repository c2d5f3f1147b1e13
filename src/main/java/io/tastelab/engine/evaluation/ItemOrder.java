package io.tastelab.engine.evaluation;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;

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
        boolean numeric = ids.length > 0;
        BigInteger[] numbers = new BigInteger[ids.length];
        for (int i = 0; i < ids.length && numeric; i++) {
            try {
                numbers[i] = new BigInteger(ids[i].strip());
            } catch (NumberFormatException e) {
                numeric = false;
            }
        }
        Integer[] sorted = new Integer[ids.length];
        Arrays.setAll(sorted, i -> i);
        Comparator<Integer> order = numeric
                ? Comparator.comparing((Integer i) -> numbers[i]).thenComparing(i -> ids[i])
                : Comparator.comparing((Integer i) -> ids[i]);
        Arrays.sort(sorted, order.thenComparingInt(i -> i));
        int[] rank = new int[ids.length];
        for (int position = 0; position < sorted.length; position++) {
            rank[sorted[position]] = position;
        }
        return new ItemOrder(ids.clone(), rank, numeric);
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
