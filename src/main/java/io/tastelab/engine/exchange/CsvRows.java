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
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new IOException(name + ":1: cannot read the header: " + e.getMessage(), e);
        }
        for (String column : requiredColumns) {
            if (column != null && !parser.getHeaderMap().containsKey(column)) {
                throw new IOException(name + ":1: missing column '" + column + "' (the header has "
                        + String.join(", ", parser.getHeaderNames()) + ")");
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
                for (String value : record.values()) {
                    if (value.indexOf('\uFFFD') >= 0) {
                        throw new UncheckedIOException(new IOException(name + ":" + line(record) + ": the file is not valid UTF-8 text"));
                    }
                }
                return record;
            }
        };
    }

    private UncheckedIOException wrap(UncheckedIOException e) {
        long line = parser.getCurrentLineNumber() + 1;
        return new UncheckedIOException(new IOException(name + ":" + line + ": " + e.getCause().getMessage(), e.getCause()));
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
