package io.tastelab.engine.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;

/** Reads a text file line by line, knowing the line number (bytes not valid text are reported by {@link TextFile}). */
final class LineSource implements AutoCloseable {

    private final BufferedReader reader;
    private final String name;
    private final Charset charset;
    private long line;

    LineSource(BufferedReader reader, String name, Charset charset) {
        this.reader = reader;
        this.name = name;
        this.charset = charset;
    }

    /** The next line, or {@code null} at the end. */
    String next() throws IOException {
        String text = reader.readLine();
        if (text != null) {
            line++;
        }
        return text;
    }

    long line() {
        return line;
    }

    String name() {
        return name;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Splits on a literal separator (one or more characters), keeping empty fields. */
    static String[] split(String text, String separator, int expected) {
        String[] fields = new String[Math.max(expected, 1)];
        int count = 0;
        int start = 0;
        while (true) {
            int at = text.indexOf(separator, start);
            String field = at < 0 ? text.substring(start) : text.substring(start, at);
            if (count == fields.length) {
                fields = java.util.Arrays.copyOf(fields, fields.length * 2);
            }
            fields[count++] = field;
            if (at < 0) {
                break;
            }
            start = at + separator.length();
        }
        return count == fields.length ? fields : java.util.Arrays.copyOf(fields, count);
    }
}
