package io.tastelab.playground.interp;

import io.tastelab.playground.lang.PlaygroundSyntaxError;
import io.tastelab.playground.lang.SourceExcerpt;
import io.tastelab.playground.lang.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Python exception raised while running a cell: its Python type name ({@code NameError}, {@code TypeError},
 * {@code IndexError}, ...), its message in Python's (or NumPy's) words, and where it happened.
 *
 * <p>Code that implements values (the array layer included) throws these with the factories below and no
 * position; the interpreter attaches the position of the innermost syntax node that was being evaluated, and a
 * traceback frame for each user function the error passes through. Mutable only while it propagates.
 */
public final class PlaygroundError extends RuntimeException {

    /** A frame of the traceback: a user function, where in it the error happened, and that function's source. */
    public record TraceFrame(String functionName, SourceSpan span, String source) {
    }

    private final String type;
    private final String pythonMessage;
    private SourceSpan span;
    private String source;
    private final List<TraceFrame> innerFrames = new ArrayList<>();
    /** The user exception object raised ({@code raise MyError(...)}), or null for the builtin types. */
    private Value exception;
    /** A generator's return value, carried by its StopIteration; null otherwise. */
    private Value stopValue;
    /** Printed under the headline, as Python prints an exception's notes (PEP 678); null for none. */
    private String note;
    /** Set for the playground's own stops (step and time limits, Cancel), which no {@code except} may catch. */
    private boolean stopsCell;

    private PlaygroundError(String type, String pythonMessage) {
        this(type, pythonMessage, null);
    }

    private PlaygroundError(String type, String pythonMessage, Throwable cause) {
        super(type + ": " + pythonMessage, cause, false, cause != null);
        this.type = Objects.requireNonNull(type);
        this.pythonMessage = Objects.requireNonNull(pythonMessage);
    }

    /** An exception of any Python type, e.g. {@code of("KeyError", "'x'")}. */
    public static PlaygroundError of(String type, String message) {
        return new PlaygroundError(type, message);
    }

    /**
     * A stop the cell must not survive: a limit of the playground or Cancel. {@code except} clauses, bare ones
     * included, let it pass, so a loop inside {@code try} still ends.
     */
    public static PlaygroundError stop(String type, String message) {
        PlaygroundError error = new PlaygroundError(type, message);
        error.stopsCell = true;
        return error;
    }

    /** A {@code StopIteration} that carries a generator's return value (its {@code .value}). */
    static PlaygroundError stopIteration(Value returned) {
        PlaygroundError error = of("StopIteration", returned == NoneValue.INSTANCE ? "" : returned.str());
        error.stopValue = returned;
        return error;
    }

    /** The return value a generator's {@code StopIteration} carries, or null. */
    Value stopValue() {
        return stopValue;
    }

    /** This error, raised as the user exception object {@code exception}; returns this. */
    PlaygroundError withException(Value exception) {
        this.exception = exception;
        return this;
    }

    /** The user exception object raised, or null for an exception of a builtin type. */
    Value exception() {
        return exception;
    }

    /** True for {@link #stop} errors. */
    public boolean stopsCell() {
        return stopsCell;
    }

    public static PlaygroundError typeError(String message) {
        return of("TypeError", message);
    }

    public static PlaygroundError valueError(String message) {
        return of("ValueError", message);
    }

    public static PlaygroundError indexError(String message) {
        return of("IndexError", message);
    }

    public static PlaygroundError nameError(String name) {
        return of("NameError", "name '" + name + "' is not defined");
    }

    public static PlaygroundError attributeError(String message) {
        return of("AttributeError", message);
    }

    public static PlaygroundError zeroDivisionError(String message) {
        return of("ZeroDivisionError", message);
    }

    public static PlaygroundError overflowError(String message) {
        return of("OverflowError", message);
    }

    public static PlaygroundError importError(String message) {
        return of("ImportError", message);
    }

    /** CPython's error for a module that is not there (an ImportError, as {@code except ImportError} expects). */
    public static PlaygroundError moduleNotFoundError(String message) {
        return of("ModuleNotFoundError", message);
    }

    public static PlaygroundError memoryError(String message) {
        return of("MemoryError", message);
    }

    public static PlaygroundError recursionError() {
        return of("RecursionError", "maximum recursion depth exceeded");
    }

    /**
     * A bug or resource failure below the language (an exception from Java code that should have raised a Python
     * error), reported as Python reports its own internal errors, with the cause kept for logs.
     */
    public static PlaygroundError internalError(Throwable cause) {
        if (cause instanceof OutOfMemoryError) {
            return new PlaygroundError("MemoryError", "the playground ran out of memory", cause);
        }
        return new PlaygroundError("SystemError", "internal error in the playground: " + cause, cause);
    }

    /** Converts a syntax error so that a cell's outcome has one error type. */
    public static PlaygroundError fromSyntaxError(PlaygroundSyntaxError error, String source) {
        PlaygroundError converted = of(error.kind(), error.pythonMessage());
        converted.span = error.span();
        converted.source = source;
        return converted;
    }

    /** The Python exception name, e.g. {@code ZeroDivisionError}. */
    public String type() {
        return type;
    }

    /** The message after the colon, e.g. {@code division by zero}. */
    public String pythonMessage() {
        return pythonMessage;
    }

    /**
     * Where in the cell the error surfaced: the innermost node of the top-level code being run. Empty only if the
     * error never passed through the interpreter.
     */
    public Optional<SourceSpan> span() {
        return Optional.ofNullable(span);
    }

    /** 1-based line of {@link #span()}, or 0 when unknown. */
    public int line() {
        return span == null ? 0 : span.line();
    }

    /** 1-based column of {@link #span()}, or 0 when unknown. */
    public int column() {
        return span == null ? 0 : span.column();
    }

    /** The frames inside user functions, outermost first (empty when the error happened in top-level code). */
    public List<TraceFrame> frames() {
        return innerFrames.reversed();
    }

    /** Sets the position if none is set yet: the innermost node wins. Returns this error. */
    PlaygroundError at(SourceSpan where, String sourceText) {
        if (span == null) {
            span = where;
            source = sourceText;
        }
        return this;
    }

    /** The error leaves user function {@code functionName}: its position becomes a traceback frame. */
    void leaveFunction(String functionName) {
        if (span != null) {
            innerFrames.add(new TraceFrame(functionName, span, source));
        }
        span = null;
        source = null;
    }

    /**
     * Adds a line that the traceback prints under the headline, as Python prints {@code add_note}'s notes: advice
     * of the playground's own that leaves the message itself Python's.
     */
    public PlaygroundError withNote(String text) {
        note = text;
        return this;
    }

    /** The note under the headline, if any. */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** {@code Type: message}, as the last line of a Python traceback. */
    public String headline() {
        return pythonMessage.isEmpty() ? type : type + ": " + pythonMessage;
    }

    /**
     * Python's traceback: the cell's line with carets under the failing expression, a frame per user function,
     * and the headline. Syntax errors render without the "Traceback" header, as in Python.
     */
    public String render() {
        StringBuilder text = new StringBuilder();
        boolean syntax = type.equals("SyntaxError") || type.equals("IndentationError");
        if (!syntax) {
            text.append("Traceback (most recent call last):\n");
        }
        if (span != null) {
            appendFrame(text, syntax ? null : "<module>", span, source);
        }
        // As Python does, a frame repeated more than three times in a row is shown three times and counted.
        List<TraceFrame> frames = frames();
        for (int i = 0; i < frames.size(); ) {
            TraceFrame frame = frames.get(i);
            int run = 1;
            while (i + run < frames.size() && frames.get(i + run).equals(frame)) {
                run++;
            }
            for (int shown = 0; shown < Math.min(run, 3); shown++) {
                appendFrame(text, frame.functionName(), frame.span(), frame.source());
            }
            if (run > 3) {
                text.append("  [Previous line repeated ").append(run - 3).append(" more time")
                        .append(run - 3 == 1 ? "" : "s").append("]\n");
            }
            i += run;
        }
        text.append(headline()).append('\n');
        if (note != null) {
            text.append(note).append('\n');
        }
        return text.toString();
    }

    private static void appendFrame(StringBuilder text, String function, SourceSpan where, String source) {
        text.append("  File \"<cell>\", line ").append(where.line());
        if (function != null) {
            text.append(", in ").append(function);
        }
        text.append('\n');
        if (source != null) {
            String line = SourceExcerpt.lineOf(source, where.line());
            int width = where.endLine() == where.line() ? where.endColumn() - where.column() : line.length();
            text.append(SourceExcerpt.caretLines(line, where.column(), width));
        }
    }
}
