package io.tastelab.playground.interp;

import java.util.Objects;

/**
 * A function implemented in Java: a builtin such as {@code print}, a method bound to a value such as
 * {@code list.append}, or a module function such as {@code jnp.zeros}. Immutable (its body may close over
 * mutable state, as a bound method does).
 *
 * @param name  the function's name as Python shows it
 * @param body  what a call does
 * @param owner for a bound method, what it is bound to (e.g. {@code "list object"}); null for a plain function
 * @param keepsArguments false only when a call keeps no reference to its arguments beyond what it returns (the
 *                       array functions), so that a temporary argument the result does not share is dead after
 *                       the call (see {@link ReleasableValue})
 */
public record BuiltinFunction(String name, Body body, String owner, boolean keepsArguments) implements CallableValue {

    /** What calling a builtin does. */
    @FunctionalInterface
    public interface Body {
        Value call(Arguments arguments, CallContext context);
    }

    public BuiltinFunction {
        Objects.requireNonNull(name);
        Objects.requireNonNull(body);
    }

    /** A plain (unbound) builtin. */
    public BuiltinFunction(String name, Body body) {
        this(name, body, null);
    }

    /** A builtin that may keep its arguments (the safe assumption). */
    public BuiltinFunction(String name, Body body, String owner) {
        this(name, body, owner, true);
    }

    @Override
    public Value call(Arguments arguments, CallContext context) {
        return body.call(arguments, context);
    }

    @Override
    public String typeName() {
        return "builtin_function_or_method";
    }

    @Override
    public String repr() {
        return owner == null ? "<built-in function " + name + ">" : "<built-in method " + name + " of " + owner + ">";
    }
}
