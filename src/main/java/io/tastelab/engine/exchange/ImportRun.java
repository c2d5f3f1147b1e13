package io.tastelab.engine.exchange;

import io.tastelab.engine.catalog.CatalogException;
import io.tastelab.engine.catalog.Item;
import io.tastelab.engine.format.Counts;
import io.tastelab.engine.task.Progress;
import io.tastelab.engine.workspace.ImportWriter;
import io.tastelab.engine.workspace.InteractionKind;
import io.tastelab.engine.workspace.Workspace;
import io.tastelab.engine.workspace.WorkspaceException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The machinery every importer shares: one transaction, progress by bytes read, cancel, the bad-row list,
 * and the rules for a row (user, item, value, timestamp). Used on one thread.
 */
final class ImportRun {

    /** The work of one importer, given the run. */
    @FunctionalInterface
    interface Body {
        void run(ImportRun run) throws IOException, SQLException;
    }

    private static final int PROGRESS_EVERY = 1 << 15;

    /**
     * Whether {@code path} names an existing file, so files beside it can be looked for: a path typed halfway
     * ("/", "/home/") names none, and a root has no file name at all.
     */
    static boolean isNamedFile(Path path) {
        return path.getFileName() != null && Files.isRegularFile(path);
    }

    private final ImportWriter writer;
    private final boolean skipBad;
    private final Progress progress;
    private final long totalBytes;
    private final List<BadRow> badRows = new ArrayList<>();
    private long badRowCount;
    private long finishedBytes;
    private CountingInputStream current;
    private String currentName = "";
    private long rows;
    private Boolean createUnknownItems;
    private String placeholderCategory = "";
    /** The interactions files, by absolute path; each is recorded with the import. */
    private final Map<Path, Fingerprint> fingerprints = new LinkedHashMap<>();
    private final Map<String, Integer> fileOrder = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    /** Item ids of each items file, with the line each was first on. */
    private final Map<String, Map<String, Long>> itemLines = new HashMap<>();
    private long negativeRatings;
    private double lowestRating;
    /** The rows of the interactions file being read, to find repeats; null for an items file. */
    private RowKeys rowKeys;
    /** Rows whose fingerprint repeated: held back until {@link #resolveRepeats()} tells a repeat from a collision. */
    private final List<Held> held = new ArrayList<>();

    private record Held(String file, long line, long userKey, long itemKey, double value, Long timestamp, InteractionKind kind) {
    }

    private ImportRun(ImportWriter writer, boolean skipBad, Progress progress, long totalBytes) {
        this.writer = writer;
        this.skipBad = skipBad;
        this.progress = progress;
        this.totalBytes = totalBytes;
    }

    /**
     * Runs an import into {@code workspace}: all of it in one transaction (the interactions, and the popularity
     * derived from them when asked), committed only when there were no bad rows or skipping them was asked; a cancel
     * or an error rolls it all back.
     *
     * @param files every file the body will read (for progress and an early, clear "no such file")
     */
    static ImportReport execute(Workspace workspace, ImportOptions options, Progress progress, List<Path> files,
                                List<Path> interactionFiles, Body body) throws IOException {
        boolean skipBad = options.skipBad();
        long total = 0;
        for (Path file : files) {
            TextFile.requireReadableFile(file);
            total += Files.size(file);
        }
        Map<Path, Fingerprint> fingerprints = new LinkedHashMap<>();
        for (Path file : interactionFiles) {
            fingerprints.put(file.toAbsolutePath().normalize(), Fingerprint.of(file));
        }
        try (ImportWriter writer = workspace.beginImport()) {
            ImportRun run = new ImportRun(writer, skipBad, progress, Math.max(1, total));
            run.fingerprints.putAll(fingerprints);
            try {
                run.checkEarlierImports(workspace, options.replace());
                body.run(run);
                run.closeCurrent();
            } catch (SQLException e) {
                throw new WorkspaceException("import into " + workspace.file() + " failed: " + e.getMessage(), e);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            run.badRows.sort(Comparator.comparingInt((BadRow bad) -> run.fileOrder.getOrDefault(bad.file(), 0))
                    .thenComparingLong(BadRow::line));
            if (run.badRows.size() > ImportReport.MAX_LISTED) {
                run.badRows.subList(ImportReport.MAX_LISTED, run.badRows.size()).clear();
            }
            if (run.negativeRatings > 0) {
                // Some data sets rate below zero (Jester: -10 to 10); kept, but never silently.
                run.notes.add("kept " + Counts.of(run.negativeRatings, "negative rating") + " (lowest "
                        + BigDecimal.valueOf(run.lowestRating).stripTrailingZeros().toPlainString() + ")");
            }
            boolean commit = run.badRowCount == 0 || skipBad;
            if (commit) {
                try {
                    if (options.popularity() == ImportOptions.Popularity.DISTINCT_USERS) {
                        progress.update(run.totalBytes, run.totalBytes, "setting popularity from the interactions");
                        writer.setPopularityToDistinctUsers();
                    }
                } catch (SQLException e) {
                    throw new WorkspaceException("import into " + workspace.file() + " failed: " + e.getMessage(), e);
                }
                progress.update(run.totalBytes, run.totalBytes, "saving the import");
                writer.commit();
            }
            return new ImportReport(writer.itemsWritten(), writer.usersAdded(), writer.interactionsAdded(), run.badRows,
                    run.badRowCount, commit, run.notes);
        }
    }

    /** Refuses (or, with {@code replace}, removes) earlier imports of the same interactions files. */
    private void checkEarlierImports(Workspace workspace, boolean replace) throws SQLException {
        for (Map.Entry<Path, Fingerprint> entry : fingerprints.entrySet()) {
            Fingerprint print = entry.getValue();
            Optional<ImportWriter.EarlierImport> earlier = writer.findImport(print.sha256(), print.size());
            if (earlier.isEmpty()) {
                continue;
            }
            ImportWriter.EarlierImport found = earlier.get();
            if (!replace) {
                throw new AlreadyImportedException(entry.getKey().getFileName().toString(), found.fileName(), found.importedAt(),
                        found.interactions(), workspace.file().getFileName().toString());
            }
            writer.forgetImport(found);
            notes.add("replaced the import of " + found.fileName() + " made on " + found.importedAt() + " ("
                    + Counts.of(found.interactions(), "interaction") + ")");
        }
    }

    ImportWriter writer() {
        return writer;
    }

    /**
     * Opens the next file to read, strictly decoded: bytes not valid in {@code charset} stop the import with the
     * file, line and column ({@link TextFile}); a UTF-8 byte-order mark is skipped.
     */
    BufferedReader open(Path file, Charset charset) throws IOException, SQLException {
        closeCurrent();
        current = new CountingInputStream(Files.newInputStream(file));
        currentName = file.getFileName().toString();
        BufferedReader reader = TextFile.reader(current, currentName, charset);
        fileOrder.putIfAbsent(currentName, fileOrder.size());
        Fingerprint print = fingerprints.get(file.toAbsolutePath().normalize());
        if (print != null) {
            writer.beginFile(currentName, print.size(), print.sha256());
            rowKeys = new RowKeys();
        }
        return reader;
    }

    private void closeCurrent() throws IOException, SQLException {
        if (rowKeys != null) {
            resolveRepeats();
            rowKeys = null;
        }
        if (current != null) {
            finishedBytes += current.count();
            current.close();
            current = null;
        }
    }

    /** Call once per row: reports progress and stops with a {@link io.tastelab.engine.task.CancelledException} when asked. */
    void tick() {
        if ((++rows & (PROGRESS_EVERY - 1)) == 0) {
            long done = finishedBytes + (current == null ? 0 : current.count());
            progress.update(Math.min(done, totalBytes), totalBytes, "importing " + currentName);
            progress.checkCancelled();
        }
    }

    void bad(String file, long line, String reason) {
        badRowCount++;
        if (badRows.size() < ImportReport.MAX_LISTED) {
            badRows.add(new BadRow(file, line, reason));
        }
    }

    long badRowCount() {
        return badRowCount;
    }

    /** Adds or updates an item from an items file; a refused item is a bad row. */
    void item(String file, long line, Item item, long popularity, Map<String, List<String>> extra) throws SQLException {
        String problem = idProblem("item id", item.id());
        if (problem != null) {
            bad(file, line, problem);
            return;
        }
        Long first = itemLines.computeIfAbsent(file, f -> new HashMap<>()).putIfAbsent(item.id().strip(), line);
        if (first != null) {
            bad(file, line, "item id " + Quoted.of(item.id()) + " appears again (first on line " + first + ")");
            return;
        }
        try {
            writer.putItem(item, popularity, extra);
        } catch (CatalogException e) {
            bad(file, line, e.getMessage());
        }
    }

    /**
     * Interactions may name items never seen: with no items file and an empty catalog they become placeholder items
     * ("Item 42"); otherwise they are bad rows. Decided once, after any items file was read.
     */
    void placeholderCategory(String category) {
        this.placeholderCategory = category;
    }

    /** Parses and adds one interaction, or records why the row is bad. */
    void interaction(String file, long line, String user, String item, String valueText, String timestampText,
                     InteractionKind kind) throws SQLException {
        tick();
        String problem = idProblem("user id", user);
        if (problem == null) {
            problem = idProblem("item id", item);
        }
        if (problem != null) {
            bad(file, line, problem);
            return;
        }
        double value = 1.0;
        if (valueText != null) {
            if (valueText.isBlank()) {
                bad(file, line, "missing rating");
                return;
            }
            Double parsed = decimal(valueText);
            if (parsed == null || !Double.isFinite(parsed)) {
                bad(file, line, "rating " + Quoted.of(valueText) + " is not a number");
                return;
            }
            value = parsed;
            if (value < 0) {
                negativeRatings++;
                lowestRating = Math.min(lowestRating, value);
            }
        }
        Long timestamp = null;
        if (timestampText != null && !timestampText.isBlank()) {
            timestamp = parseTimestamp(timestampText.strip());
            if (timestamp == null) {
                bad(file, line, "timestamp " + Quoted.of(timestampText) + " is neither whole seconds since 1970 nor an ISO date");
                return;
            }
            if (timestamp < 0 || timestamp > MAX_TIMESTAMP) {
                bad(file, line, "timestamp " + Quoted.of(timestampText) + " is out of range: seconds from 0 (1970-01-01) to "
                        + MAX_TIMESTAMP + " (9999-12-31)" + (timestamp > MAX_TIMESTAMP && timestamp / 1000 <= MAX_TIMESTAMP
                        ? "; milliseconds? divide by 1000" : ""));
                return;
            }
        }
        String itemId = item.strip();
        long itemKey = writer.itemKey(itemId);
        if (itemKey < 0) {
            if (createUnknownItems == null) {
                createUnknownItems = !writer.hasItems();
            }
            if (!createUnknownItems) {
                bad(file, line, "unknown item id '" + itemId + "'");
                return;
            }
            try {
                itemKey = writer.addPlaceholderItem(itemId, "Item " + itemId, placeholderCategory);
            } catch (IllegalArgumentException e) {
                bad(file, line, e.getMessage());
                return;
            }
        }
        long userKey = writer.userKey(user.strip());
        if (rowKeys != null && !rowKeys.add(userKey, itemKey, timestamp)) {
            held.add(new Held(file, line, userKey, itemKey, value, timestamp, kind));
            return;
        }
        writer.addInteraction(userKey, itemKey, value, timestamp, kind);
    }

    /**
     * A file holds each (user, item, timestamp) once: a later row with the same three is a bad row (see README,
     * "Import"). Rows whose fingerprint repeated are checked exactly here, at the end of their file; the rare one
     * that only shared a fingerprint is added after all.
     */
    private void resolveRepeats() throws SQLException {
        if (held.isEmpty()) {
            return;
        }
        Set<List<Long>> wanted = new HashSet<>();
        for (Held row : held) {
            wanted.add(RowKeys.exactKey(row.userKey(), row.itemKey(), row.timestamp()));
        }
        Set<List<Long>> seen = new HashSet<>(writer.existingInCurrentFile(wanted));
        for (Held row : held) {
            if (!seen.add(RowKeys.exactKey(row.userKey(), row.itemKey(), row.timestamp()))) {
                bad(row.file(), row.line(), row.timestamp() == null
                        ? "duplicate: the same user and item as an earlier row, neither with a timestamp"
                        : "duplicate: the same user, item and timestamp as an earlier row");
            } else {
                writer.addInteraction(row.userKey(), row.itemKey(), row.value(), row.timestamp(), row.kind());
            }
        }
        held.clear();
    }

    /** The latest timestamp accepted, 9999-12-31T23:59:59Z; the earliest is 0, 1970-01-01. */
    static final long MAX_TIMESTAMP = 253_402_300_799L;

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

    /**
     * A plain decimal number ({@code 4}, {@code -0.5}, {@code 3.5e0}), surrounding spaces allowed; null for anything
     * else, including Java's own syntax that {@link Double#parseDouble} would take ({@code 4.0f}, {@code 4d},
     * {@code 0x1p2}, {@code Infinity}).
     */
    static Double decimal(String text) {
        String stripped = text.strip();
        return DECIMAL.matcher(stripped).matches() ? Double.valueOf(stripped) : null;
    }

    /** Why an id cannot be used (missing, or holding a control character such as NUL), or null when it can. */
    static String idProblem(String what, String id) {
        if (id == null || id.isBlank()) {
            return "missing " + what;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            // Tabs and line breaks can be quoted into a CSV field; NUL and the other controls are binary, not text.
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return what + " " + Quoted.of(id) + " holds a control character (" + String.format("\\u%04X", (int) c)
                        + " at position " + (i + 1) + ")";
            }
        }
        return null;
    }

    static Long parseTimestamp(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            // Not seconds; try ISO-8601 below.
        }
        try {
            return Instant.parse(text).getEpochSecond();
        } catch (DateTimeParseException e) {
            // Try a local date-time or date, read as UTC.
        }
        try {
            return LocalDateTime.parse(text.replace(' ', 'T')).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // Try a date.
        }
        try {
            return LocalDate.parse(text).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
