package io.tastelab.ui.catalog;

import io.tastelab.engine.catalog.Item;

/**
 * One table row: an item, its popularity, and whether the current recommendation context can serve it.
 *
 * @param contextStatus "yes" when the current context can serve it, else the server rule's reason
 */
public record ItemRow(int index, Item item, long popularity, String contextStatus) {

    public String genresText() {
        return String.join(", ", item.genres());
    }

    public String tagsText() {
        return String.join(", ", item.tags());
    }
}
