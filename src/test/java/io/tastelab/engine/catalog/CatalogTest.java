package io.tastelab.engine.catalog;

import io.tastelab.engine.TinyCatalogs;
import io.tastelab.engine.task.Progress;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogTest {

    @Test
    void duplicateIdIsRefusedAndNamesBothPositions() {
        assertThatThrownBy(() -> Catalog.of(List.of(Item.of("x", "One", ""), Item.of("x", "Two", "")), new long[] {1, 2}))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("duplicate item id 'x'").hasMessageContaining("items 1 and 2");
    }

    @Test
    void addingAnExistingIdChangesNothing() {
        Catalog catalog = TinyCatalogs.five();
        assertThatThrownBy(() -> catalog.withAddedItem(Item.of("b", "Other", "Film"), 3))
                .hasMessageContaining("already exists");
        assertThat(catalog.size()).isEqualTo(5);
        assertThat(catalog.item(1).title()).isEqualTo("Bravo");
    }

    @Test
    void emptyTitleIsRefused() {
        Catalog catalog = TinyCatalogs.five();
        assertThatThrownBy(() -> catalog.withItem(0, Item.of("a", "  ", "Book")))
                .hasMessageContaining("title must not be empty");
        assertThat(catalog.item(0).title()).isEqualTo("Alpha");
    }

    @Test
    void negativePopularityIsRefused() {
        assertThatThrownBy(() -> TinyCatalogs.five().withPopularity(0, -1))
                .hasMessageContaining("non-negative");
    }

    @Test
    void editsReturnNewSnapshotsAndLeaveTheOldOneAlone() {
        Catalog before = TinyCatalogs.five();
        Catalog after = before.withPopularity(0, 100).withAvailability(2, true);
        assertThat(before.popularity(0)).isEqualTo(5);
        assertThat(before.item(2).available()).isFalse();
        assertThat(after.popularity(0)).isEqualTo(100);
        assertThat(after.item(2).available()).isTrue();
    }

    @Test
    void renamingAnItemKeepsTheIdIndexConsistent() {
        Catalog renamed = TinyCatalogs.five().withItem(1, Item.of("z", "Zulu", "Film"));
        assertThat(renamed.indexOf("z")).contains(1);
        assertThat(renamed.contains("b")).isFalse();
    }

    @Test
    void deletingAnItemShiftsLaterItemsAndTheirCounts() {
        Catalog catalog = TinyCatalogs.five().withoutItem(1);
        assertThat(catalog.items()).extracting(Item::id).containsExactly("a", "c", "d", "e");
        assertThat(catalog.popularityCounts()).containsExactly(5, 9, 1, 7);
        assertThat(catalog.indexOf("e")).contains(3);
    }

    @Test
    void popularityTextMustBeANonNegativeWholeNumber() {
        assertThat(CatalogValidation.parsePopularity(" 42 ")).isEqualTo(42);
        for (String bad : List.of("-1", "1.5", "abc", "", "1e3")) {
            assertThatThrownBy(() -> CatalogValidation.parsePopularity(bad)).isInstanceOf(CatalogException.class);
        }
    }

    @Test
    void searchMatchesEveryWordAcrossFields() {
        Catalog catalog = TinyCatalogs.five();
        assertThat(CatalogSearch.matchingIndices(catalog, "book ha", Progress.NONE)).containsExactly(0, 2);
        assertThat(CatalogSearch.matchingIndices(catalog, "  ", Progress.NONE)).hasSize(5);
        assertThat(CatalogSearch.matchingIndices(catalog, "nothing-like-this", Progress.NONE)).isEmpty();
    }

    @Test
    void longTailSortsDescendingAndMeasuresTheHead() {
        LongTail.Curve curve = LongTail.of(new long[] {1, 10, 3, 6}, 100);
        assertThat(curve.ranks()).containsExactly(1, 2, 3, 4);
        assertThat(curve.counts()).containsExactly(10, 6, 3, 1);
        assertThat(curve.topDecileShare()).isEqualTo(0.5);
    }
}
