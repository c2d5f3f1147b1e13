package io.tastelab.playground.lang;

/**
 * Where a token or syntax node sits in the cell's source.
 *
 * <p>Lines and columns are 1-based, as Python reports them in a {@code SyntaxError}; columns count UTF-16 chars
 * from the start of the line. The end is exclusive: the name {@code abc} at column 1 ends at column 4.
 * Immutable.
 */
public record SourceSpan(int line, int column, int endLine, int endColumn) {

    public SourceSpan {
        if (line < 1 || column < 1 || endLine < line || endColumn < 1) {
            throw new IllegalArgumentException("bad span " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
    }

    /** A span that starts where {@code first} starts and ends where {@code last} ends. */
    public static SourceSpan between(SourceSpan first, SourceSpan last) {
        return new SourceSpan(first.line, first.column, last.endLine, last.endColumn);
    }

    /** A one-character span at the given position. */
    public static SourceSpan at(int line, int column) {
        return new SourceSpan(line, column, line, column + 1);
    }

    @Override
    public String toString() {
        return line + ":" + column + "-" + endLine + ":" + endColumn;
    }
}
