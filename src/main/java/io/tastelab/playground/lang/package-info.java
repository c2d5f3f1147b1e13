/**
 * The playground's language: a Python subset, read by a hand-written {@link io.tastelab.playground.lang.Lexer}
 * and recursive-descent {@link io.tastelab.playground.lang.Parser} into an immutable syntax tree
 * ({@link io.tastelab.playground.lang.Module}, {@link io.tastelab.playground.lang.Stmt},
 * {@link io.tastelab.playground.lang.Expr}) whose nodes carry their {@link io.tastelab.playground.lang.SourceSpan}.
 *
 * <p>Syntax errors are {@link io.tastelab.playground.lang.PlaygroundSyntaxError}s with CPython 3.11's messages and
 * a {@code render()} in Python's format; nothing else is thrown, whatever the input.
 * {@link io.tastelab.playground.lang.ReplInput} tells a line-by-line REPL when a statement is complete.
 *
 * <p>This package knows nothing of evaluation; {@code io.tastelab.playground.interp} does that.
 */
package io.tastelab.playground.lang;
