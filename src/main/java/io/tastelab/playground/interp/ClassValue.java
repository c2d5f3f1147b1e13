package io.tastelab.playground.interp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A class made by a {@code class} statement: its name, bases, method resolution order (Python's C3) and namespace.
 * Calling it makes an instance and runs {@code __init__}; a class with {@code typing.NamedTuple} as its base makes
 * named tuples instead. Attribute lookup follows the MRO; functions found through an instance bind as methods
 * (see {@link InstanceValue}). The namespace is mutable, as a Python class's is ({@code Foo.count = 0}).
 *
 * <p>A class registered with {@code jax.tree_util.register_pytree_node} (or the class decorator) carries its
 * flatten and unflatten functions here, so the registration lives and dies with the class, in its session.
 */
public final class ClassValue implements CallableValue, AttributeDispatch {

    /**
     * JAX pytree registration: how to take an instance apart and put one together again, and for a registered
     * dataclass the attribute name of each child (its key path step); null where children are only numbered.
     * {@code flattenWithKeys} ({@code register_pytree_with_keys}) returns (key, child) pairs and the auxiliary data;
     * where it is given, {@code flatten} may be null (the children are then the pairs' second items).
     */
    public record PytreeNode(Value flatten, Value unflatten, List<String> childNames, Value flattenWithKeys) {
        public PytreeNode(Value flatten, Value unflatten) {
            this(flatten, unflatten, null, null);
        }

        public PytreeNode(Value flatten, Value unflatten, List<String> childNames) {
            this(flatten, unflatten, childNames, null);
        }
    }

    private final String name;
    private final List<ClassValue> bases;
    private final List<ClassValue> mro;
    private final Map<String, Value> namespace;
    private final List<String> namedTupleFields;
    private final List<String> annotations;
    private final CallContext context;
    private PytreeNode pytree;
    private boolean dataclass;
    private String exceptionBase;
    private TypeValue builtinBase;
    private boolean derivesFromBuiltinDirectly;
    private boolean frozen;

    /**
     * A class.
     *
     * @param namedTupleFields the fields of a {@code typing.NamedTuple} class, else null
     * @param annotations      the names the body annotates ({@code a: int}), in order (a dataclass's fields)
     * @param context          the interpreter that runs the class's methods (for repr, operators, ...)
     */
    ClassValue(String name, List<ClassValue> bases, Map<String, Value> namespace, List<String> namedTupleFields,
            List<String> annotations, CallContext context) {
        this.annotations = List.copyOf(annotations);
        this.name = name;
        this.bases = List.copyOf(bases);
        this.namespace = new LinkedHashMap<>(namespace);
        this.namedTupleFields = namedTupleFields == null ? null : List.copyOf(namedTupleFields);
        this.context = context;
        this.mro = linearize(this, this.bases);
    }

    /** Python's C3 linearization of {@code type}'s bases, with the TypeError CPython raises when there is none. */
    private static List<ClassValue> linearize(ClassValue type, List<ClassValue> bases) {
        List<List<ClassValue>> sequences = new ArrayList<>();
        for (ClassValue base : bases) {
            sequences.add(new ArrayList<>(base.mro));
        }
        sequences.add(new ArrayList<>(bases));
        List<ClassValue> result = new ArrayList<>();
        result.add(type);
        while (sequences.stream().anyMatch(sequence -> !sequence.isEmpty())) {
            ClassValue next = null;
            for (List<ClassValue> sequence : sequences) {
                if (sequence.isEmpty()) {
                    continue;
                }
                ClassValue head = sequence.getFirst();
                boolean inTail = sequences.stream().anyMatch(other -> other.indexOf(head) > 0);
                if (!inTail) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                throw PlaygroundError.typeError("Cannot create a consistent method resolution order (MRO) for bases "
                        + String.join(", ", bases.stream().map(ClassValue::name).toList()));
            }
            result.add(next);
            for (List<ClassValue> sequence : sequences) {
                if (!sequence.isEmpty() && sequence.getFirst() == next) {
                    sequence.removeFirst();
                }
            }
        }
        return List.copyOf(result);
    }

    /** The class's name. */
    public String name() {
        return name;
    }

    /** The method resolution order, this class first. */
    public List<ClassValue> mro() {
        return mro;
    }

    /** The fields of a NamedTuple class, else null. */
    public List<String> namedTupleFields() {
        return namedTupleFields;
    }

    /** The names the class body annotates, in order. */
    public List<String> annotations() {
        return annotations;
    }

    CallContext context() {
        return context;
    }

    /** The builtin exception type this class derives from ({@code class MyError(ValueError)}), or null. */
    public String exceptionBase() {
        return exceptionBase;
    }

    void setExceptionBase(String builtin) {
        this.exceptionBase = builtin;
    }

    /** The builtin type this class derives from ({@code class StaticStr(str)}), directly or not, or null. */
    public TypeValue builtinBase() {
        return builtinBase;
    }

    /** Records the builtin base; {@code direct} when the class statement names it (it is then in {@code __bases__}). */
    void setBuiltinBase(TypeValue builtin, boolean direct) {
        this.builtinBase = builtin;
        this.derivesFromBuiltinDirectly = direct;
    }

    /** Whether {@code @dataclass} made this class's methods. */
    public boolean isDataclass() {
        return dataclass;
    }

    /** Whether its instances refuse attribute assignment ({@code @dataclass(frozen=True)}). */
    boolean isFrozen() {
        return frozen;
    }

    void markDataclass(boolean frozen) {
        this.dataclass = true;
        this.frozen = frozen;
    }

    /** The JAX pytree registration, or null if the class is not registered. */
    public PytreeNode pytree() {
        return pytree;
    }

    /**
     * Registers the class as a JAX pytree node.
     *
     * @throws PlaygroundError JAX's ValueError when it is registered already
     */
    public void registerPytree(PytreeNode node) {
        if (pytree != null) {
            throw PlaygroundError.valueError("Duplicate custom PyTreeDef type registration for <class '__main__."
                    + name + "'>.");
        }
        pytree = node;
    }

    /** Whether this class is {@code other} or derives from it. */
    public boolean isSubclassOf(ClassValue other) {
        return mro.contains(other);
    }

    /** The attribute {@code name} in the MRO's namespaces, unbound; null if no class defines it. */
    public Value lookup(String attribute) {
        for (ClassValue type : mro) {
            Value found = type.namespace.get(attribute);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The class in the MRO after {@code start} that defines {@code attribute} (for {@code super()}), or null. */
    Value lookupAfter(ClassValue start, String attribute) {
        int from = mro.indexOf(start);
        for (int i = from + 1; i < mro.size(); i++) {
            Value found = mro.get(i).namespace.get(attribute);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Whether the class's own body defines {@code attribute} (Python's {@code '__eq__' in vars(cls)}). */
    boolean definesItself(String attribute) {
        return namespace.containsKey(attribute);
    }

    @Override
    public Value call(Arguments arguments, CallContext caller) {
        if (namedTupleFields != null) {
            return NamedTupleValue.construct(this, arguments);
        }
        if (builtinBase != null) {
            return BuiltinBases.construct(this, arguments, caller);
        }
        if (exceptionBase == null && lookup("__new__") != null) {
            return constructThroughNew(arguments, caller);
        }
        InstanceValue instance = InstanceValue.create(this);
        Value init = lookup("__init__");
        if (exceptionBase != null) {
            // BaseException.__new__ keeps the arguments whatever __init__ does
            instance.attributes().put("args", new TupleValue(arguments.positional()));
            if (init == null) {
                if (!arguments.keywords().isEmpty()) {
                    throw PlaygroundError.typeError(name + "() takes no keyword arguments");
                }
                return instance;
            }
        }
        if (init == null) {
            if (arguments.size() > 0) {
                throw PlaygroundError.typeError(name + "() takes no arguments");
            }
            return instance;
        }
        Value result = caller.call(bind(init, instance, this), arguments);
        if (result != NoneValue.INSTANCE) {
            throw PlaygroundError.typeError("__init__() should return None, not '" + result.typeName() + "'");
        }
        return instance;
    }

    /**
     * {@code Cls(...)} for a class with its own {@code __new__} (a singleton, a cache): {@code __new__(cls, ...)}
     * makes the object, and only when that is an instance of this class does {@code __init__} run, as in CPython.
     */
    private Value constructThroughNew(Arguments arguments, CallContext caller) {
        Value userNew = lookup("__new__");
        // __new__ is a static method whether or not the body says so
        Value function = userNew instanceof StaticMethodValue staticMethod ? staticMethod.function() : userNew;
        List<Value> positional = new ArrayList<>(arguments.size() + 1);
        positional.add(this);
        positional.addAll(arguments.positional());
        Value made = caller.call(function, new Arguments(positional, arguments.keywords()));
        Value init = lookup("__init__");
        if (init != null && made instanceof InstanceValue instance && instance.type().isSubclassOf(this)) {
            Value result = caller.call(bind(init, instance, this), arguments);
            if (result != NoneValue.INSTANCE) {
                throw PlaygroundError.typeError("__init__() should return None, not '" + result.typeName() + "'");
            }
        }
        return made;
    }

    /**
     * A class attribute as seen through {@code instance} (null for the class itself): functions bind as methods,
     * class methods bind to the class, static methods unwrap, properties run their getter.
     */
    static Value bind(Value attribute, Value instance, ClassValue type) {
        return switch (attribute) {
            case StaticMethodValue staticMethod -> staticMethod.function();
            case ClassMethodValue classMethod -> new BoundMethodValue(type, classMethod.function());
            case PropertyValue property when instance != null -> property.get(instance, type.context);
            case FunctionValue function when instance != null -> new BoundMethodValue(instance, function);
            case BindsAsMethod function when instance != null -> new BoundMethodValue(instance, function);
            default -> attribute;
        };
    }

    @Override
    public Value getAttribute(String attribute) {
        switch (attribute) {
            case "__name__", "__qualname__" -> {
                return new StrValue(name);
            }
            case "__module__" -> {
                return new StrValue("__main__");
            }
            case "__mro__" -> {
                List<Value> types = new ArrayList<>(mro);
                if (builtinBase != null) {
                    types.add(builtinBase);
                }
                types.add(PlainObjectValue.TYPE);
                return new TupleValue(types);
            }
            case "__bases__" -> {
                List<Value> direct = new ArrayList<>(bases);
                if (derivesFromBuiltinDirectly) {
                    direct.add(builtinBase);
                }
                return direct.isEmpty() ? TupleValue.of(PlainObjectValue.TYPE) : new TupleValue(direct);
            }
            case "__dict__" -> {
                DictValue dict = new DictValue();
                namespace.forEach((key, value) -> dict.put(new StrValue(key), value));
                return dict;
            }
            case "_fields" -> {
                if (namedTupleFields != null) {
                    return new TupleValue(namedTupleFields.stream().<Value>map(StrValue::new).toList());
                }
            }
            default -> {
                // the namespace below
            }
        }
        Value found = lookup(attribute);
        return found == null ? null : bind(found, null, this);
    }

    @Override
    public void setAttribute(String attribute, Value value) {
        namespace.put(attribute, value);
    }

    /** {@code del Foo.attribute}; false when the class itself does not define it. */
    boolean deleteAttribute(String attribute) {
        return namespace.remove(attribute) != null;
    }

    @Override
    public String typeName() {
        return "type";
    }

    @Override
    public String repr() {
        return "<class '__main__." + name + "'>";
    }
}
