package io.tastelab.ui;

import io.tastelab.engine.TinyCatalogs;
import io.tastelab.engine.catalog.Catalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmptyMessagesTest {

    @Test
    void anEmptyCatalogSaysWhatToDoAndAFilterThatMatchesNothingSaysSo() {
        assertThat(EmptyMessages.forItems(Catalog.empty(), "")).isEqualTo("No items yet. Import ratings (Ctrl+I) or add an item.");
        assertThat(EmptyMessages.forItems(TinyCatalogs.five(), " zebra ")).isEqualTo("No item matches 'zebra'.");
        assertThat(EmptyMessages.forItemChart(TinyCatalogs.five())).isEmpty();
        assertThat(EmptyMessages.forItemChart(Catalog.empty())).isEqualTo(EmptyMessages.NO_ITEMS);
    }
}
