package io.tastelab.engine.exchange;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.Item;
import io.tastelab.engine.pipeline.Recommendation;
import io.tastelab.engine.pipeline.ScoredItem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the catalog, popularity and recommendation lists as CSV (RFC 4180, quoted where needed). The catalog
 * is written in TasteLab's catalog CSV format, so it reads back with {@link io.tastelab.engine.sample.CatalogCsv}.
 */
public final class CsvExport {

    private CsvExport() {
    }

    /** {@code id,title,category,genres,creator,year,language,tags,available,popularity}, lists joined by {@code |}. */
    public static void catalog(Catalog catalog, Writer out) throws IOException {
        try (CSVPrinter printer = printer(out, "id", "title", "category", "genres", "creator", "year", "language", "tags",
                "available", "popularity")) {
            for (int i = 0; i < catalog.size(); i++) {
                Item item = catalog.item(i);
                printer.printRecord(item.id(), item.title(), item.category(), String.join("|", item.genres()), item.creator(),
                        item.year() == null ? "" : item.year(), item.language(), String.join("|", item.tags()),
                        item.available(), catalog.popularity(i));
            }
        }
    }

    /** {@code rank,id,title,popularity}, most popular first, ties by id. */
    public static void popularity(Catalog catalog, Writer out) throws IOException {
        Integer[] order = new Integer[catalog.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int byCount = Long.compare(catalog.popularity(b), catalog.popularity(a));
            return byCount != 0 ? byCount : catalog.item(a).id().compareTo(catalog.item(b).id());
        });
        try (CSVPrinter printer = printer(out, "rank", "id", "title", "popularity")) {
            for (int r = 0; r < order.length; r++) {
                printer.printRecord(r + 1, catalog.item(order[r]).id(), catalog.item(order[r]).title(),
                        catalog.popularity(order[r]));
            }
        }
    }

    /** {@code rank,id,title,score}; a None result (no list) writes the header only. */
    public static void recommendations(Recommendation recommendation, Writer out) throws IOException {
        try (CSVPrinter printer = printer(out, "rank", "id", "title", "score")) {
            List<ScoredItem> items = recommendation.items().orElse(List.of());
            for (int r = 0; r < items.size(); r++) {
                Item item = recommendation.catalog().item(items.get(r).index());
                printer.printRecord(r + 1, item.id(), item.title(), items.get(r).score());
            }
        }
    }

    private static CSVPrinter printer(Writer out, String... header) throws IOException {
        return new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator("\n").get());
    }
}
