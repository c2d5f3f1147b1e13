package io.tastelab.engine.catalog;

import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The collection of recommendable items and their popularity counts, as an immutable snapshot.
 *
 * <p>Items are stored by position (their index) in plain arrays so that a catalog of millions of items
 * costs a few arrays, not millions of map entries per field. Every edit returns a new snapshot and
 * leaves this one untouched, so a recommendation computed on a background thread always sees one
 * consistent catalog while the user keeps editing. Edits that keep the set of ids (popularity,
 * availability, descriptions) share the id index with the previous snapshot; adding or deleting
 * items rebuilds it.
 *
 * <p>Immutable and therefore thread-safe.
 */
public final class Catalog {

    private final Item[] items;
    private final long[] popularity;
    private final Map<String, Integer> indexById;

    /** Marks "not every id is an integer" in {@link #numericIds}. */
    private static final long[] NOT_NUMERIC = new long[0];

    /** Every id as a number when all ids are integers, else {@link #NOT_NUMERIC}; computed on first use. */
    private volatile long[] numericIds;

    private Catalog(Item[] items, long[] popularity, Map<String, Integer> indexById) {
        this.items = items;
        this.popularity = popularity;
        this.indexById = indexById;
    }

    /** A snapshot with the same ids as {@code previous}, reusing its id index and numeric ids. */
    private Catalog(Item[] items, long[] popularity, Catalog previous) {
        this(items, popularity, previous.indexById);
        this.numericIds = previous.numericIds;
    }

    public static Catalog empty() {
        return new Catalog(new Item[0], new long[0], Map.of());
    }

    /**
     * Builds a catalog from parallel lists.
     *
     * @throws CatalogException on a duplicate or blank id, a blank title or a negative count
     */
    public static Catalog of(List<Item> items, long[] popularity) {
        if (items.size() != popularity.length) {
            throw new CatalogException("got " + items.size() + " items but " + popularity.length + " popularity counts");
        }
        Item[] array = items.toArray(Item[]::new);
        Map<String, Integer> index = HashMap.newHashMap(array.length);
        for (int i = 0; i < array.length; i++) {
            CatalogValidation.requireValid(array[i]);
            CatalogValidation.requireValidPopularity(array[i].id(), popularity[i]);
            Integer previous = index.putIfAbsent(array[i].id(), i);
            if (previous != null) {
                throw new CatalogException("duplicate item id '" + array[i].id() + "' (items " + (previous + 1) + " and " + (i + 1) + ")");
            }
        }
        return new Catalog(array, popularity.clone(), Collections.unmodifiableMap(index));
    }

    public int size() {
        return items.length;
    }

    public Item item(int index) {
        return items[index];
    }

    public long popularity(int index) {
        return popularity[index];
    }

    /** The position of the item with this id, if present. */
    public Optional<Integer> indexOf(String id) {
        return Optional.ofNullable(indexById.get(id));
    }

    public boolean contains(String id) {
        return indexById.containsKey(id);
    }

    /** The index of an id that must exist. */
    public int requireIndex(String id) {
        Integer index = indexById.get(id);
        if (index == null) {
            throw new CatalogException("unknown item id '" + id + "'");
        }
        return index;
    }

    /** All popularity counts by item index, read-only and without a copy (a ranker scans millions of them). */
    public LongBuffer popularityView() {
        return LongBuffer.wrap(popularity).asReadOnlyBuffer();
    }

    /** A copy of all popularity counts, by item index. */
    public long[] popularityCounts() {
        return popularity.clone();
    }

    /** Read-only view of the items in index order. */
    public List<Item> items() {
        return Collections.unmodifiableList(Arrays.asList(items));
    }

    /** The distinct non-empty categories, sorted. */
    public List<String> categories() {
        TreeSet<String> categories = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Item item : items) {
            if (!item.category().isEmpty()) {
                categories.add(item.category());
            }
        }
        return new ArrayList<>(categories);
    }

    public Catalog withPopularity(int index, long count) {
        CatalogValidation.requireValidPopularity(items[index].id(), count);
        long[] counts = popularity.clone();
        counts[index] = count;
        return new Catalog(items, counts, this);
    }

    /** Replaces every count at once (e.g. after "randomize popularities"). */
    public Catalog withPopularityCounts(long[] counts) {
        if (counts.length != items.length) {
            throw new CatalogException("expected " + items.length + " popularity counts, got " + counts.length);
        }
        for (int i = 0; i < counts.length; i++) {
            CatalogValidation.requireValidPopularity(items[i].id(), counts[i]);
        }
        return new Catalog(items, counts.clone(), this);
    }

    public Catalog withAvailability(int index, boolean available) {
        return replaceAt(index, items[index].withAvailable(available));
    }

    /**
     * Replaces the item at {@code index}. The id may change as long as it stays unique.
     *
     * @throws CatalogException when the new item is invalid or its id belongs to another item
     */
    public Catalog withItem(int index, Item replacement) {
        CatalogValidation.requireValid(replacement);
        String oldId = items[index].id();
        if (oldId.equals(replacement.id())) {
            return replaceAt(index, replacement);
        }
        if (indexById.containsKey(replacement.id())) {
            throw new CatalogException("an item with id '" + replacement.id() + "' already exists");
        }
        Item[] copy = items.clone();
        copy[index] = replacement;
        Map<String, Integer> index2 = new HashMap<>(indexById);
        index2.remove(oldId);
        index2.put(replacement.id(), index);
        return new Catalog(copy, popularity, Collections.unmodifiableMap(index2));
    }

    /** Appends a new item with the given popularity. */
    public Catalog withAddedItem(Item item, long count) {
        CatalogValidation.requireValid(item);
        CatalogValidation.requireValidPopularity(item.id(), count);
        if (indexById.containsKey(item.id())) {
            throw new CatalogException("an item with id '" + item.id() + "' already exists");
        }
        Item[] copy = Arrays.copyOf(items, items.length + 1);
        copy[items.length] = item;
        long[] counts = Arrays.copyOf(popularity, popularity.length + 1);
        counts[items.length] = count;
        Map<String, Integer> index = new HashMap<>(indexById);
        index.put(item.id(), items.length);
        return new Catalog(copy, counts, Collections.unmodifiableMap(index));
    }

    /** Removes the item at {@code index}; later items move up by one. */
    public Catalog withoutItem(int index) {
        int n = items.length;
        Item[] copy = new Item[n - 1];
        System.arraycopy(items, 0, copy, 0, index);
        System.arraycopy(items, index + 1, copy, index, n - index - 1);
        long[] counts = new long[n - 1];
        System.arraycopy(popularity, 0, counts, 0, index);
        System.arraycopy(popularity, index + 1, counts, index, n - index - 1);
        Map<String, Integer> ids = HashMap.newHashMap(copy.length);
        for (int i = 0; i < copy.length; i++) {
            ids.put(copy[i].id(), i);
        }
        return new Catalog(copy, counts, Collections.unmodifiableMap(ids));
    }

    private Catalog replaceAt(int index, Item replacement) {
        Item[] copy = items.clone();
        copy[index] = replacement;
        return new Catalog(copy, popularity, this);
    }

    /**
     * The catalog's id order, used to break ties in every ranking: numeric order when every id is an integer
     * (so "9" comes before "10"), else string order. Equal numbers written differently ("07", "7") fall back
     * to string order.
     */
    public int compareIds(int a, int b) {
        long[] numbers = numericIds();
        if (numbers != NOT_NUMERIC) {
            int byNumber = Long.compare(numbers[a], numbers[b]);
            if (byNumber != 0) {
                return byNumber;
            }
        }
        return items[a].id().compareTo(items[b].id());
    }

    /** True when every id is an integer, so ids sort numerically. */
    public boolean hasNumericIds() {
        return numericIds() != NOT_NUMERIC;
    }

    private long[] numericIds() {
        long[] cached = numericIds;
        if (cached == null) {
            cached = parseIds(items);
            numericIds = cached;
        }
        return cached;
    }

    private static long[] parseIds(Item[] items) {
        if (items.length == 0) {
            return NOT_NUMERIC;
        }
        long[] numbers = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            String id = items[i].id();
            int length = id.length();
            int start = length > 0 && id.charAt(0) == '-' ? 1 : 0;
            if (length == start || length - start > 18) {
                return NOT_NUMERIC;
            }
            for (int c = start; c < length; c++) {
                char ch = id.charAt(c);
                if (ch < '0' || ch > '9') {
                    return NOT_NUMERIC;
                }
            }
            numbers[i] = Long.parseLong(id);
        }
        return numbers;
    }
}
