package io.tastelab.playground.interp;

import io.tastelab.playground.lang.BinaryOperator;
import io.tastelab.playground.lang.CompareOperator;
import io.tastelab.playground.lang.UnaryOperator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An instance of a user class: its class and its own attributes ({@code __dict__}). What it does beyond holding
 * attributes comes from its class's special methods, looked up on the class as Python does: {@code __repr__} and
 * {@code __str__} for printing, {@code __eq__}/{@code __hash__} for dict keys, {@code __add__} and friends for
 * operators, {@code __getitem__}, {@code __call__}, {@code __bool__}, {@code __len__}, {@code __iter__}. Without
 * them it behaves as a plain {@code object} does, with CPython's messages.
 *
 * <p>The special methods run in the interpreter that defined the class, on its thread, within its budget.
 */
public class InstanceValue implements AttributeDispatch, OperatorDispatch, SubscriptDispatch, CallableValue {

    private final ClassValue type;
    private final Map<String, Value> attributes = new LinkedHashMap<>();
    private final Value receiver;

    InstanceValue(ClassValue type) {
        this.type = type;
        this.receiver = this;
    }

    /**
     * The user-class side of a value that is something else as well: an instance of a class derived from a builtin
     * type ({@link DerivedBuiltin}) keeps its class and attributes here, and its methods see {@code receiver} as self.
     */
    InstanceValue(ClassValue type, Value receiver) {
        this.type = type;
        this.receiver = receiver;
    }

    /** A new instance: an iterable one when the class can be iterated or measured. */
    static InstanceValue create(ClassValue type) {
        if (type.lookup("__iter__") != null || type.lookup("__len__") != null) {
            return new IterableInstanceValue(type);
        }
        return new InstanceValue(type);
    }

    /** The user-class side of {@code receiver}, a {@link DerivedBuiltin} of class {@code type}. */
    static InstanceValue sideOf(ClassValue type, Value receiver) {
        if (type.lookup("__iter__") != null || type.lookup("__len__") != null) {
            return new IterableInstanceValue(type, receiver);
        }
        return new InstanceValue(type, receiver);
    }

    /** The instance's class. */
    public ClassValue type() {
        return type;
    }

    /** The instance's own attributes, in the order they were set. */
    public Map<String, Value> attributes() {
        return attributes;
    }

    /** The special method {@code name} bound to this instance, or null when the class does not define it. */
    Value special(String name) {
        Value method = type.lookup(name);
        return method == null ? null : ClassValue.bind(method, receiver, type);
    }

    /** Calls the special method {@code name}, which must exist. */
    Value callSpecial(String name, Value... arguments) {
        return type.context().call(special(name), Arguments.of(arguments));
    }

    // ---------------------------------------------------------------- attributes

    @Override
    public Value getAttribute(String name) {
        Value found = attributeWithoutFallback(name);
        if (found != null) {
            return found;
        }
        Value fallback = special("__getattr__");
        if (fallback != null) {
            return type.context().call(fallback, Arguments.of(new StrValue(name)));
        }
        return null;
    }

    /** The attribute from the instance or its class, without {@code __getattr__}; null when neither has it. */
    Value attributeWithoutFallback(String name) {
        if (name.equals("__class__")) {
            return type;
        }
        if (name.equals("__dict__")) {
            DictValue dict = new DictValue();
            attributes.forEach((key, value) -> dict.put(new StrValue(key), value));
            return dict;
        }
        Value inClass = type.lookup(name);
        if (inClass instanceof PropertyValue property) {
            return property.get(receiver, type.context());
        }
        Value own = attributes.get(name);
        if (own != null) {
            return own;
        }
        return inClass == null ? null : ClassValue.bind(inClass, receiver, type);
    }

    @Override
    public void setAttribute(String name, Value value) {
        if (type.lookup(name) instanceof PropertyValue property) {
            property.set(receiver, name, value, type.context());
            return;
        }
        if (type.isFrozen()) {
            throw PlaygroundError.of("FrozenInstanceError", "cannot assign to field '" + name + "'");
        }
        attributes.put(name, value);
    }

    /** {@code del x.name}. */
    void deleteAttribute(String name) {
        if (attributes.remove(name) == null) {
            throw PlaygroundError.attributeError("'" + typeName() + "' object has no attribute '" + name + "'");
        }
    }

    // ---------------------------------------------------------------- shown

    @Override
    public String typeName() {
        return type.name();
    }

    @Override
    public String repr() {
        if (special("__repr__") == null && type.exceptionBase() != null) {
            List<Value> args = exceptionArgs();
            String inner = new TupleValue(args).repr();
            return type.name() + (args.size() == 1 ? inner.substring(0, inner.length() - 2) + ")" : inner);
        }
        if (special("__repr__") == null) {
            return "<__main__." + type.name() + " object at 0x" + String.format("%012x",
                    System.identityHashCode(this) * 16L) + ">";
        }
        return text("__repr__");
    }

    @Override
    public String str() {
        if (special("__str__") == null && type.exceptionBase() != null) {
            List<Value> args = exceptionArgs();
            return args.isEmpty() ? "" : args.size() == 1 ? args.getFirst().str() : new TupleValue(args).repr();
        }
        return special("__str__") == null ? repr() : text("__str__");
    }

    /** An exception object's {@code args}. */
    private List<Value> exceptionArgs() {
        return attributes.get("args") instanceof TupleValue tuple ? tuple.items() : List.of();
    }

    String text(String method) {
        return text(type, method, receiver);
    }

    /** What {@code __repr__} or {@code __str__} of {@code type} returns for {@code self}, checked to be a str. */
    static String text(ClassValue type, String method, Value self) {
        Value result = type.context().call(ClassValue.bind(type.lookup(method), self, type), Arguments.of());
        if (!(result instanceof StrValue text)) {
            throw PlaygroundError.typeError(method + " returned non-string (type " + result.typeName() + ")");
        }
        return text.value();
    }

    @Override
    public boolean isTruthy() {
        if (special("__bool__") != null) {
            Value result = callSpecial("__bool__");
            if (!(result instanceof BoolValue truth)) {
                throw PlaygroundError.typeError("__bool__ should return bool, returned " + result.typeName());
            }
            return truth.value();
        }
        if (special("__len__") != null) {
            return length() != 0;
        }
        return true;
    }

    /** {@code len(x)} through {@code __len__}, with CPython's checks of what it returns. */
    long length() {
        if (special("__len__") == null) {
            throw PlaygroundError.typeError("object of type '" + typeName() + "' has no len()");
        }
        Value result = callSpecial("__len__");
        java.math.BigInteger length = Sequences.asIndex(result);
        if (length == null) {
            throw PlaygroundError.typeError("'" + result.typeName() + "' object cannot be interpreted as an integer");
        }
        if (length.signum() < 0) {
            throw PlaygroundError.valueError("__len__() should return >= 0");
        }
        return length.longValueExact();
    }

    /**
     * The key standing for this instance in a dict or set: itself (by identity) unless the class defines
     * {@code __eq__}; then its {@code __hash__}, and Python's TypeError when {@code __eq__} came without one.
     */
    Object hashKey() {
        java.math.BigInteger hash = userHash();
        return hash == null ? this : hashedBy(hash);
    }

    /** The key for an instance whose {@code __hash__} gave {@code hash}: equal to another by {@code __eq__}. */
    Object hashedBy(java.math.BigInteger hash) {
        return new Hashed(receiver, hash.intValue()); // hash() of a builtin value is its key's hashCode
    }

    /**
     * What the class's {@code __hash__} says, or null when the class defines neither {@code __eq__} nor
     * {@code __hash__} (then identity, or a derived builtin's own hash, decides).
     *
     * @throws PlaygroundError Python's TypeError when {@code __eq__} came without {@code __hash__}, or
     *                         {@code __hash__} is None or returns a non-integer
     */
    java.math.BigInteger userHash() {
        ClassValue definer = null;
        for (ClassValue candidate : type.mro()) {
            if (candidate.definesItself("__eq__") || candidate.definesItself("__hash__")) {
                definer = candidate;
                break;
            }
        }
        if (definer == null) {
            return null;
        }
        Value hash = definer.definesItself("__hash__") ? type.lookup("__hash__") : NoneValue.INSTANCE;
        if (hash == NoneValue.INSTANCE) {
            throw PlaygroundError.typeError("unhashable type: '" + typeName() + "'");
        }
        Value result = callSpecial("__hash__");
        if (!(result instanceof IntValue) && !(result instanceof BoolValue)) {
            throw PlaygroundError.typeError("__hash__ method should return an integer");
        }
        return Sequences.asIndex(result);
    }

    /** An instance as a dict key: hashed by its {@code __hash__}, equal by its {@code __eq__}. */
    private record Hashed(Value instance, int hash) {
        @Override
        public boolean equals(Object other) {
            if (other instanceof Hashed that) {
                return instance == that.instance
                        || Operators.compare(CompareOperator.EQUAL, instance, that.instance).isTruthy();
            }
            // a plain str, int or float key met by an instance of a class derived from one
            Value plain = HashKey.scalarOf(other);
            return plain != null && Operators.compare(CompareOperator.EQUAL, instance, plain).isTruthy();
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    // ---------------------------------------------------------------- operators

    @Override
    public Value binaryOp(BinaryOperator op, Value other, boolean reflected) {
        String name = "__" + (reflected ? "r" : "") + op.dunderStem() + "__";
        return special(name) == null ? NotImplementedValue.INSTANCE : callSpecial(name, other);
    }

    @Override
    public Value inPlaceOp(BinaryOperator op, Value other) {
        String name = "__i" + op.dunderStem() + "__";
        return special(name) == null ? NotImplementedValue.INSTANCE : callSpecial(name, other);
    }

    @Override
    public Value compare(CompareOperator op, Value other) {
        String name = switch (op) {
            case EQUAL -> "__eq__";
            case NOT_EQUAL -> "__ne__";
            case LESS -> "__lt__";
            case LESS_EQUAL -> "__le__";
            case GREATER -> "__gt__";
            case GREATER_EQUAL -> "__ge__";
            default -> null;
        };
        if (name == null) {
            return NotImplementedValue.INSTANCE;
        }
        if (special(name) != null) {
            return callSpecial(name, other);
        }
        if (op == CompareOperator.NOT_EQUAL && special("__eq__") != null) {
            // Python's default __ne__ inverts __eq__ unless that declines
            Value equal = callSpecial("__eq__", other);
            return equal == NotImplementedValue.INSTANCE ? equal : BoolValue.of(!equal.isTruthy());
        }
        return NotImplementedValue.INSTANCE;
    }

    @Override
    public Value contains(Value item) {
        return special("__contains__") == null ? NotImplementedValue.INSTANCE
                : BoolValue.of(callSpecial("__contains__", item).isTruthy());
    }

    @Override
    public Value absolute() {
        return special("__abs__") == null ? NotImplementedValue.INSTANCE : callSpecial("__abs__");
    }

    @Override
    public Value unaryOp(UnaryOperator op) {
        String name = switch (op) {
            case NEGATE -> "__neg__";
            case PLUS -> "__pos__";
            case INVERT -> "__invert__";
            case NOT -> null;
        };
        return name == null || special(name) == null ? NotImplementedValue.INSTANCE : callSpecial(name);
    }

    // ---------------------------------------------------------------- subscripts and calls

    @Override
    public Value getItem(Value index) {
        if (special("__getitem__") == null) {
            throw PlaygroundError.typeError("'" + typeName() + "' object is not subscriptable");
        }
        return callSpecial("__getitem__", index);
    }

    @Override
    public void setItem(Value index, Value value) {
        if (special("__setitem__") == null) {
            throw PlaygroundError.typeError("'" + typeName() + "' object does not support item assignment");
        }
        callSpecial("__setitem__", index, value);
    }

    @Override
    public void deleteItem(Value index) {
        if (special("__delitem__") == null) {
            throw PlaygroundError.typeError("'" + typeName() + "' object doesn't support item deletion");
        }
        callSpecial("__delitem__", index);
    }

    /** Whether {@code callable(x)} holds: the class defines {@code __call__}. */
    boolean isCallable() {
        return type.lookup("__call__") != null;
    }

    @Override
    public Value call(Arguments arguments, CallContext context) {
        Value method = special("__call__");
        if (method == null) {
            throw PlaygroundError.typeError("'" + typeName() + "' object is not callable");
        }
        return context.call(method, arguments);
    }

    /** An instance whose class defines {@code __iter__} or {@code __len__}: {@code for}, {@code list()}, {@code len()}. */
    static final class IterableInstanceValue extends InstanceValue implements IterableValue {

        IterableInstanceValue(ClassValue type) {
            super(type);
        }

        IterableInstanceValue(ClassValue type, Value receiver) {
            super(type, receiver);
        }

        @Override
        public long length() {
            return super.length();
        }

        @Override
        public List<Value> items() {
            List<Value> items = new java.util.ArrayList<>();
            java.util.Iterator<Value> source = iterator();
            while (source.hasNext()) {
                items.add(source.next());
                Operators.checkLength(items.size(), type().context().limits());
            }
            return items;
        }

        @Override
        public java.util.Iterator<Value> iterator() {
            if (special("__iter__") == null) {
                return indexed();
            }
            Value iterator = callSpecial("__iter__");
            if (iterator instanceof InstanceValue user) {
                if (user.special("__next__") == null) {
                    throw PlaygroundError.typeError("iter() returned non-iterator of type '" + user.typeName() + "'");
                }
                return steps(() -> user.callSpecial("__next__"), "StopIteration");
            }
            return Iteration.iterator(iterator);
        }

        /** Python's old protocol: {@code x[0]}, {@code x[1]}, ... until IndexError. */
        private java.util.Iterator<Value> indexed() {
            if (special("__getitem__") == null) {
                throw Iteration.notIterable(this);
            }
            long[] next = {0};
            return steps(() -> callSpecial("__getitem__", IntValue.of(next[0]++)), "IndexError");
        }

        private java.util.Iterator<Value> steps(java.util.function.Supplier<Value> step, String endError) {
            return new java.util.Iterator<>() {
                private Value pending;
                private boolean done;

                @Override
                public boolean hasNext() {
                    if (pending == null && !done) {
                        try {
                            pending = step.get();
                        } catch (PlaygroundError error) {
                            if (!error.type().equals(endError)) {
                                throw error;
                            }
                            done = true;
                        }
                    }
                    return pending != null;
                }

                @Override
                public Value next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    Value value = pending;
                    pending = null;
                    return value;
                }
            };
        }
    }
}
