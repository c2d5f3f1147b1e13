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
    private final Set<String> nonlocalNames;
    private final Scope parent;
    private final Scope globals;
    /** A class body's namespace: its names are not visible to the functions defined in it. */
    private final boolean classBody;

    private Scope(Map<String, Value> variables, Set<String> localNames, Set<String> globalNames,
            Set<String> nonlocalNames, Scope parent, boolean classBody) {
        this.variables = variables;
        this.localNames = localNames;
        this.globalNames = globalNames;
        this.nonlocalNames = nonlocalNames;
        this.parent = parent;
        this.globals = parent == null ? this : parent.globals;
        this.classBody = classBody;
    }

    /** The global scope of a session. */
    static Scope global() {
        return new Scope(new LinkedHashMap<>(), null, Set.of(), Set.of(), null, false);
    }

    /** A class body's namespace, nested in {@code parent}; it becomes the class's namespace. */
    static Scope classBody(Scope parent) {
        return new Scope(new LinkedHashMap<>(), null, Set.of(), Set.of(), parent, true);
    }

    /** The scope a function defined here closes over: this one, or for a class body the one around it. */
    Scope closureScope() {
        Scope scope = this;
        while (scope.classBody) {
            scope = scope.parent;
        }
        return scope;
    }

    /** A call's (or a comprehension's) scope, whose local names are {@code localNames}, nested in {@code parent}. */
    static Scope local(Scope parent, Set<String> localNames) {
        return local(parent, localNames, Set.of());
    }

    /** A call's scope where {@code globalNames} were declared {@code global}: they read and bind the globals. */
    static Scope local(Scope parent, Set<String> localNames, Set<String> globalNames) {
        return local(parent, localNames, globalNames, Set.of());
    }

    /** A call's scope where {@code nonlocalNames} were declared {@code nonlocal}: they bind in an enclosing call. */
    static Scope local(Scope parent, Set<String> localNames, Set<String> globalNames, Set<String> nonlocalNames) {
        return new Scope(new HashMap<>(), localNames, globalNames, nonlocalNames, parent, false);
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
        if (!nonlocalNames.isEmpty() && nonlocalNames.contains(name)) {
            enclosingOwner(name).variables.put(name, value);
            return;
        }
        variables.put(name, value);
    }

    /** The nearest enclosing function scope that binds {@code name} (a {@code nonlocal} name's home). */
    private Scope enclosingOwner(String name) {
        for (Scope scope = parent; scope != null && scope != globals; scope = scope.parent) {
            if (scope.localNames != null && scope.localNames.contains(name) || scope.variables.containsKey(name)) {
                return scope;
            }
        }
        throw PlaygroundError.of("SyntaxError", "no binding for nonlocal '" + name + "' found");
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
