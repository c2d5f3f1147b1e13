package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayException;
import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.Complex;
import io.tastelab.array.DType;
import io.tastelab.array.Index;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.BoolValue;
import io.tastelab.playground.interp.ComplexValue;
import io.tastelab.playground.interp.EllipsisValue;
import io.tastelab.playground.interp.FloatValue;
import io.tastelab.playground.interp.IndexValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.RangeValue;
import io.tastelab.playground.interp.SliceValue;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.TypeValue;
import io.tastelab.playground.interp.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Conversions between the interpreter's Python values and the array layer's Java objects ({@code Long},
 * {@code Double}, {@code Boolean}, nested {@code List}, {@code null}, {@link NdArray}), and the mapping of
 * {@link ArrayException}s to Python exceptions. Stateless.
 */
final class Py {

    /** Marks a value that has no array-layer counterpart (the caller then declines or raises). */
    static final Object UNCONVERTIBLE = new Object();

    private Py() {
    }

    /** Runs array-layer code, turning its exceptions into the Python exceptions they name. */
    static <T> T guard(Supplier<T> work) {
        try {
            return work.get();
        } catch (ArrayException error) {
            throw toPython(error);
        } catch (IllegalArgumentException error) {
            throw PlaygroundError.valueError(String.valueOf(error.getMessage()));
        }
    }

    static PlaygroundError toPython(ArrayException error) {
        return PlaygroundError.of(error.pythonName(), String.valueOf(error.getMessage()));
    }

    /** An array-layer object for {@code value}, or {@link #UNCONVERTIBLE}. */
    static Object toObject(Value value) {
        return toObject(value, new NestedLists());
    }

    /**
     * What converting nested lists has met so far: NumPy's limit of 64 dimensions (which a list holding itself
     * always reaches: refused at once instead of recursing until memory runs out) and a cap on the elements
     * visited (a list repeated inside itself, {@code x = [x] * 10} a few times, names more than memory holds).
     */
    private static final class NestedLists {
        static final int MAX_DIMENSIONS = 64;
        final java.util.Set<Value> open = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        long visited;

        void enter(Value list, int depth) {
            if (depth > MAX_DIMENSIONS || !open.add(list)) {
                throw PlaygroundError.valueError("setting an array element with a sequence. The requested array "
                        + "would exceed the maximum number of dimension of " + MAX_DIMENSIONS + ".");
            }
        }

        void count(int items) {
            visited += items;
            // Eight bytes an element: the default int and float, and about what the Java lists take meanwhile.
            long limit = io.tastelab.array.MemoryGuard.limitBytes();
            if (visited > limit / 8) {
                throw PlaygroundError.memoryError("Unable to allocate an array of more than " + limit / 8
                        + " elements from nested lists: the playground's limit is " + limit + " bytes");
            }
        }
    }

    private static Object toObject(Value value, NestedLists nested) {
        return switch (value) {
            case ArrayValue array -> array.array();
            case BoolValue bool -> bool.value();
            case IntValue integer -> {
                if (!integer.fitsLong()) {
                    // 2**63 .. 2**64-1 are uint64 values in NumPy; anything wider is too large
                    BigInteger big = integer.value();
                    if (big.signum() > 0 && big.bitLength() == 64) {
                        yield big;
                    }
                    throw PlaygroundError.overflowError("Python int too large to convert to C long");
                }
                yield integer.longValueExact();
            }
            case FloatValue number -> number.value();
            case ComplexValue number -> new Complex(number.real(), number.imag());
            case NoneValue none -> null;
            case ListValue list -> toList(list, list.items(), nested);
            case TupleValue tuple -> toList(tuple, tuple.items(), nested);
            default -> UNCONVERTIBLE;
        };
    }

    private static Object toList(Value container, List<Value> items, NestedLists nested) {
        nested.enter(container, nested.open.size() + 1);
        nested.count(items.size());
        List<Object> out = new ArrayList<>(items.size());
        for (Value item : items) {
            Object converted = toObject(item, nested);
            if (converted == UNCONVERTIBLE) {
                nested.open.remove(container);
                return UNCONVERTIBLE;
            }
            out.add(converted);
        }
        nested.open.remove(container);
        return out;
    }

    /** An array-like argument: raises NumPy's TypeError for values that are not. */
    static Object arrayLike(Value value, String function) {
        if (value instanceof StringArrayValue strings) {
            throw PlaygroundError.typeError(function + "() does not take string arrays (" + strings.dtype().repr()
                    + ") in the playground; it sorts, compares, joins, casts and reshapes them");
        }
        if (value instanceof StructuredArrayValue structured) {
            throw PlaygroundError.typeError(function + "() does not take structured arrays (" + structured.dtype().repr()
                    + ") in the playground; index a field (x['name']) to compute on it");
        }
        Object converted = toObject(value);
        if (converted == UNCONVERTIBLE) {
            throw PlaygroundError.typeError(function + "(): expected an array-like argument, got '" + value.typeName()
                    + "'");
        }
        return converted;
    }

    /** An array of {@code namespace}'s flavor for an array-like value. */
    static NdArray asArray(ArrayNamespace namespace, Value value, String function) {
        Object converted = arrayLike(value, function);
        return converted instanceof NdArray array ? array : guard(() -> namespace.asarray(converted, null));
    }

    /** A Python int argument (or anything with {@code __index__}). */
    /**
     * {@code array} as float64 for a real-valued parameter (a distribution's, a probability vector): a complex
     * array is refused with NumPy's TypeError for its safe cast, instead of losing its imaginary part.
     */
    static NdArray realFloat64(NdArray array) {
        return guard(() -> array.dtype().isComplex() ? io.tastelab.array.Casting.astype(array, DType.FLOAT64, "safe")
                : array.astype(DType.FLOAT64));
    }

    static long toLong(Value value, String what) {
        BigInteger index = switch (value) {
            case BoolValue bool -> bool.asInteger();
            case IntValue integer -> integer.value();
            case IndexValue indexable -> indexable.asIndex();
            default -> throw PlaygroundError.typeError("'" + value.typeName() + "' object cannot be interpreted as an "
                    + "integer" + (what == null ? "" : " (" + what + ")"));
        };
        if (index.bitLength() > 63) {
            throw PlaygroundError.overflowError("Python int too large to convert to C long");
        }
        return index.longValue();
    }

    static int toInt(Value value, String what) {
        long v = toLong(value, what);
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw PlaygroundError.valueError(what + " " + v + " is out of range for the playground");
        }
        return (int) v;
    }

    static double toDouble(Value value, String what) {
        return switch (value) {
            case FloatValue number -> number.value();
            case ArrayValue array when array.array().size() == 1 -> ((Number) toNumber(array.array().item())).doubleValue();
            default -> toLong(value, what);
        };
    }

    private static Object toNumber(Object item) {
        return item instanceof Boolean b ? (b ? 1 : 0) : item;
    }

    /** A Python number argument as Long or Double (for arange's bounds). */
    static Number toNumberObject(Value value, String what) {
        if (value instanceof FloatValue number) {
            return number.value();
        }
        if (value instanceof ArrayValue array && array.array().size() == 1) {
            Object item = array.array().item();
            if (item instanceof Double d) {
                return d;
            }
        }
        return toLong(value, what);
    }

    /** A shape: an int, or a tuple or list of ints. */
    static int[] toShape(Value value) {
        if (value instanceof TupleValue || value instanceof ListValue || value instanceof ArrayValue) {
            List<Value> items = value instanceof ArrayValue array ? array.items()
                    : ((io.tastelab.playground.interp.IterableValue) value).items();
            int[] shape = new int[items.size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = toInt(items.get(i), "shape");
            }
            return shape;
        }
        return new int[] {toInt(value, "shape")};
    }

    /** An axis argument: None or an int (argmax, argmin, squeeze, ... take no tuple, as in NumPy). */
    static Integer toAxis(Value value) {
        if (value == null || value == NoneValue.INSTANCE) {
            return null;
        }
        if (value instanceof TupleValue) {
            throw PlaygroundError.typeError("'tuple' object cannot be interpreted as an integer");
        }
        return toInt(value, "axis");
    }

    /** An axis argument that may be a tuple of ints (sum, mean, max, min, prod); null for None or a single int. */
    static int[] toAxes(Value value) {
        if (value instanceof TupleValue tuple) {
            int[] axes = new int[tuple.items().size()];
            for (int i = 0; i < axes.length; i++) {
                axes[i] = toInt(tuple.items().get(i), "axis");
            }
            return axes;
        }
        return null;
    }

    /** A str argument such as {@code casting='safe'}. */
    static String toStr(Value value, String what) {
        if (value instanceof StrValue text) {
            return text.value();
        }
        throw PlaygroundError.typeError(what + " must be a str, not " + value.typeName());
    }

    static boolean toBool(Value value) {
        return value != null && value.isTruthy();
    }

    /** A dtype argument: None, a dtype object, a dtype name, or Python's {@code bool}, {@code int}, {@code float}. */
    static DType toDType(ArrayNamespace namespace, Value value) {
        if (value == null || value == NoneValue.INSTANCE) {
            return null;
        }
        String name = switch (value) {
            case DTypeValue dtype -> dtype.dtype().numpyName();
            case StrValue text -> text.value();
            case TypeValue type when type.name().equals("float") -> "float64";
            case TypeValue type when type.name().equals("int") -> "int64";
            case TypeValue type when type.name().equals("bool") -> "bool";
            case TypeValue type when type.name().equals("complex") -> "complex128";
            default -> throw PlaygroundError.typeError("Cannot interpret '" + value.repr() + "' as a data type");
        };
        return guard(() -> namespace.dtype(name));
    }

    /** The Python value for one element of an array-layer list ({@code tolist()}, {@code item()}). */
    static Value fromObject(Object object) {
        return switch (object) {
            case null -> NoneValue.INSTANCE;
            case Boolean b -> BoolValue.of(b);
            case Long l -> IntValue.of(l);
            case Integer i -> IntValue.of(i);
            case BigInteger big -> IntValue.of(big);
            case Double d -> new FloatValue(d);
            case Float f -> new FloatValue(f);
            case Complex c -> new ComplexValue(c.real(), c.imag());
            case List<?> list -> {
                List<Value> items = new ArrayList<>(list.size());
                for (Object item : list) {
                    items.add(fromObject(item));
                }
                yield new ListValue(items);
            }
            case NdArray array -> new ArrayValue(array);
            default -> throw new IllegalStateException("unexpected array-layer value " + object.getClass());
        };
    }

    /** A shape as Python's tuple of ints. */
    static TupleValue shapeTuple(int[] shape) {
        List<Value> items = new ArrayList<>(shape.length);
        for (int d : shape) {
            items.add(IntValue.of(d));
        }
        return new TupleValue(items);
    }

    /** A subscript as the array layer's index items. */
    static List<Index> toIndex(Value index) {
        List<Index> items = new ArrayList<>();
        if (index instanceof TupleValue tuple) {
            for (Value item : tuple.items()) {
                items.add(indexItem(item));
            }
        } else {
            items.add(indexItem(index));
        }
        return items;
    }

    private static Index indexItem(Value item) {
        return switch (item) {
            case SliceValue slice -> new Index.Slice(sliceBound(slice.start()), sliceBound(slice.stop()),
                    sliceBound(slice.step()));
            case EllipsisValue ellipsis -> Index.Ellipsis.INSTANCE;
            case NoneValue none -> Index.NewAxis.INSTANCE;
            case BoolValue bool -> new Index.Bool(bool.value());
            case IntValue integer -> {
                if (!integer.fitsLong()) {
                    throw PlaygroundError.indexError("cannot fit 'int' into an index-sized integer");
                }
                yield new Index.Int(integer.longValueExact());
            }
            case ArrayValue array -> guard(() -> Index.of(array.array()));
            case RangeValue range -> {
                // NumPy reads a range as the list of its ints
                yield guard(() -> Index.of(ArrayNamespace.NUMPY.arange(range.start(), range.stop(), range.step(),
                        DType.INT64)));
            }
            case ListValue list -> {
                Object converted = toObject(list);
                if (converted == UNCONVERTIBLE) {
                    throw PlaygroundError.indexError(ONLY_INTEGERS);
                }
                yield guard(() -> Index.of(converted));
            }
            default -> throw PlaygroundError.indexError(ONLY_INTEGERS);
        };
    }

    static final String ONLY_INTEGERS = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) "
            + "and integer or boolean arrays are valid indices";

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private static Long sliceBound(Value bound) {
        if (bound == null || bound == NoneValue.INSTANCE) {
            return null;
        }
        if (bound instanceof FloatValue || (bound instanceof ArrayValue a && !a.array().dtype().isIntegral())) {
            throw PlaygroundError.typeError("slice indices must be integers or None or have an __index__ method");
        }
        // Python clamps slice bounds to the index-sized range (PySlice_Unpack): x[2:10**20] is x[2:].
        BigInteger value = switch (bound) {
            case BoolValue bool -> bool.asInteger();
            case IntValue integer -> integer.value();
            case IndexValue indexable -> indexable.asIndex();
            default -> throw PlaygroundError.typeError(
                    "slice indices must be integers or None or have an __index__ method");
        };
        return value.max(LONG_MIN).min(LONG_MAX).longValue();
    }
}
