package io.tastelab.playground.interp;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's hashing for dict keys and set members, as a Java object whose {@code equals}/{@code hashCode} agree
 * with Python's {@code ==}: {@code 1}, {@code 1.0}, {@code True} and NumPy's {@code int64(1)} are one key,
 * tuples compare by their items, and lists, dicts, sets and arrays are unhashable as in Python.
 */
final class HashKey {

    private HashKey() {
    }

    /**
     * The key standing for {@code value}.
     *
     * @throws PlaygroundError TypeError "unhashable type: 'list'" for mutable values and arrays
     */
    static Object of(Value value) {
        return switch (value) {
            case DerivedBuiltin derived -> DerivedBuiltins.hashKey(derived);
            case BoolValue b -> b.asInteger();
            case IntValue i -> i.value();
            case FloatValue f -> ofDouble(f.value());
            case ComplexValue c -> c.imag() == 0.0 ? ofDouble(c.real()) : c;
            case StrValue s -> s.value();
            case BytesValue b -> b;
            case TupleValue t -> {
                List<Object> keys = new ArrayList<>(t.items().size());
                for (Value item : t.items()) {
                    keys.add(of(item));
                }
                yield keys;
            }
            case ListValue l -> throw unhashable(value);
            case DictValue d -> throw unhashable(value);
            case SetValue s -> throw unhashable(value);
            case SliceValue s -> throw unhashable(value);
            case NamedTupleValue n -> of(n.tuple());
            case InstanceValue instance -> instance.hashKey();
            default -> {
                if (value instanceof SubscriptDispatch && value instanceof IterableValue) {
                    // an array: only NumPy's scalars (whose type is not ndarray) hash, as the Python number they hold
                    if (value instanceof ScalarConvertible scalar && !value.typeName().equals("ndarray")
                            && !value.typeName().contains("Array")) {
                        yield of(scalar.toPythonScalar());
                    }
                    throw unhashable(value);
                }
                yield value; // functions, modules, types, None: by their own equality (identity for most)
            }
        };
    }

    /** The str, int or float a key of {@link #of} stands for, or null for other keys. */
    static Value scalarOf(Object key) {
        return switch (key) {
            case String text -> new StrValue(text);
            case BigInteger integer -> IntValue.of(integer);
            case Double number -> new FloatValue(number);
            default -> null;
        };
    }

    private static Object ofDouble(double value) {
        if (Double.isFinite(value) && value == Math.rint(value)) {
            return new BigDecimal(value).toBigInteger();
        }
        return value;
    }

    private static PlaygroundError unhashable(Value value) {
        String name = value.typeName().equals("ndarray") ? "numpy.ndarray" : value.typeName();
        return PlaygroundError.typeError("unhashable type: '" + name + "'");
    }

    /** True when {@code key} is an integer key (used where a BigInteger must not be confused with other keys). */
    static boolean isInteger(Object key) {
        return key instanceof BigInteger;
    }
}
