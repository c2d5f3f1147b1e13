package io.tastelab.engine.catalog;

import java.util.List;
import java.util.Objects;

/**
 * One recommendable item: a stable string id, a title, descriptive attributes and whether it can be
 * recommended right now. Immutable; popularity is kept by the {@link Catalog} beside it, because it
 * changes far more often than the description.
 *
 * @param id        stable, unique, non-blank identifier
 * @param title     non-blank display title
 * @param category  coarse category used by context filters (e.g. "Book", "Film"); may be empty
 * @param genres    zero or more genres
 * @param creator   author, director or maker; may be empty
 * @param year      year of first publication or release, or {@code null} when unknown
 * @param language  language code; may be empty
 * @param tags      free tags
 * @param available whether the item may be served
 */
public record Item(String id, String title, String category, List<String> genres, String creator,
                   Integer year, String language, List<String> tags, boolean available) {

    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        category = category == null ? "" : category.strip();
        genres = genres == null ? List.of() : List.copyOf(genres);
        creator = creator == null ? "" : creator.strip();
        language = language == null ? "" : language.strip();
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A minimal item with only an id and a title, available. */
    public static Item of(String id, String title, String category) {
        return new Item(id, title, category, List.of(), "", null, "", List.of(), true);
    }

    public Item withAvailable(boolean newAvailable) {
        return new Item(id, title, category, genres, creator, year, language, tags, newAvailable);
    }

    /** True when this item belongs to the given category (case-insensitive). */
    public boolean inCategory(String wanted) {
        return category.equalsIgnoreCase(wanted);
    }
}
