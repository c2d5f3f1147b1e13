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
public final class FunctionValue implements CallableValue, AttributeDispatch {

    private final Stmt.FunctionDef definition;
    private final List<Value> defaults;
    private final Scope closure;
    private final Set<String> localNames;
    private final Set<String> globalNames;
    private final boolean simpleParameters;
    private final boolean makesClosures;
    private final boolean generator;
    private final Set<String> nonlocalNames;
    private final String source;
    private final Interpreter owner;
    /** Python's {@code __qualname__}: {@code Foo.method} once a class body has defined it. */
    private String qualifiedName;
    private ClassValue definingClass;
    private java.util.Map<String, Value> attributes;

    FunctionValue(Stmt.FunctionDef definition, List<Value> defaults, Scope closure, String source, Interpreter owner) {
        this.definition = definition;
        this.defaults = List.copyOf(defaults);
        this.closure = closure;
        Set<String> declaredGlobal = new HashSet<>();
        addGlobalNames(definition.body(), declaredGlobal);
        this.globalNames = Set.copyOf(declaredGlobal);
        Set<String> declaredNonlocal = new HashSet<>();
        addNonlocalNames(definition.body(), declaredNonlocal);
        this.nonlocalNames = Set.copyOf(declaredNonlocal);
        Set<String> locals = new HashSet<>(localNames(definition));
        locals.removeAll(declaredGlobal);
        locals.removeAll(declaredNonlocal);
        this.localNames = Set.copyOf(locals);
        this.simpleParameters = definition.params().stream()
                .allMatch(parameter -> parameter.kind() == Parameter.Kind.POSITIONAL_OR_KEYWORD);
        this.makesClosures = makesClosures(definition.body());
        this.generator = containsYield(definition.body());
        this.source = source;
        this.owner = owner;
        this.qualifiedName = definition.name();
    }

    /** Python's {@code __qualname__}, used in argument errors ({@code Foo.__init__() missing ...}) and reprs. */
    public String qualifiedName() {
        return qualifiedName;
    }

    /** The class whose body defined this function (what a bare {@code super()} starts after), or null. */
    ClassValue definingClass() {
        return definingClass;
    }

    /** Called once the class whose body defined this function exists: it is now {@code Class.name}. */
    void setDefiningClass(ClassValue type) {
        this.definingClass = type;
        this.qualifiedName = type.name() + "." + definition.name();
    }

    /** The names the body declares {@code nonlocal}. */
    Set<String> nonlocalNames() {
        return nonlocalNames;
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

    /** The names the body declares {@code global}. */
    Set<String> globalNames() {
        return globalNames;
    }

    /**
     * Binds a call's arguments to the parameters with Python's rules and messages, defaults filled in: one value
     * per parameter, {@code *args} as a tuple and {@code **kwargs} as a dict.
     */
    Value[] bind(Arguments arguments) {
        List<Parameter> parameters = definition.params();
        if (simpleParameters) {
            int required = parameters.size() - defaults.size();
            Value[] slots = arguments.bind(qualifiedName, parameterNames(), required);
            for (int i = required; i < slots.length; i++) {
                if (slots[i] == null) {
                    slots[i] = defaults.get(i - required);
                }
            }
            return slots;
        }
        return bindGeneral(arguments, parameters);
    }

    private Value[] bindGeneral(Arguments arguments, List<Parameter> parameters) {
        Value[] slots = new Value[parameters.size()];
        Value[] defaultOf = new Value[parameters.size()];
        List<Integer> positional = new java.util.ArrayList<>();
        int varPositional = -1;
        int varKeyword = -1;
        int defaultIndex = 0;
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            if (parameter.defaultValue() != null) {
                defaultOf[i] = defaults.get(defaultIndex++);
            }
            switch (parameter.kind()) {
                case POSITIONAL_OR_KEYWORD -> positional.add(i);
                case VAR_POSITIONAL -> varPositional = i;
                case VAR_KEYWORD -> varKeyword = i;
                case KEYWORD_ONLY -> {
                    // bound by keyword only
                }
            }
        }
        List<Value> given = arguments.positional();
        for (int i = 0; i < Math.min(given.size(), positional.size()); i++) {
            slots[positional.get(i)] = given.get(i);
        }
        if (given.size() > positional.size()) {
            if (varPositional < 0) {
                long withDefault = positional.stream().filter(i -> defaultOf[i] != null).count();
                int count = positional.size();
                String takes = withDefault == 0 ? count + " positional argument" + (count == 1 ? "" : "s")
                        : "from " + (count - withDefault) + " to " + count + " positional arguments";
                throw PlaygroundError.typeError(qualifiedName + "() takes " + takes + " but " + given.size()
                        + (given.size() == 1 ? " was" : " were") + " given");
            }
            slots[varPositional] = new TupleValue(given.subList(positional.size(), given.size()));
        } else if (varPositional >= 0) {
            slots[varPositional] = TupleValue.EMPTY;
        }
        DictValue extra = varKeyword >= 0 ? new DictValue() : null;
        for (java.util.Map.Entry<String, Value> keyword : arguments.keywords().entrySet()) {
            int slot = -1;
            for (int i = 0; i < parameters.size(); i++) {
                Parameter.Kind kind = parameters.get(i).kind();
                if (parameters.get(i).name().equals(keyword.getKey()) && (kind == Parameter.Kind.POSITIONAL_OR_KEYWORD
                        || kind == Parameter.Kind.KEYWORD_ONLY)) {
                    slot = i;
                }
            }
            if (slot < 0) {
                if (extra == null) {
                    throw PlaygroundError.typeError(qualifiedName + "() got an unexpected keyword argument '"
                            + keyword.getKey() + "'");
                }
                extra.put(new StrValue(keyword.getKey()), keyword.getValue());
            } else if (slots[slot] != null) {
                throw PlaygroundError.typeError(qualifiedName + "() got multiple values for argument '" + keyword.getKey()
                        + "'");
            } else {
                slots[slot] = keyword.getValue();
            }
        }
        if (varKeyword >= 0) {
            slots[varKeyword] = extra;
        }
        List<String> missingPositional = new java.util.ArrayList<>();
        List<String> missingKeyword = new java.util.ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            if (slots[i] == null) {
                if (defaultOf[i] != null) {
                    slots[i] = defaultOf[i];
                } else if (parameters.get(i).kind() == Parameter.Kind.KEYWORD_ONLY) {
                    missingKeyword.add("'" + parameters.get(i).name() + "'");
                } else {
                    missingPositional.add("'" + parameters.get(i).name() + "'");
                }
            }
        }
        if (!missingPositional.isEmpty()) {
            throw missing(missingPositional, "positional");
        }
        if (!missingKeyword.isEmpty()) {
            throw missing(missingKeyword, "keyword-only");
        }
        return slots;
    }

    private PlaygroundError missing(List<String> names, String kind) {
        return PlaygroundError.typeError(qualifiedName + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + Arguments.pythonList(names));
    }

    /** Whether the body defines a function or lambda, which could still see its locals after it returns. */
    boolean makesClosures() {
        return makesClosures;
    }

    String source() {
        return source;
    }

    /** Whether the body yields, which makes a call return a generator instead of running it. */
    boolean isGenerator() {
        return generator;
    }

    @Override
    public Value call(Arguments arguments, CallContext context) {
        return owner.invoke(this, arguments);
    }

    @Override
    public Value getAttribute(String attribute) {
        return switch (attribute) {
            case "__name__" -> new StrValue(definition.name());
            case "__qualname__" -> new StrValue(qualifiedName);
            case "__module__" -> new StrValue("__main__");
            case "__doc__" -> definition.body().getFirst() instanceof Stmt.ExprStatement first
                    && first.value() instanceof Expr.Constant constant && constant.value() instanceof String doc
                    && !definition.name().equals("<lambda>") ? new StrValue(doc) : NoneValue.INSTANCE;
            case "__defaults__" -> defaults.isEmpty() ? NoneValue.INSTANCE : new TupleValue(defaults);
            default -> attributes == null ? null : attributes.get(attribute);
        };
    }

    /** {@code f.cache = {}}: functions take attributes, as in Python. */
    @Override
    public void setAttribute(String attribute, Value value) {
        if (attribute.startsWith("__") && attribute.endsWith("__")) {
            throw PlaygroundError.attributeError("the playground's functions keep their " + attribute);
        }
        if (attributes == null) {
            attributes = new java.util.HashMap<>();
        }
        attributes.put(attribute, value);
    }

    @Override
    public String typeName() {
        return "function";
    }

    @Override
    public String repr() {
        return String.format("<function %s at 0x%012x>", qualifiedName, System.identityHashCode(this));
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

    /** Whether {@code node} has a {@code yield} outside the functions, lambdas and classes nested in it. */
    private static boolean containsYield(Object node) {
        if (node instanceof Expr.Yield) {
            return true;
        }
        if (node instanceof Stmt.FunctionDef || node instanceof Expr.Lambda || node instanceof Stmt.ClassDef) {
            return false;
        }
        if (node instanceof List<?> items) {
            return items.stream().anyMatch(FunctionValue::containsYield);
        }
        if (node instanceof Record record) {
            for (java.lang.reflect.RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    if (containsYield(component.getAccessor().invoke(record))) {
                        return true;
                    }
                } catch (ReflectiveOperationException unreadable) {
                    throw new IllegalStateException("cannot read the syntax tree", unreadable);
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
                case Stmt.ClassDef nested -> names.add(nested.name());
                case Stmt.Decorated decorated -> names.add(decorated.name());
                case Stmt.AnnAssign annotated -> {
                    if (annotated.value() != null) {
                        addTargetNames(annotated.target(), names);
                    }
                }
                case Stmt.With with -> {
                    for (Stmt.WithItem item : with.items()) {
                        if (item.target() != null) {
                            addTargetNames(item.target(), names);
                        }
                    }
                    addBoundNames(with.body(), names);
                }
                case Stmt.Import imports -> imports.names().forEach(alias ->
                        names.add(alias.asName() != null ? alias.asName() : alias.name().split("\\.")[0]));
                case Stmt.ImportFrom imports -> imports.names().forEach(alias ->
                        names.add(alias.asName() != null ? alias.asName() : alias.name()));
                case Stmt.If conditional -> {
                    addBoundNames(conditional.body(), names);
                    addBoundNames(conditional.orElse(), names);
                }
                case Stmt.For loop -> {
                    addTargetNames(loop.target(), names);
                    addBoundNames(loop.body(), names);
                    addBoundNames(loop.orElse(), names);
                }
                case Stmt.While loop -> {
                    addBoundNames(loop.body(), names);
                    addBoundNames(loop.orElse(), names);
                }
                case Stmt.Delete deletion -> deletion.targets().forEach(target -> addTargetNames(target, names));
                case Stmt.Try attempt -> {
                    addBoundNames(attempt.body(), names);
                    for (Stmt.ExceptHandler handler : attempt.handlers()) {
                        if (handler.name() != null) {
                            names.add(handler.name());
                        }
                        addBoundNames(handler.body(), names);
                    }
                    addBoundNames(attempt.orElse(), names);
                    addBoundNames(attempt.finalBody(), names);
                }
                default -> {
                    // binds nothing
                }
            }
        }
    }

    private static void addNonlocalNames(List<Stmt> statements, Set<String> names) {
        for (Stmt statement : statements) {
            switch (statement) {
                case Stmt.Nonlocal declared -> names.addAll(declared.names());
                case Stmt.If conditional -> {
                    addNonlocalNames(conditional.body(), names);
                    addNonlocalNames(conditional.orElse(), names);
                }
                case Stmt.For loop -> {
                    addNonlocalNames(loop.body(), names);
                    addNonlocalNames(loop.orElse(), names);
                }
                case Stmt.While loop -> {
                    addNonlocalNames(loop.body(), names);
                    addNonlocalNames(loop.orElse(), names);
                }
                case Stmt.With with -> addNonlocalNames(with.body(), names);
                case Stmt.Try attempt -> {
                    addNonlocalNames(attempt.body(), names);
                    attempt.handlers().forEach(handler -> addNonlocalNames(handler.body(), names));
                    addNonlocalNames(attempt.orElse(), names);
                    addNonlocalNames(attempt.finalBody(), names);
                }
                default -> {
                    // declares nothing
                }
            }
        }
    }

    private static void addGlobalNames(List<Stmt> statements, Set<String> names) {
        for (Stmt statement : statements) {
            switch (statement) {
                case Stmt.Global global -> names.addAll(global.names());
                case Stmt.With with -> addGlobalNames(with.body(), names);
                case Stmt.If conditional -> {
                    addGlobalNames(conditional.body(), names);
                    addGlobalNames(conditional.orElse(), names);
                }
                case Stmt.For loop -> {
                    addGlobalNames(loop.body(), names);
                    addGlobalNames(loop.orElse(), names);
                }
                case Stmt.While loop -> {
                    addGlobalNames(loop.body(), names);
                    addGlobalNames(loop.orElse(), names);
                }
                case Stmt.Try attempt -> {
                    addGlobalNames(attempt.body(), names);
                    attempt.handlers().forEach(handler -> addGlobalNames(handler.body(), names));
                    addGlobalNames(attempt.orElse(), names);
                    addGlobalNames(attempt.finalBody(), names);
                }
                default -> {
                    // declares nothing
                }
            }
        }
    }

    private static void addTargetNames(Expr target, Set<String> names) {
        switch (target) {
            case Expr.Name name -> names.add(name.id());
            case Expr.TupleExpr tuple -> tuple.elements().forEach(element -> addTargetNames(element, names));
            case Expr.ListExpr list -> list.elements().forEach(element -> addTargetNames(element, names));
            case Expr.Starred starred -> addTargetNames(starred.value(), names);
            default -> {
                // attribute and subscript targets bind no name
            }
        }
    }
}
