package io.tastelab.playground.interp;

import io.tastelab.playground.lang.SourceSpan;
import java.util.Optional;

/**
 * What one top-level statement of a cell produced. Immutable.
 *
 * @param span   the statement's position in the cell
 * @param stdout what it printed (empty if nothing)
 * @param value  for an expression statement, its value unless it is None (the REPL shows nothing for None);
 *               otherwise null
 * @param error  the error it raised, or null
 * @param timing the report of a {@code %timeit} statement, or null
 */
public record StatementOutput(SourceSpan span, String stdout, Value value, PlaygroundError error, TimeitReport timing) {

    /** The shown value, if any. */
    public Optional<Value> shownValue() {
        return Optional.ofNullable(value);
    }

    /** True if the statement raised an error. */
    public boolean failed() {
        return error != null;
    }
}
