package io.tastelab.playground.lang;

import java.util.List;
import java.util.Objects;

/** A statement. The records below are all the kinds there are; each is immutable. */
public sealed interface Stmt extends Node {

    /** {@code import numpy as np, jax}. */
    record Import(List<Alias> names, SourceSpan span) implements Stmt {
        public Import {
            names = List.copyOf(names);
        }
    }

    /** {@code from jax import random as r}. */
    record ImportFrom(String module, List<Alias> names, SourceSpan span) implements Stmt {
        public ImportFrom {
            Objects.requireNonNull(module);
            names = List.copyOf(names);
        }
    }

    /**
     * {@code a = b = value}. Each target is a {@link Expr.Name}, {@link Expr.Attribute}, {@link Expr.Subscript},
     * or a {@link Expr.TupleExpr} / {@link Expr.ListExpr} of targets (unpacking).
     */
    record Assign(List<Expr> targets, Expr value, SourceSpan span) implements Stmt {
        public Assign {
            targets = List.copyOf(targets);
        }
    }

    /** {@code target op= value}; the target is a name, attribute or subscript. */
    record AugAssign(Expr target, BinaryOperator op, Expr value, SourceSpan span) implements Stmt {
    }

    /** An expression on its own line; in a notebook cell, the last one's value is shown. */
    record ExprStatement(Expr value, SourceSpan span) implements Stmt {
    }

    /** {@code def name(params): body}. */
    record FunctionDef(String name, List<Parameter> params, List<Stmt> body, SourceSpan span) implements Stmt {
        public FunctionDef {
            params = List.copyOf(params);
            body = List.copyOf(body);
        }
    }

    /**
     * {@code class Name(bases, keywords): body}. The body runs once, in the class's own namespace; decorators are
     * applied by a following {@link Assign}, as for functions.
     */
    record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, SourceSpan span)
            implements Stmt {
        public ClassDef {
            Objects.requireNonNull(name);
            bases = List.copyOf(bases);
            keywords = List.copyOf(keywords);
            body = List.copyOf(body);
        }
    }

    /** {@code with a as x, b: body}: each item's context manager is entered in order and exited in reverse. */
    record With(List<WithItem> items, List<Stmt> body, SourceSpan span) implements Stmt {
        public With {
            items = List.copyOf(items);
            body = List.copyOf(body);
        }
    }

    /** One {@code with} item: the context manager expression and the {@code as} target (null without one). */
    record WithItem(Expr context, Expr target) {
        public WithItem {
            Objects.requireNonNull(context);
        }
    }

    /**
     * {@code target: annotation = value}; value is null for a bare declaration ({@code a: int} in a class body,
     * which a NamedTuple or dataclass reads as a field). The annotation is kept as written and not evaluated, as
     * under {@code from __future__ import annotations}.
     */
    record AnnAssign(Expr target, Expr annotation, Expr value, SourceSpan span) implements Stmt {
        public AnnAssign {
            Objects.requireNonNull(target);
            Objects.requireNonNull(annotation);
        }
    }

    /**
     * {@code @d1 @d2 def/class name ...}: the decorators are evaluated first, then the definition runs, then
     * {@code name = d1(d2(name))} is bound, in Python's order.
     */
    record Decorated(List<Expr> decorators, Stmt definition, String name, SourceSpan span) implements Stmt {
        public Decorated {
            decorators = List.copyOf(decorators);
            Objects.requireNonNull(definition);
            Objects.requireNonNull(name);
        }
    }

    /** {@code return value}; value is null for a bare {@code return}. */
    record Return(Expr value, SourceSpan span) implements Stmt {
    }

    /** {@code if test: body else: orElse}; an {@code elif} is an {@code If} alone in {@code orElse}. */
    record If(Expr test, List<Stmt> body, List<Stmt> orElse, SourceSpan span) implements Stmt {
        public If {
            body = List.copyOf(body);
            orElse = List.copyOf(orElse);
        }
    }

    /** {@code assert test, message}; message is null when omitted. */
    record Assert(Expr test, Expr message, SourceSpan span) implements Stmt {
    }

    /**
     * {@code for target in iterable: body else: orElse}; the target is a name, or a tuple or list of targets
     * (unpacking). {@code orElse} runs when the loop ends without {@code break}.
     */
    record For(Expr target, Expr iterable, List<Stmt> body, List<Stmt> orElse, SourceSpan span) implements Stmt {
        public For {
            body = List.copyOf(body);
            orElse = List.copyOf(orElse);
        }
    }

    /** {@code while test: body else: orElse}; {@code orElse} runs when the test turns false (no {@code break}). */
    record While(Expr test, List<Stmt> body, List<Stmt> orElse, SourceSpan span) implements Stmt {
        public While {
            body = List.copyOf(body);
            orElse = List.copyOf(orElse);
        }
    }

    /** {@code break}. */
    record Break(SourceSpan span) implements Stmt {
    }

    /** {@code continue}. */
    record Continue(SourceSpan span) implements Stmt {
    }

    /**
     * {@code try: body except T as name: ... else: orElse finally: finalBody}; {@code handlers} may be empty
     * only when there is a {@code finally}.
     */
    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orElse, List<Stmt> finalBody, SourceSpan span)
            implements Stmt {
        public Try {
            body = List.copyOf(body);
            handlers = List.copyOf(handlers);
            orElse = List.copyOf(orElse);
            finalBody = List.copyOf(finalBody);
        }
    }

    /**
     * One {@code except} clause: {@code type} is the exception type (or tuple of types) to catch, null for a bare
     * {@code except:}; {@code name} is the {@code as} name or null.
     */
    record ExceptHandler(Expr type, String name, List<Stmt> body, SourceSpan span) {
        public ExceptHandler {
            body = List.copyOf(body);
        }
    }

    /** {@code raise exception}, or a bare {@code raise} (exception null) that re-raises the one being handled. */
    record Raise(Expr exception, SourceSpan span) implements Stmt {
    }

    /** {@code del a, b[i]}: each target is a name, subscript or attribute, or a tuple or list of them. */
    record Delete(List<Expr> targets, SourceSpan span) implements Stmt {
        public Delete {
            targets = List.copyOf(targets);
        }
    }

    /** {@code nonlocal a, b}: inside a nested function, these names refer to the enclosing function's locals. */
    record Nonlocal(List<String> names, SourceSpan span) implements Stmt {
        public Nonlocal {
            names = List.copyOf(names);
        }
    }

    /** {@code global a, b}: inside a function, these names refer to the session's globals. */
    record Global(List<String> names, SourceSpan span) implements Stmt {
        public Global {
            names = List.copyOf(names);
        }
    }

    /** {@code pass}. */
    record Pass(SourceSpan span) implements Stmt {
    }

    /**
     * The IPython line magic {@code %timeit [-n LOOPS] [-r REPEATS] EXPR}.
     *
     * @param expressionSource the expression as typed, for the report
     * @param loops            loops per run, or 0 to choose automatically as IPython does
     * @param repeats          runs, or 0 for IPython's default of 7
     */
    record Timeit(Expr expression, String expressionSource, int loops, int repeats, SourceSpan span) implements Stmt {
    }
}
