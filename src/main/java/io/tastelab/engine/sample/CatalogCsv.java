package io.tastelab.engine.sample;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.CatalogException;
import io.tastelab.engine.catalog.Item;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads TasteLab's catalog CSV: {@code id,title,category,genres,creator,year,language,tags,available,popularity},
 * lists separated by {@code |}. Any error names the source and line and leaves nothing half-read.
 */
public final class CatalogCsv {

    static final List<String> COLUMNS = List.of("id", "title", "category", "genres", "creator", "year", "language",
            "tags", "available", "popularity");

    private CatalogCsv() {
    }

    /**
     * Parses a whole catalog.
     *
     * @param source name of the file for error messages
     * @throws CatalogException with "source:line: reason" on the first bad row
     */
    public static Catalog read(Reader reader, String source) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        List<Item> items = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        Map<String, Long> lineOfId = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (String column : COLUMNS) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new CatalogException(source + ":1: missing column '" + column + "' (expected " + String.join(",", COLUMNS) + ")");
                }
            }
            for (CSVRecord record : parser) {
                long line = record.getParser().getCurrentLineNumber();
                try {
                    Item item = parseItem(record);
                    Long previous = lineOfId.putIfAbsent(item.id(), line);
                    if (previous != null) {
                        throw new CatalogException("duplicate id '" + item.id() + "' (first on line " + previous + ")");
                    }
                    items.add(item);
                    counts.add(parseCount(record.get("popularity")));
                } catch (IllegalArgumentException e) {
                    throw new CatalogException(source + ":" + line + ": " + e.getMessage());
                }
            }
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof io.tastelab.engine.exchange.TextFile.MalformedTextException malformed) {
                throw malformed; // names the file, line and column already
            }
            throw new CatalogException(source + ": " + malformed(e.getCause()));
        }
        return Catalog.of(items, counts.stream().mapToLong(Long::longValue).toArray());
    }

    /** Commons CSV reports "(startline 2) EOF reached before encapsulated token finished"; say it plainly. */
    static String malformed(Throwable cause) {
        String message = cause == null || cause.getMessage() == null ? "unreadable CSV" : cause.getMessage();
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("\\(startline (\\d+)\\)|line (\\d+)").matcher(message);
        String where = line.find() ? "line " + (line.group(1) != null ? line.group(1) : line.group(2)) + ": " : "";
        String what = message.contains("EOF reached before encapsulated token finished")
                ? "a quoted field is never closed (a missing \" ?)"
                : message.replaceFirst("^\\(startline \\d+\\)\\s*", "");
        return where + what;
    }

    private static Item parseItem(CSVRecord record) {
        if (!record.isConsistent()) {
            throw new CatalogException("expected " + COLUMNS.size() + " fields, found " + record.size());
        }
        String id = record.get("id");
        String title = record.get("title");
        if (id.isEmpty()) {
            throw new CatalogException("empty id");
        }
        if (title.isEmpty()) {
            throw new CatalogException("item '" + id + "' has an empty title");
        }
        return new Item(id, title, record.get("category"), splitList(record.get("genres")), record.get("creator"),
                parseYear(record.get("year")), record.get("language"), splitList(record.get("tags")),
                parseAvailable(record.get("available")));
    }

    private static Integer parseYear(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new CatalogException("year must be a whole number, got '" + text + "'");
        }
    }

    private static boolean parseAvailable(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1", "" -> true;
            case "false", "no", "0" -> false;
            default -> throw new CatalogException("available must be true or false, got '" + text + "'");
        };
    }

    private static long parseCount(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        try {
            long count = Long.parseLong(text);
            if (count < 0) {
                throw new CatalogException("popularity must be non-negative, got " + count);
            }
            return count;
        } catch (NumberFormatException e) {
            throw new CatalogException("popularity must be a whole number, got '" + text + "'");
        }
    }

    static List<String> splitList(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
