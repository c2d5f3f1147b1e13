package io.tastelab.playground.lang;

/** A node of the syntax tree. Every node knows where it came from in the cell's source. */
public sealed interface Node permits Expr, Stmt, Module, Keyword, Alias, Parameter, Expr.ComprehensionClause {

    /** Where the node's source text starts and ends. */
    SourceSpan span();
}
