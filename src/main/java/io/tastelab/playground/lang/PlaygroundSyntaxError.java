package io.tastelab.playground.lang;

import java.util.Objects;

/**
 * A syntax error in a cell, reported the way Python reports it: a kind ({@code SyntaxError} or
 * {@code IndentationError}), a message in Python's words, and the position of the offending spot.
 *
 * <p>The lexer and parser throw nothing else, whatever the input. Immutable.
 */
public final class PlaygroundSyntaxError extends RuntimeException {

    /** The Python exception name for ordinary syntax errors. */
    public static final String SYNTAX_ERROR = "SyntaxError";
    /** The Python exception name for indentation errors. */
    public static final String INDENTATION_ERROR = "IndentationError";

    private final String kind;
    private final String pythonMessage;
    private final SourceSpan span;
    private final String sourceLine;

    /**
     * @param kind          {@link #SYNTAX_ERROR} or {@link #INDENTATION_ERROR}
     * @param pythonMessage the message after the colon, e.g. {@code invalid syntax}
     * @param span          the offending spot; the caret goes under its start (or under its whole length on one line)
     * @param sourceLine    the text of the line the error is on, without its line break
     */
    public PlaygroundSyntaxError(String kind, String pythonMessage, SourceSpan span, String sourceLine) {
        super(kind + ": " + pythonMessage + " (line " + span.line() + ", column " + span.column() + ")", null, false, false);
        this.kind = Objects.requireNonNull(kind);
        this.pythonMessage = Objects.requireNonNull(pythonMessage);
        this.span = Objects.requireNonNull(span);
        this.sourceLine = Objects.requireNonNull(sourceLine);
    }

    /** {@code SyntaxError} or {@code IndentationError}. */
    public String kind() {
        return kind;
    }

    /** The message in Python's words, without the kind, e.g. {@code '(' was never closed}. */
    public String pythonMessage() {
        return pythonMessage;
    }

    /** 1-based line of the offending spot. */
    public int line() {
        return span.line();
    }

    /** 1-based column of the offending spot. */
    public int column() {
        return span.column();
    }

    public SourceSpan span() {
        return span;
    }

    /** The source line the error is on. */
    public String sourceLine() {
        return sourceLine;
    }

    /**
     * Python's report of this error, e.g.
     * <pre>
     *   File "&lt;cell&gt;", line 2
     *     y = (1 +
     *         ^
     * SyntaxError: '(' was never closed
     * </pre>
     */
    public String render() {
        return render("<cell>");
    }

    /** As {@link #render()}, naming the source {@code fileName} instead of {@code <cell>}. */
    public String render(String fileName) {
        int caretWidth = span.endLine() == span.line() ? Math.max(1, span.endColumn() - span.column()) : 1;
        return "  File \"" + fileName + "\", line " + span.line() + "\n"
                + SourceExcerpt.caretLines(sourceLine, span.column(), caretWidth)
                + kind + ": " + pythonMessage + "\n";
    }
}
