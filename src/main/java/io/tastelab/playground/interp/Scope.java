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
    private final Set<String> globalNames;
    private final Scope parent;
    private final Scope globals;

    private Scope(Map<String, Value> variables, Set<String> localNames, Set<String> globalNames, Scope parent) {
        this.variables = variables;
        this.localNames = localNames;
        this.globalNames = globalNames;
        this.parent = parent;
        this.globals = parent == null ? this : parent.globals;
    }

    /** The global scope of a session. */
    static Scope global() {
        return new Scope(new LinkedHashMap<>(), null, Set.of(), null);
    }

    /** A call's (or a comprehension's) scope, whose local names are {@code localNames}, nested in {@code parent}. */
    static Scope local(Scope parent, Set<String> localNames) {
        return local(parent, localNames, Set.of());
    }

    /** A call's scope where {@code globalNames} were declared {@code global}: they read and bind the globals. */
    static Scope local(Scope parent, Set<String> localNames, Set<String> globalNames) {
        return new Scope(new HashMap<>(), localNames, globalNames, parent);
    }

    Map<String, Value> variables() {
        return variables;
    }

    /** True if {@code name} is declared {@code global} in this scope. */
    boolean isGlobalName(String name) {
        return !globalNames.isEmpty() && globalNames.contains(name);
    }

    void assign(String name, Value value) {
        if (!globalNames.isEmpty() && globalNames.contains(name)) {
            globals.variables.put(name, value);
            return;
        }
        variables.put(name, value);
    }

    /** {@code del name}: unbinds it here (or among the globals, where it was declared global). */
    void delete(String name) {
        Scope owner = !globalNames.isEmpty() && globalNames.contains(name) ? globals : this;
        if (owner.variables.remove(name) == null) {
            throw PlaygroundError.nameError(name);
        }
    }

    /** The value of {@code name} here, in enclosing scopes, or among {@code builtins}. */
    Value lookup(String name, Map<String, Value> builtins) {
        Scope start = !globalNames.isEmpty() && globalNames.contains(name) ? globals : this;
        for (Scope scope = start; scope != null; scope = scope.parent) {
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
