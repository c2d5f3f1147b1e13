package io.tastelab.engine.exchange;

import io.tastelab.engine.catalog.Item;
import io.tastelab.engine.task.Progress;
import io.tastelab.engine.workspace.InteractionKind;
import io.tastelab.engine.workspace.Workspace;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports Goodbooks-10k (Zając): {@code books.csv} (the catalog: authors, original publication year, language,
 * Goodreads ratings count as the initial popularity, and ISBNs, average rating, image URL as attributes),
 * {@code ratings.csv} ({@code user_id,book_id,rating}: explicit, no timestamps) and optionally
 * {@code to_read.csv} ({@code user_id,book_id}: implicit "wants to read" events of weight 1).
 */
public final class GoodbooksImporter {

    private static final List<String> ATTRIBUTES = List.of("goodreads_book_id", "isbn", "isbn13", "original_title",
            "average_rating", "image_url");

    private GoodbooksImporter() {
    }

    /** {@code books.csv} beside a ratings file, if present. */
    public static Optional<Path> booksBeside(Path ratings) {
        if (!ImportRun.isNamedFile(ratings)) {
            return Optional.empty();
        }
        Path sibling = ratings.toAbsolutePath().resolveSibling("books.csv");
        return Files.isRegularFile(sibling) ? Optional.of(sibling) : Optional.empty();
    }

    /** {@code to_read.csv} beside a ratings file, if present. */
    public static Optional<Path> toReadBeside(Path ratings) {
        if (!ImportRun.isNamedFile(ratings)) {
            return Optional.empty();
        }
        Path sibling = ratings.toAbsolutePath().resolveSibling("to_read.csv");
        return Files.isRegularFile(sibling) ? Optional.of(sibling) : Optional.empty();
    }

    /**
     * @param books  {@code books.csv}, or {@code null} to create placeholder items
     * @param toRead {@code to_read.csv}, or {@code null}
     */
    public static ImportReport importFiles(Workspace workspace, Path ratings, Path books, Path toRead, boolean skipBad,
                                           Progress progress) throws IOException {
        return importFiles(workspace, ratings, books, toRead, ImportOptions.defaults().withSkipBad(skipBad)
                .withPopularity(ImportOptions.Popularity.KEEP), progress);
    }

    /**
     * @param books  {@code books.csv}, or {@code null} to create placeholder items
     * @param toRead {@code to_read.csv}, or {@code null}
     */
    public static ImportReport importFiles(Workspace workspace, Path ratings, Path books, Path toRead, ImportOptions options,
                                           Progress progress) throws IOException {
        List<Path> files = new ArrayList<>();
        if (books != null) {
            files.add(books);
        }
        files.add(ratings);
        if (toRead != null) {
            files.add(toRead);
        }
        return ImportRun.execute(workspace, options, progress, files,
                toRead == null ? List.of(ratings) : List.of(ratings, toRead), run -> {
            run.placeholderCategory("Book");
            if (books != null) {
                readBooks(run, books);
            }
            readEvents(run, ratings, "rating", InteractionKind.EXPLICIT);
            if (toRead != null) {
                readEvents(run, toRead, null, InteractionKind.IMPLICIT);
            }
        });
    }

    private static void readBooks(ImportRun run, Path file) throws IOException, SQLException {
        String name = file.getFileName().toString();
        try (CsvRows rows = new CsvRows(run.open(file, StandardCharsets.UTF_8), name, ',',
                List.of("book_id", "title", "authors", "original_publication_year", "language_code", "ratings_count"))) {
            for (CSVRecord record : rows) {
                run.tick();
                long line = rows.line(record);
                if (!record.isConsistent()) {
                    run.bad(name, line, "expected " + rows.header().size() + " fields, found " + record.size());
                    continue;
                }
                Integer year = null;
                String yearText = record.get("original_publication_year");
                if (!yearText.isBlank()) {
                    // Goodbooks writes years as floats ("1997.0"), and a few are BC ("-720.0").
                    Double parsed = ImportRun.decimal(yearText);
                    if (parsed == null || parsed != Math.rint(parsed) || Math.abs(parsed) > 9999) {
                        run.bad(name, line, "original_publication_year " + Quoted.of(yearText) + " is not a whole year");
                        continue;
                    }
                    year = parsed.intValue();
                }
                String count = record.get("ratings_count");
                long popularity = 0;
                if (!count.isBlank()) {
                    Double parsed = ImportRun.decimal(count);
                    if (parsed == null || parsed != Math.rint(parsed) || parsed < 0 || parsed > 1e15) {
                        run.bad(name, line, "ratings_count " + Quoted.of(count) + " is not a whole number of ratings");
                        continue;
                    }
                    popularity = parsed.longValue();
                }
                Map<String, List<String>> extra = new LinkedHashMap<>();
                for (String attribute : ATTRIBUTES) {
                    String value = CsvRows.get(record, attribute);
                    if (value != null && !value.isBlank()) {
                        extra.put(attribute, List.of(value));
                    }
                }
                run.item(name, line, new Item(record.get("book_id"), record.get("title"), "Book", List.of(),
                        record.get("authors"), year, record.get("language_code"), List.of(), true), popularity, extra);
            }
        }
    }

    private static void readEvents(ImportRun run, Path file, String valueColumn, InteractionKind kind)
            throws IOException, SQLException {
        String name = file.getFileName().toString();
        try (CsvRows rows = new CsvRows(run.open(file, StandardCharsets.UTF_8), name, ',',
                valueColumn == null ? List.of("user_id", "book_id") : List.of("user_id", "book_id", valueColumn))) {
            for (CSVRecord record : rows) {
                if (record.size() != rows.header().size()) {
                    run.tick();
                    run.bad(name, rows.line(record), "expected " + rows.header().size() + " fields as in the header, found "
                            + record.size());
                    continue;
                }
                String value = valueColumn == null ? null : CsvRows.get(record, valueColumn);
                if (valueColumn != null && value == null) {
                    value = "";
                }
                run.interaction(name, rows.line(record), CsvRows.get(record, "user_id"), CsvRows.get(record, "book_id"),
                        value, null, kind);
            }
        }
    }
}
