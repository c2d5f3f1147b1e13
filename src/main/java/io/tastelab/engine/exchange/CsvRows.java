package io.tastelab.engine.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A CSV file with a header, read with Commons CSV (quoted fields with commas and newlines work). */
final class CsvRows implements AutoCloseable, Iterable<CSVRecord> {

    private final CSVParser parser;
    private final String name;

    CsvRows(Reader reader, String name, char delimiter, List<String> requiredColumns) throws IOException {
        this.name = name;
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try {
            this.parser = CSVParser.parse(reader, format);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof TextFile.MalformedTextException malformed) {
                throw malformed;
            }
            throw new IOException(malformed(name, 1, e.getCause()), e);
        } catch (IllegalArgumentException e) {
            String detail = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new IOException(name + ":1: cannot read the header: " + (detail.length() > 200 ? detail.substring(0, 200) + "…" : detail), e);
        }
        for (String column : requiredColumns) {
            if (column != null && !parser.getHeaderMap().containsKey(column)) {
                String header = String.join(", ", parser.getHeaderNames());
                throw new IOException(name + ":1: missing column " + Quoted.of(column) + " (the header has "
                        + (header.length() > Quoted.MAX_SHOWN ? Quoted.of(header) : header) + ")");
            }
        }
    }

    Map<String, Integer> header() {
        return parser.getHeaderMap();
    }

    /** The line a record ends on. */
    long line(CSVRecord record) {
        return record.getParser().getCurrentLineNumber();
    }

    @Override
    public Iterator<CSVRecord> iterator() {
        Iterator<CSVRecord> inner = parser.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return inner.hasNext();
                } catch (UncheckedIOException e) {
                    throw wrap(e);
                }
            }

            @Override
            public CSVRecord next() {
                CSVRecord record;
                try {
                    record = inner.next();
                } catch (UncheckedIOException e) {
                    throw wrap(e);
                }
                return record;
            }
        };
    }

    private UncheckedIOException wrap(UncheckedIOException e) {
        if (e.getCause() instanceof TextFile.MalformedTextException) {
            return e; // says file, line and column already
        }
        return new UncheckedIOException(new IOException(malformed(name, parser.getCurrentLineNumber() + 1, e.getCause()), e.getCause()));
    }

    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");
    private static final Pattern AT_LINE = Pattern.compile("line:? (\\d+)");

    /**
     * Commons CSV's errors in plain words with the line they are about: an unclosed quote names the line where
     * the quoted field starts (Commons says "(startline 2) EOF reached before encapsulated token finished").
     */
    static String malformed(String name, long currentLine, Throwable cause) {
        String message = cause == null || cause.getMessage() == null ? "unreadable CSV" : cause.getMessage();
        Matcher start = START_LINE.matcher(message);
        if (message.contains("EOF reached before encapsulated token finished") && start.find()) {
            return name + ":" + start.group(1) + ": unclosed quote: the quoted field that starts on this line does not end "
                    + "before the end of the file";
        }
        Matcher at = AT_LINE.matcher(message);
        long line = start.find(0) ? Long.parseLong(start.group(1)) : at.find() ? Long.parseLong(at.group(1)) : currentLine;
        if (message.contains("between encapsulated token and delimiter")) {
            return name + ":" + line + ": text after a closing quote; a quote inside a quoted field is written twice (\"\")";
        }
        String plain = message.replaceFirst("^\\(startline \\d+\\)\\s*", "");
        return name + ":" + line + ": " + (plain.length() > 200 ? plain.substring(0, 200) + "…" : plain);
    }

    /** The field, or {@code null} when the column is absent or the record too short. */
    static String get(CSVRecord record, String column) {
        if (column == null || !record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        return record.get(column);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
