package io.tastelab.ui;

import io.tastelab.engine.catalog.Catalog;

/** What an empty pane tells the user to do, in the same words everywhere. */
public final class EmptyMessages {

    /** A workspace without items. */
    public static final String NO_ITEMS = "No items yet. Import ratings (Ctrl+I) or add an item.";
    /** A workspace without interactions. */
    public static final String NO_INTERACTIONS = "No interactions yet. Import ratings (Ctrl+I) to see who interacted with what.";

    private EmptyMessages() {
    }

    /** For a table of items: why it shows none (an empty catalog, or a filter that matches nothing). */
    public static String forItems(Catalog catalog, String filter) {
        if (catalog.size() == 0) {
            return NO_ITEMS;
        }
        return filter == null || filter.isBlank() ? "No items" : "No item matches '" + filter.strip() + "'.";
    }

    /** For a chart of the catalog's items: empty when there is something to draw, else why not. */
    public static String forItemChart(Catalog catalog) {
        return catalog.size() == 0 ? NO_ITEMS : "";
    }
}
