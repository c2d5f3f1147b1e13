package io.tastelab.playground.interp;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of running a cell: one output per top-level statement that ran, in order. A cell stops at its
 * first error, as a notebook cell does; a syntax error means no statement ran. Immutable.
 *
 * @param outputs     the statements' outputs
 * @param syntaxError the cell's syntax error (as a {@code SyntaxError}/{@code IndentationError}), or null
 */
public record CellResult(List<StatementOutput> outputs, PlaygroundError syntaxError) {

    public CellResult {
        outputs = List.copyOf(outputs);
    }

    /**
     * The cell's result, notebook-style: the value of its last statement when that is an expression statement
     * that ran without error and gave something other than None.
     */
    public Optional<Value> result() {
        if (outputs.isEmpty() || error().isPresent()) {
            return Optional.empty();
        }
        return outputs.getLast().shownValue();
    }

    /** The error that stopped the cell, if any: a syntax error or a statement's error. */
    public Optional<PlaygroundError> error() {
        if (syntaxError != null) {
            return Optional.of(syntaxError);
        }
        return outputs.stream().map(StatementOutput::error).filter(e -> e != null).findFirst();
    }

    /**
     * The outputs with the last one's value not shown when the cell's code ends with {@code ;} (before a trailing
     * comment), IPython's rule for {@code f(1.0);}: the statement runs and prints, its value is not displayed.
     */
    public static List<StatementOutput> quietIfSemicolon(List<StatementOutput> outputs, String source) {
        if (outputs.isEmpty() || outputs.getLast().value() == null
                || !followedBySemicolon(outputs.getLast().span(), source)) {
            return outputs;
        }
        StatementOutput last = outputs.getLast();
        List<StatementOutput> quiet = new java.util.ArrayList<>(outputs.subList(0, outputs.size() - 1));
        quiet.add(new StatementOutput(last.span(), last.stdout(), null, last.error(), last.timing()));
        return quiet;
    }

    /** Whether the text after {@code span} (the cell's last statement) starts with ';'. */
    private static boolean followedBySemicolon(io.tastelab.playground.lang.SourceSpan span, String source) {
        String[] lines = source.split("\n", -1);
        if (span == null || span.endLine() > lines.length) {
            return false;
        }
        String line = lines[span.endLine() - 1];
        int from = Math.min(line.length(), span.endColumn() - 1);
        return line.substring(from).stripLeading().startsWith(";");
    }

    /** Everything the cell printed, in order. */
    public String stdout() {
        return outputs.stream().map(StatementOutput::stdout).collect(Collectors.joining());
    }
}
