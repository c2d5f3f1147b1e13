package io.tastelab.playground.interp;

import io.tastelab.playground.lang.CompareOperator;
import java.util.ArrayList;
import java.util.List;

/**
 * A tuple whose items also have names: a struct sequence such as {@code sys.float_info}, or an instance of a
 * {@code collections.namedtuple} / {@code typing.NamedTuple} class (then it also has the class's methods,
 * {@code _replace} and {@code _asdict}, and JAX flattens it as a pytree node). It indexes, unpacks, compares and
 * hashes as a tuple. Immutable.
 */
public final class NamedTupleValue implements IterableValue, SubscriptDispatch, AttributeDispatch, OperatorDispatch {

    private final String typeName;
    private final List<String> names;
    private final TupleValue tuple;
    private final ClassValue type;

    NamedTupleValue(String typeName, List<String> names, List<Value> items) {
        this(typeName, names, items, null);
    }

    private NamedTupleValue(String typeName, List<String> names, List<Value> items, ClassValue type) {
        if (names.size() != items.size()) {
            throw new IllegalArgumentException("one name per item");
        }
        this.typeName = typeName;
        this.names = List.copyOf(names);
        this.tuple = new TupleValue(items);
        this.type = type;
    }

    /** A value of a library's own namedtuple class (JAX's ConvDimensionNumbers): its name, fields and items. */
    public static NamedTupleValue record(String typeName, List<String> names, List<Value> items) {
        return new NamedTupleValue(typeName, names, items);
    }

    /** An instance of the namedtuple class {@code type} with {@code items}, one per field. */
    public static NamedTupleValue of(ClassValue type, List<Value> items) {
        return new NamedTupleValue(type.name(), type.namedTupleFields(), items, type);
    }

    /** {@code Point(1, y=2)}: binds the arguments to the fields, defaults (class attributes) filling the rest. */
    static NamedTupleValue construct(ClassValue type, Arguments arguments) {
        List<String> fields = type.namedTupleFields();
        int required = 0;
        while (required < fields.size() && type.lookup(fields.get(required)) == null) {
            required++;
        }
        Value[] slots = arguments.bind(type.name() + ".__new__", fields, required);
        List<Value> items = new ArrayList<>(fields.size());
        for (int i = 0; i < slots.length; i++) {
            items.add(slots[i] != null ? slots[i] : type.lookup(fields.get(i)));
        }
        return of(type, items);
    }

    /** The namedtuple class, or null for a struct sequence. */
    public ClassValue type() {
        return type;
    }

    /** The field names. */
    public List<String> names() {
        return names;
    }

    /** The items as a plain tuple (what hashing and comparison use). */
    TupleValue tuple() {
        return tuple;
    }

    @Override
    public String typeName() {
        return typeName.substring(typeName.lastIndexOf('.') + 1);
    }

    @Override
    public String repr() {
        if (type != null && type.lookup("__repr__") != null) {
            return InstanceValue.text(type, "__repr__", this);
        }
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            fields.add(names.get(i) + "=" + tuple.items().get(i).repr());
        }
        return typeName + "(" + String.join(", ", fields) + ")";
    }

    @Override
    public String str() {
        if (type != null && type.lookup("__str__") != null) {
            return InstanceValue.text(type, "__str__", this);
        }
        return repr();
    }

    @Override
    public boolean isTruthy() {
        return !tuple.items().isEmpty();
    }

    @Override
    public long length() {
        return tuple.length();
    }

    @Override
    public List<Value> items() {
        return tuple.items();
    }

    @Override
    public Value getItem(Value index) {
        return tuple.getItem(index);
    }

    @Override
    public Value getAttribute(String name) {
        int position = names.indexOf(name);
        if (position >= 0) {
            return tuple.items().get(position);
        }
        if (type == null) {
            return null;
        }
        return switch (name) {
            case "__class__" -> type;
            case "_fields" -> new TupleValue(names.stream().<Value>map(StrValue::new).toList());
            case "_asdict" -> new BuiltinFunction("_asdict", (arguments, context) -> {
                arguments.bind("_asdict", List.of(), 0);
                DictValue dict = new DictValue();
                for (int i = 0; i < names.size(); i++) {
                    dict.put(new StrValue(names.get(i)), tuple.items().get(i));
                }
                return dict;
            });
            case "_replace" -> new BuiltinFunction("_replace", (arguments, context) -> {
                if (!arguments.positional().isEmpty()) {
                    throw PlaygroundError.typeError(type.name() + "._replace() takes 1 positional argument but "
                            + (arguments.positional().size() + 1) + " were given");
                }
                List<Value> items = new ArrayList<>(tuple.items());
                for (var keyword : arguments.keywords().entrySet()) {
                    int field = names.indexOf(keyword.getKey());
                    if (field < 0) {
                        throw PlaygroundError.valueError("Got unexpected field names: ['" + keyword.getKey() + "']");
                    }
                    items.set(field, keyword.getValue());
                }
                return of(type, items);
            });
            default -> {
                Value found = type.lookup(name);
                yield found == null ? null : ClassValue.bind(found, this, type);
            }
        };
    }

    @Override
    public void setAttribute(String name, Value value) {
        if (type != null && names.contains(name)) {
            throw PlaygroundError.attributeError("can't set attribute");
        }
        AttributeDispatch.super.setAttribute(name, value);
    }

    @Override
    public Value compare(CompareOperator op, Value other) {
        Value that = other instanceof NamedTupleValue named ? named.tuple : other;
        if (!(that instanceof TupleValue)) {
            return NotImplementedValue.INSTANCE;
        }
        return Operators.compare(op, tuple, that);
    }
}
