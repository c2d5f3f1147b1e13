package io.tastelab.engine.sample;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.CatalogException;
import io.tastelab.engine.catalog.Item;
import io.tastelab.engine.task.Progress;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleAndCsvTest {

    private static final String HEADER = "id,title,category,genres,creator,year,language,tags,available,popularity\n";

    @Test
    void builtInSampleHasAtLeast200ValidItemsWithCounts() {
        Catalog sample = SampleWorkspace.load();
        assertThat(sample.size()).isGreaterThanOrEqualTo(200);
        assertThat(sample.categories()).contains("Book", "Film");
        assertThat(sample.items()).allSatisfy(item -> {
            assertThat(item.creator()).isNotBlank();
            assertThat(item.year()).isNotNull();
        });
        assertThat(sample.items()).anyMatch(item -> !item.available());
        assertThat(Arrays.stream(sample.popularityCounts()).distinct().count()).isGreaterThan(50);
    }

    @Test
    void readsQuotedFieldsWithCommasAndNewlines() throws Exception {
        String csv = HEADER + "x1,\"Rome, Open City\",Film,drama|war,Roberto Rossellini,1945,it,\"classic|black-and-white\",true,12\n"
                + "x2,\"Two\nLines\",Book,,,,,,false,0\n";
        Catalog catalog = CatalogCsv.read(new StringReader(csv), "t.csv");
        Item rome = catalog.item(0);
        assertThat(rome.title()).isEqualTo("Rome, Open City");
        assertThat(rome.genres()).containsExactly("drama", "war");
        assertThat(rome.year()).isEqualTo(1945);
        assertThat(catalog.item(1).title()).isEqualTo("Two\nLines");
        assertThat(catalog.item(1).available()).isFalse();
    }

    @Test
    void badRowsNameTheFileAndLine() {
        String csv = HEADER + "a,A,Book,,,1999,,,true,1\nb,B,Book,,,nineteen,,,true,1\n";
        assertThatThrownBy(() -> CatalogCsv.read(new StringReader(csv), "cat.csv"))
                .isInstanceOf(CatalogException.class).hasMessageStartingWith("cat.csv:3:").hasMessageContaining("year");
        String negative = HEADER + "a,A,Book,,,,,,true,-4\n";
        assertThatThrownBy(() -> CatalogCsv.read(new StringReader(negative), "cat.csv")).hasMessageContaining("cat.csv:2:")
                .hasMessageContaining("non-negative");
        String duplicate = HEADER + "a,A,Book,,,,,,true,1\na,B,Book,,,,,,true,1\n";
        assertThatThrownBy(() -> CatalogCsv.read(new StringReader(duplicate), "cat.csv")).hasMessageContaining("cat.csv:3: duplicate id 'a' (first on line 2)");
        assertThatThrownBy(() -> CatalogCsv.read(new StringReader("id,title\nx,y\n"), "cat.csv")).hasMessageContaining("missing column 'category'");
        String unclosed = HEADER + "a,A,Book,,,,,,true,1\nb,\"Broken,Book,,,,,,true,1\n";
        assertThatThrownBy(() -> CatalogCsv.read(new StringReader(unclosed), "cat.csv"))
                .hasMessage("cat.csv: line 3: a quoted field is never closed (a missing \" ?)");
    }

    @Test
    void randomizedPopularitiesAreBetween1And20AndReproducible() {
        long[] first = PopularityRandomizer.counts(1000, 7);
        assertThat(Arrays.stream(first).allMatch(count -> count >= 1 && count <= 20)).isTrue();
        assertThat(PopularityRandomizer.counts(1000, 7)).isEqualTo(first);
        assertThat(PopularityRandomizer.counts(1000, 8)).isNotEqualTo(first);
        assertThat(Arrays.stream(first).distinct().count()).isEqualTo(20);
    }

    @Test
    void syntheticCatalogIsLabelledAndReproducible() {
        Catalog synthetic = SyntheticCatalog.generate(5000, 3, Progress.NONE);
        assertThat(synthetic.size()).isEqualTo(5000);
        assertThat(synthetic.item(0).id()).isEqualTo("syn-0000001");
        assertThat(synthetic.item(0).title()).startsWith("Synthetic item");
        assertThat(synthetic.item(0).tags()).contains("synthetic");
        assertThat(SyntheticCatalog.generate(5000, 3, Progress.NONE).popularityCounts()).isEqualTo(synthetic.popularityCounts());
    }
}
