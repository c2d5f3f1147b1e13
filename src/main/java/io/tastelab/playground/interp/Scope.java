package io.tastelab.playground.interp;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A namespace: the session's globals, or one call's locals. A function scope knows which names are local to
 * it (Python decides that at compile time: any name the body assigns), so reading one before it is assigned
 * is an {@code UnboundLocalError}, not a read of the global. Not thread-safe.
 */
final class Scope {

    private final Map<String, Value> variables;
    private final Set<String> localNames;
    private final Scope parent;

    private Scope(Map<String, Value> variables, Set<String> localNames, Scope parent) {
        this.variables = variables;
        this.localNames = localNames;
        this.parent = parent;
    }

    /** The global scope of a session. */
    static Scope global() {
        return new Scope(new LinkedHashMap<>(), null, null);
    }

    /** A call's scope, whose local names are {@code localNames}, nested in {@code parent}. */
    static Scope local(Scope parent, Set<String> localNames) {
        return new Scope(new HashMap<>(), localNames, parent);
    }

    Map<String, Value> variables() {
        return variables;
    }

    void assign(String name, Value value) {
        variables.put(name, value);
    }

    /** The value of {@code name} here, in enclosing scopes, or among {@code builtins}. */
    Value lookup(String name, Map<String, Value> builtins) {
        for (Scope scope = this; scope != null; scope = scope.parent) {
            Value value = scope.variables.get(name);
            if (value != null) {
                return value;
            }
            if (scope.localNames != null && scope.localNames.contains(name)) {
                if (scope == this) {
                    throw PlaygroundError.of("UnboundLocalError", "cannot access local variable '" + name
                            + "' where it is not associated with a value");
                }
                throw PlaygroundError.nameError("cannot access free variable '" + name
                        + "' where it is not associated with a value in enclosing scope");
            }
        }
        Value builtin = builtins.get(name);
        if (builtin == null) {
            throw PlaygroundError.nameError(name);
        }
        return builtin;
    }
}
