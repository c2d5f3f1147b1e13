package io.tastelab.engine.exchange;

import io.tastelab.engine.catalog.Item;
import io.tastelab.engine.task.Progress;
import io.tastelab.engine.workspace.InteractionKind;
import io.tastelab.engine.workspace.Workspace;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Imports any CSV with a header, given which column holds what. Parsed with Commons CSV, so quoted fields with
 * commas and newlines work. UTF-8.
 */
public final class CsvImporter {

    /**
     * Where the interaction fields are.
     *
     * @param user      user id column
     * @param item      item id column
     * @param value     rating or weight column; {@code null} makes every row an implicit event of weight 1
     * @param timestamp timestamp column (seconds since 1970 or ISO-8601), or {@code null}
     * @param delimiter field separator, usually {@code ,}
     */
    public record InteractionColumns(String user, String item, String value, String timestamp, char delimiter) {
        public InteractionColumns {
            Objects.requireNonNull(user, "user column");
            Objects.requireNonNull(item, "item column");
        }

        /** {@code user,item,rating,timestamp} as in many exports. */
        public static InteractionColumns defaults() {
            return new InteractionColumns("user", "item", "rating", null, ',');
        }
    }

    /**
     * Where the item fields are; every other column becomes an attribute of the item.
     *
     * @param id       item id column
     * @param title    title column
     * @param category category column or {@code null}
     * @param creator  creator column or {@code null}
     * @param year     year column or {@code null}
     * @param genres   genres column ({@code a|b}) or {@code null}
     */
    public record ItemColumns(String id, String title, String category, String creator, String year, String genres,
                              char delimiter) {
        public ItemColumns {
            Objects.requireNonNull(id, "id column");
            Objects.requireNonNull(title, "title column");
        }

        public static ItemColumns defaults() {
            return new ItemColumns("id", "title", null, null, null, null, ',');
        }
    }

    private CsvImporter() {
    }

    /**
     * @param items      the items file, or {@code null} to create placeholder items for unseen ids
     * @param itemColumns ignored when {@code items} is null
     */
    public static ImportReport importFiles(Workspace workspace, Path interactions, InteractionColumns columns, Path items,
                                           ItemColumns itemColumns, boolean skipBad, Progress progress) throws IOException {
        return importFiles(workspace, interactions, columns, items, itemColumns, ImportOptions.defaults().withSkipBad(skipBad)
                .withPopularity(ImportOptions.Popularity.KEEP), progress);
    }

    /**
     * @param items      the items file, or {@code null} to create placeholder items for unseen ids
     * @param itemColumns ignored when {@code items} is null
     */
    public static ImportReport importFiles(Workspace workspace, Path interactions, InteractionColumns columns, Path items,
                                           ItemColumns itemColumns, ImportOptions options, Progress progress) throws IOException {
        List<Path> files = items == null ? List.of(interactions) : List.of(items, interactions);
        return ImportRun.execute(workspace, options, progress, files, List.of(interactions), run -> {
            if (items != null) {
                readItems(run, items, itemColumns);
            }
            readInteractions(run, interactions, columns);
        });
    }

    private static void readInteractions(ImportRun run, Path file, InteractionColumns columns) throws IOException, SQLException {
        String name = file.getFileName().toString();
        List<String> required = new ArrayList<>(Arrays.asList(columns.user(), columns.item(), columns.value(), columns.timestamp()));
        try (CsvRows rows = new CsvRows(run.open(file, StandardCharsets.UTF_8), name, columns.delimiter(), required)) {
            InteractionKind kind = columns.value() == null ? InteractionKind.IMPLICIT : InteractionKind.EXPLICIT;
            for (CSVRecord record : rows) {
                if (record.size() != rows.header().size()) {
                    run.tick();
                    run.bad(name, rows.line(record), "expected " + rows.header().size() + " fields as in the header, found "
                            + record.size());
                    continue;
                }
                String value = columns.value() == null ? null : orEmpty(CsvRows.get(record, columns.value()));
                run.interaction(name, rows.line(record), CsvRows.get(record, columns.user()), CsvRows.get(record, columns.item()),
                        value, CsvRows.get(record, columns.timestamp()), kind);
            }
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static void readItems(ImportRun run, Path file, ItemColumns columns) throws IOException, SQLException {
        String name = file.getFileName().toString();
        List<String> required = new ArrayList<>(Arrays.asList(columns.id(), columns.title(), columns.category(),
                columns.creator(), columns.year(), columns.genres()));
        try (CsvRows rows = new CsvRows(run.open(file, StandardCharsets.UTF_8), name, columns.delimiter(), required)) {
            List<String> attributeColumns = new ArrayList<>(rows.header().keySet());
            attributeColumns.removeAll(required);
            for (CSVRecord record : rows) {
                run.tick();
                long line = rows.line(record);
                if (!record.isConsistent()) {
                    run.bad(name, line, "expected " + rows.header().size() + " fields, found " + record.size());
                    continue;
                }
                String yearText = CsvRows.get(record, columns.year());
                Integer year = null;
                if (yearText != null && !yearText.isBlank()) {
                    Double parsed = ImportRun.decimal(yearText);
                    if (parsed == null || parsed != Math.rint(parsed) || Math.abs(parsed) > 9999) {
                        run.bad(name, line, "year " + Quoted.of(yearText) + " is not a whole number of at most four digits");
                        continue;
                    }
                    year = parsed.intValue();
                }
                String genres = CsvRows.get(record, columns.genres());
                Map<String, List<String>> extra = new LinkedHashMap<>();
                for (String column : attributeColumns) {
                    String value = record.get(column);
                    if (!value.isBlank()) {
                        extra.put(column, List.of(value));
                    }
                }
                run.item(name, line, new Item(record.get(columns.id()), record.get(columns.title()),
                        CsvRows.get(record, columns.category()),
                        genres == null || genres.isBlank() ? List.of() : Arrays.stream(genres.split("\\|")).map(String::strip).toList(),
                        CsvRows.get(record, columns.creator()), year, "", List.of(), true), 0, extra);
            }
        }
    }
}
