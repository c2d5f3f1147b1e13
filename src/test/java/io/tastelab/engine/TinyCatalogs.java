package io.tastelab.engine;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.Item;

import java.util.ArrayList;
import java.util.List;

/** Hand-checkable catalogs for tests. */
public final class TinyCatalogs {

    private TinyCatalogs() {
    }

    /**
     * Five items: a (Book, 5), b (Film, 9), c (Book, 9, unavailable), d (Film, 1), e (Book, 7).
     * Most popular order ignoring rules: b, c (tie on 9 goes to the smaller id b), e, a, d.
     */
    public static Catalog five() {
        List<Item> items = List.of(
                Item.of("a", "Alpha", "Book"),
                Item.of("b", "Bravo", "Film"),
                Item.of("c", "Charlie", "Book").withAvailable(false),
                Item.of("d", "Delta", "Film"),
                Item.of("e", "Echo", "Book"));
        return Catalog.of(items, new long[] {5, 9, 9, 1, 7});
    }

    /** n items "i000".."i{n-1}" with the given counts and availability. */
    public static Catalog of(long[] counts, boolean[] available, String[] categories) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            items.add(Item.of(String.format("i%03d", i), "Item " + i, categories[i]).withAvailable(available[i]));
        }
        return Catalog.of(items, counts);
    }
}
