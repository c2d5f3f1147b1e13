package io.tastelab.playground.lang;

/** Renders a source line with carets under a spot, as Python's tracebacks do. */
public final class SourceExcerpt {

    private SourceExcerpt() {
    }

    /**
     * The line, stripped of its indentation and indented by four spaces, and under it carets from
     * {@code column} (1-based) for {@code width} characters. Each output line ends with a line break.
     */
    public static String caretLines(String sourceLine, int column, int width) {
        String line = stripLineBreak(sourceLine);
        int indentation = 0;
        while (indentation < line.length() && Character.isWhitespace(line.charAt(indentation))) {
            indentation++;
        }
        String shown = line.substring(indentation).stripTrailing();
        int offset = Math.max(0, column - 1 - indentation);
        if (offset > shown.length()) {
            offset = shown.length();
        }
        int carets = Math.max(1, Math.min(width, Math.max(1, shown.length() - offset)));
        return "    " + shown + "\n" + "    " + " ".repeat(offset) + "^".repeat(carets) + "\n";
    }

    /** Line {@code line} (1-based) of {@code source}, or the empty string if there is no such line. */
    public static String lineOf(String source, int line) {
        int start = 0;
        for (int current = 1; current < line; current++) {
            int next = nextLineStart(source, start);
            if (next < 0) {
                return "";
            }
            start = next;
        }
        int end = start;
        while (end < source.length() && source.charAt(end) != '\n' && source.charAt(end) != '\r') {
            end++;
        }
        return source.substring(start, end);
    }

    private static int nextLineStart(String source, int from) {
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < source.length() && source.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return -1;
    }

    private static String stripLineBreak(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }
}
