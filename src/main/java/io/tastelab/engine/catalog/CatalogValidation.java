package io.tastelab.engine.catalog;

/** The rules every catalog entry obeys; each failure names the item and the field. */
public final class CatalogValidation {

    private CatalogValidation() {
    }

    public static void requireValid(Item item) {
        if (item.id().isBlank()) {
            throw new CatalogException("item id must not be empty");
        }
        if (!item.id().equals(item.id().strip())) {
            throw new CatalogException("item id '" + item.id() + "' must not start or end with spaces");
        }
        if (item.title().isBlank()) {
            throw new CatalogException("item '" + item.id() + "': title must not be empty");
        }
    }

    public static void requireValidPopularity(String id, long count) {
        if (count < 0) {
            throw new CatalogException("item '" + id + "': popularity must be a non-negative integer, got " + count);
        }
    }

    /**
     * Parses a popularity count typed by a user.
     *
     * @throws CatalogException unless the text is a non-negative whole number
     */
    public static long parsePopularity(String text) {
        String trimmed = text == null ? "" : text.strip();
        // Screens show counts grouped ("1,032"), so a count typed or edited that way is read too.
        if (!trimmed.matches("\\d{1,18}|\\d{1,3}(,\\d{3}){1,5}")) {
            throw new CatalogException("popularity must be a non-negative whole number, got '" + (text == null ? "" : text) + "'");
        }
        return Long.parseLong(trimmed.replace(",", ""));
    }
}
