package io.tastelab.engine.format;

import io.tastelab.engine.catalog.CatalogValidation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountsTest {

    @Test
    void countsAreGroupedInThousandsAndNounsAgree() {
        assertThat(Counts.of(9742)).isEqualTo("9,742");
        assertThat(Counts.of(1, "item")).isEqualTo("1 item");
        assertThat(Counts.of(25_000_000, "interaction")).isEqualTo("25,000,000 interactions");
        assertThat(Counts.of(0, "row")).isEqualTo("0 rows");
    }

    @Test
    void scoresAreWholeAndGroupedOrHaveFourDecimals() {
        assertThat(Counts.score(574349)).isEqualTo("574,349");
        assertThat(Counts.score(0.43215)).isEqualTo("0.4322");
        assertThat(Counts.score(-3)).isEqualTo("-3");
    }

    @Test
    void aPopularityShownGroupedCanBeTypedBackGrouped() {
        assertThat(CatalogValidation.parsePopularity(Counts.of(1_032))).isEqualTo(1032);
        assertThat(CatalogValidation.parsePopularity("12345")).isEqualTo(12345);
        assertThatThrownBy(() -> CatalogValidation.parsePopularity("1,03")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> CatalogValidation.parsePopularity("10,00,000")).hasMessageContaining("whole number");
    }
}
