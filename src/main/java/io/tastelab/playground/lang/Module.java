package io.tastelab.playground.lang;

import java.util.List;

/** A parsed cell: its top-level statements in order. Immutable. */
public record Module(List<Stmt> body, SourceSpan span) implements Node {
    public Module {
        body = List.copyOf(body);
    }
}
