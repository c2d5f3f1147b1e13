package io.tastelab.playground.lang;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/** An expression. The records below are all the kinds there are; each is immutable. */
public sealed interface Expr extends Node {

    /** A variable reference, e.g. {@code jnp}. */
    record Name(String id, SourceSpan span) implements Expr {
        public Name {
            Objects.requireNonNull(id);
        }
    }

    /**
     * A literal: {@code value} is a {@link Long} (or {@link BigInteger} when it does not fit), a {@link Double},
     * a {@link String}, a {@code byte[]} (a bytes literal; never changed after parsing), a {@link Boolean}, or null
     * for {@code None}.
     */
    record Constant(Object value, SourceSpan span) implements Expr {
        public Constant {
            if (value != null && !(value instanceof Long || value instanceof BigInteger || value instanceof Double
                    || value instanceof String || value instanceof byte[] || value instanceof Boolean)) {
                throw new IllegalArgumentException("not a Python constant: " + value.getClass());
            }
        }

        /** True for the literal {@code None}. */
        public boolean isNone() {
            return value == null;
        }
    }

    /** An imaginary literal such as {@code 2.5j}: a complex number with zero real part. */
    record ImaginaryLiteral(double imag, SourceSpan span) implements Expr {
    }

    /** The literal {@code ...} (Python's {@code Ellipsis}). */
    record EllipsisLiteral(SourceSpan span) implements Expr {
    }

    /** A list display {@code [a, b]}. */
    record ListExpr(List<Expr> elements, SourceSpan span) implements Expr {
        public ListExpr {
            elements = List.copyOf(elements);
        }
    }

    /** A tuple {@code (a, b)} or {@code a, b}; in a subscript, {@code x[1, ::2]} has a tuple index. */
    record TupleExpr(List<Expr> elements, SourceSpan span) implements Expr {
        public TupleExpr {
            elements = List.copyOf(elements);
        }
    }

    /** {@code left op right} for arithmetic and bitwise operators. */
    record BinOp(Expr left, BinaryOperator op, Expr right, SourceSpan span) implements Expr {
    }

    /** {@code -x}, {@code +x}, {@code ~x}, {@code not x}. */
    record UnaryOp(UnaryOperator op, Expr operand, SourceSpan span) implements Expr {
    }

    /** {@code a and b and c} / {@code a or b}: short-circuit, with at least two values. */
    record BoolOp(BooleanOperator op, List<Expr> values, SourceSpan span) implements Expr {
        public BoolOp {
            values = List.copyOf(values);
        }
    }

    /** A comparison chain {@code a < b <= c}: {@code ops.size() == comparators.size() >= 1}. */
    record Compare(Expr left, List<CompareOperator> ops, List<Expr> comparators, SourceSpan span) implements Expr {
        public Compare {
            ops = List.copyOf(ops);
            comparators = List.copyOf(comparators);
            if (ops.size() != comparators.size() || ops.isEmpty()) {
                throw new IllegalArgumentException("a comparison needs one operator per comparator");
            }
        }
    }

    /** {@code body if test else orElse}. */
    record IfExp(Expr test, Expr body, Expr orElse, SourceSpan span) implements Expr {
    }

    /** {@code func(args..., name=value...)}. */
    record Call(Expr func, List<Expr> args, List<Keyword> keywords, SourceSpan span) implements Expr {
        public Call {
            args = List.copyOf(args);
            keywords = List.copyOf(keywords);
        }
    }

    /** {@code value.attr}. */
    record Attribute(Expr value, String attr, SourceSpan span) implements Expr {
    }

    /**
     * {@code value[index]}. The index is an expression, a {@link Slice}, {@link EllipsisLiteral}, or a
     * {@link TupleExpr} of those for {@code x[1, ::2, None]}.
     */
    record Subscript(Expr value, Expr index, SourceSpan span) implements Expr {
    }

    /**
     * An f-string {@code f"x = {x:.2f}"}: its parts in order, each a string {@link Constant} or a
     * {@link FormattedValue}.
     */
    record FormattedString(List<Expr> parts, SourceSpan span) implements Expr {
        public FormattedString {
            parts = List.copyOf(parts);
        }
    }

    /**
     * A replacement field of an f-string.
     *
     * @param conversion {@code ""}, {@code "r"}, {@code "s"} or {@code "a"}
     * @param formatSpec the format spec, or {@code ""}
     */
    record FormattedValue(Expr value, String conversion, String formatSpec, SourceSpan span) implements Expr {
    }

    /** {@code (target := value)}: binds the name and gives the value (an assignment expression). */
    record NamedExpr(String target, Expr value, SourceSpan span) implements Expr {
        public NamedExpr {
            Objects.requireNonNull(target);
        }
    }

    /**
     * {@code yield value}, a bare {@code yield} (value null) or {@code yield from value} ({@code delegate}): makes
     * the function around it a generator.
     */
    record Yield(Expr value, boolean delegate, SourceSpan span) implements Expr {
    }

    /** {@code lambda params: body}: an anonymous function whose body is one expression. */
    record Lambda(List<Parameter> params, Expr body, SourceSpan span) implements Expr {
        public Lambda {
            params = List.copyOf(params);
        }
    }

    /**
     * {@code *value}: unpacked into a list or tuple display or a call's positional arguments, or, as an assignment
     * target inside a tuple or list, the target that takes the remaining items as a list.
     */
    record Starred(Expr value, SourceSpan span) implements Expr {
    }

    /** A dict display {@code {k: v, ...}}. */
    record DictExpr(List<Expr> keys, List<Expr> values, SourceSpan span) implements Expr {
        public DictExpr {
            keys = List.copyOf(keys);
            values = List.copyOf(values);
            if (keys.size() != values.size()) {
                throw new IllegalArgumentException("a dict display needs one value per key");
            }
        }
    }

    /** A set display {@code {a, b}} (never empty: {@code {}} is a dict). */
    record SetExpr(List<Expr> elements, SourceSpan span) implements Expr {
        public SetExpr {
            elements = List.copyOf(elements);
        }
    }

    /** What a comprehension builds. */
    enum ComprehensionKind { LIST, SET, DICT, GENERATOR }

    /** One {@code for target in iterable if condition...} clause of a comprehension. */
    record ComprehensionClause(Expr target, Expr iterable, List<Expr> conditions, SourceSpan span) implements Node {
        public ComprehensionClause {
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * {@code [element for ...]}, {@code {element for ...}}, {@code {key: value for ...}} or {@code (element for ...)};
     * for a dict, {@code element} is the key and {@code value} the value (null otherwise). The clauses nest left
     * to right; the loop variables live in the comprehension's own scope, as in Python 3.
     */
    record Comprehension(ComprehensionKind kind, Expr element, Expr value, List<ComprehensionClause> clauses,
                         SourceSpan span) implements Expr {
        public Comprehension {
            clauses = List.copyOf(clauses);
            if (clauses.isEmpty()) {
                throw new IllegalArgumentException("a comprehension needs a for clause");
            }
        }
    }

    /** A slice {@code lower:upper:step} inside a subscript; omitted parts are null. */
    record Slice(Expr lower, Expr upper, Expr step, SourceSpan span) implements Expr {
    }
}
