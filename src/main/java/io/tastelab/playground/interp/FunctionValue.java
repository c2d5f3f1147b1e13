package io.tastelab.playground.interp;

import io.tastelab.playground.lang.Expr;
import io.tastelab.playground.lang.Parameter;
import io.tastelab.playground.lang.Stmt;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A function defined with {@code def}: its syntax, its defaults (evaluated once, at definition, as in Python),
 * and the scope it closes over. Calling it runs its body in the interpreter that defined it.
 */
public final class FunctionValue implements CallableValue {

    private final Stmt.FunctionDef definition;
    private final List<Value> defaults;
    private final Scope closure;
    private final Set<String> localNames;
    private final boolean makesClosures;
    private final String source;
    private final Interpreter owner;

    FunctionValue(Stmt.FunctionDef definition, List<Value> defaults, Scope closure, String source, Interpreter owner) {
        this.definition = definition;
        this.defaults = List.copyOf(defaults);
        this.closure = closure;
        this.localNames = localNames(definition);
        this.makesClosures = makesClosures(definition.body());
        this.source = source;
        this.owner = owner;
    }

    /** The function's name. */
    public String name() {
        return definition.name();
    }

    /** The {@code def} it was made from: array code (e.g. {@code jax.jit}) may inspect it. */
    public Stmt.FunctionDef definition() {
        return definition;
    }

    /** The parameter names in order. */
    public List<String> parameterNames() {
        return definition.params().stream().map(Parameter::name).toList();
    }

    List<Value> defaults() {
        return defaults;
    }

    Scope closure() {
        return closure;
    }

    Set<String> localNames() {
        return localNames;
    }

    /** Whether the body defines a function or lambda, which could still see its locals after it returns. */
    boolean makesClosures() {
        return makesClosures;
    }

    String source() {
        return source;
    }

    @Override
    public Value call(Arguments arguments, CallContext context) {
        return owner.invoke(this, arguments);
    }

    @Override
    public String typeName() {
        return "function";
    }

    @Override
    public String repr() {
        return String.format("<function %s at 0x%012x>", definition.name(), System.identityHashCode(this));
    }

    private static boolean makesClosures(Object node) {
        if (node instanceof Stmt.FunctionDef || node instanceof Expr.Lambda) {
            return true;
        }
        if (node instanceof List<?> items) {
            return items.stream().anyMatch(FunctionValue::makesClosures);
        }
        if (node instanceof Record record) {
            for (java.lang.reflect.RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    if (makesClosures(component.getAccessor().invoke(record))) {
                        return true;
                    }
                } catch (ReflectiveOperationException unreadable) {
                    return true; // cannot tell: assume it does, which only disables an optimization
                }
            }
        }
        return false;
    }

    /** The names a body binds, which Python makes local to the whole body. */
    private static Set<String> localNames(Stmt.FunctionDef definition) {
        Set<String> names = new HashSet<>(definition.params().stream().map(Parameter::name).toList());
        addBoundNames(definition.body(), names);
        return Set.copyOf(names);
    }

    private static void addBoundNames(List<Stmt> statements, Set<String> names) {
        for (Stmt statement : statements) {
            switch (statement) {
                case Stmt.Assign assign -> assign.targets().forEach(target -> addTargetNames(target, names));
                case Stmt.AugAssign augmented -> addTargetNames(augmented.target(), names);
                case Stmt.FunctionDef nested -> names.add(nested.name());
                case Stmt.Import imports -> imports.names().forEach(alias ->
                        names.add(alias.asName() != null ? alias.asName() : alias.name().split("\\.")[0]));
                case Stmt.ImportFrom imports -> imports.names().forEach(alias ->
                        names.add(alias.asName() != null ? alias.asName() : alias.name()));
                case Stmt.If conditional -> {
                    addBoundNames(conditional.body(), names);
                    addBoundNames(conditional.orElse(), names);
                }
                default -> {
                    // binds nothing
                }
            }
        }
    }

    private static void addTargetNames(Expr target, Set<String> names) {
        switch (target) {
            case Expr.Name name -> names.add(name.id());
            case Expr.TupleExpr tuple -> tuple.elements().forEach(element -> addTargetNames(element, names));
            case Expr.ListExpr list -> list.elements().forEach(element -> addTargetNames(element, names));
            default -> {
                // attribute and subscript targets bind no name
            }
        }
    }
}
