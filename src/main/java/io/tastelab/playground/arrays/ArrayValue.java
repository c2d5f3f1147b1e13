package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.ArrayTypeError;
import io.tastelab.array.BinaryOp;
import io.tastelab.array.Casting;
import io.tastelab.array.DType;
import io.tastelab.array.Flavor;
import io.tastelab.array.Index;
import io.tastelab.array.NdArray;
import io.tastelab.array.UnaryOp;
import io.tastelab.playground.interp.AttributeDispatch;
import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.IndexValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.IterableValue;
import io.tastelab.playground.interp.NotImplementedValue;
import io.tastelab.playground.interp.OperatorDispatch;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.ReadyAwaitable;
import io.tastelab.playground.interp.ReleasableValue;
import io.tastelab.playground.interp.ScalarConvertible;
import io.tastelab.playground.interp.SubscriptDispatch;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import io.tastelab.playground.lang.BinaryOperator;
import io.tastelab.playground.lang.CompareOperator;
import io.tastelab.playground.lang.UnaryOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A NumPy or JAX array (or NumPy scalar) as a playground value: operators, subscripts, attributes and methods
 * with the semantics of the array's {@link Flavor}. A NumPy array is mutable through {@code x[i] = v} and
 * {@code x += 1}; a JAX array never changes.
 *
 * <p>A JAX PRNG key (a uint32 array whose last axis has length 2) may carry its place in the session's
 * {@link KeyTree}, so that the key picture can follow {@code key, subkey = random.split(key)}.
 */
public final class ArrayValue implements OperatorDispatch, SubscriptDispatch, AttributeDispatch, IterableValue,
        ScalarConvertible, IndexValue, ReadyAwaitable, ReleasableValue {

    /** Not final: {@code ndarray.resize} replaces it in place. */
    private NdArray array;
    private final KeyTree keyTree;
    /** For a NumPy view, the array that owns its memory ({@code .base}); null for an owner or a JAX array. */
    private ArrayValue base;
    private final int[] keyIds;

    /** Wraps {@code array}. */
    public ArrayValue(NdArray array) {
        this(array, null, null);
    }

    /**
     * Wraps a key or a batch of keys: {@code keyIds[i]} is the {@link KeyTree} node of key {@code i} (one id for
     * a single key).
     */
    ArrayValue(NdArray array, KeyTree keyTree, int[] keyIds) {
        this.array = Objects.requireNonNull(array);
        this.keyTree = keyTree;
        this.keyIds = keyIds;
    }

    /** The wrapped array. */
    public NdArray array() {
        return array;
    }

    @Override
    public boolean sharesMemoryWith(ReleasableValue other) {
        return other instanceof ArrayValue o && array.sharesMemoryWith(o.array);
    }

    @Override
    public void release() {
        array.release();
    }

    /** The key-tree node of this single key, or -1 when the value is not a tracked key. */
    int keyId() {
        return keyIds != null && keyIds.length == 1 && array.ndim() == 1 ? keyIds[0] : -1;
    }

    KeyTree keyTree() {
        return keyTree;
    }

    /** The key-tree nodes of the keys this value holds (one per key of a batch), empty when it holds none. */
    int[] keyIds(KeyTree tree) {
        return keyIds == null || tree != keyTree ? new int[0] : keyIds.clone();
    }

    private ArrayNamespace namespace() {
        return ArrayNamespace.of(array.flavor());
    }

    @Override
    public String typeName() {
        if (array.flavor() == Flavor.JAX) {
            return "ArrayImpl";
        }
        return array.isScalar() ? array.dtype().numpyName() : "ndarray";
    }

    @Override
    public String repr() {
        return array.toString();
    }

    @Override
    public String str() {
        return array.str();
    }

    @Override
    public boolean isTruthy() {
        return Py.guard(array::truth);
    }

    // ---------------------------------------------------------------- operators

    static BinaryOp binaryOp(BinaryOperator op) {
        return switch (op) {
            case ADD -> BinaryOp.ADD;
            case SUBTRACT -> BinaryOp.SUBTRACT;
            case MULTIPLY -> BinaryOp.MULTIPLY;
            case TRUE_DIVIDE -> BinaryOp.DIVIDE;
            case FLOOR_DIVIDE -> BinaryOp.FLOOR_DIVIDE;
            case MODULO -> BinaryOp.REMAINDER;
            case POWER -> BinaryOp.POWER;
            case BIT_AND -> BinaryOp.BITWISE_AND;
            case BIT_OR -> BinaryOp.BITWISE_OR;
            case BIT_XOR -> BinaryOp.BITWISE_XOR;
            case LEFT_SHIFT -> BinaryOp.LEFT_SHIFT;
            case RIGHT_SHIFT -> BinaryOp.RIGHT_SHIFT;
            default -> null;
        };
    }

    @Override
    public Value binaryOp(BinaryOperator op, Value other, boolean reflected) {
        Object operand = Py.toObject(other);
        if (operand == Py.UNCONVERTIBLE) {
            return NotImplementedValue.INSTANCE;
        }
        if (op == BinaryOperator.MATMUL) {
            ArrayNamespace ns = namespace();
            return wrap(Py.guard(() -> reflected ? ns.matmul(operand, array) : ns.matmul(array, operand)));
        }
        BinaryOp mapped = binaryOp(op);
        if (mapped == null) {
            return NotImplementedValue.INSTANCE;
        }
        return wrap(Py.guard(() -> reflected ? array.reflected(mapped, operand) : array.binary(mapped, operand)));
    }

    @Override
    public Value inPlaceOp(BinaryOperator op, Value other) {
        if (array.flavor() == Flavor.JAX) {
            return NotImplementedValue.INSTANCE; // x += 1 rebinds x to a new JAX array, as in JAX
        }
        Value result = binaryOp(op, other, false);
        if (result == NotImplementedValue.INSTANCE) {
            return result;
        }
        NdArray computed = ((ArrayValue) result).array();
        if (!canCastSameKind(computed.dtype(), array.dtype())) {
            String ufunc = op == BinaryOperator.MATMUL ? "matmul" : binaryOp(op).ufuncName();
            throw PlaygroundError.of("UFuncTypeError", "Cannot cast ufunc '" + ufunc + "' output from "
                    + computed.dtype().pythonRepr() + " to " + array.dtype().pythonRepr()
                    + " with casting rule 'same_kind'");
        }
        Py.guard(() -> {
            array.set(List.of(Index.Ellipsis.INSTANCE), computed);
            return null;
        });
        return this;
    }

    /** NumPy's 'same_kind' casting: never from float to int or from int to bool. */
    private static boolean canCastSameKind(DType from, DType to) {
        return kindRank(from) <= kindRank(to);
    }

    private static int kindRank(DType dtype) {
        return dtype.isBool() ? 0 : dtype.isFloat() ? 2 : 1;
    }

    @Override
    public Value compare(CompareOperator op, Value other) {
        BinaryOp mapped = switch (op) {
            case EQUAL -> BinaryOp.EQUAL;
            case NOT_EQUAL -> BinaryOp.NOT_EQUAL;
            case LESS -> BinaryOp.LESS;
            case LESS_EQUAL -> BinaryOp.LESS_EQUAL;
            case GREATER -> BinaryOp.GREATER;
            case GREATER_EQUAL -> BinaryOp.GREATER_EQUAL;
            default -> null;
        };
        Object operand = Py.toObject(other);
        if (mapped == null || operand == Py.UNCONVERTIBLE) {
            return NotImplementedValue.INSTANCE;
        }
        return wrap(Py.guard(() -> array.binary(mapped, operand)));
    }

    @Override
    public Value absolute() {
        return wrap(Py.guard(() -> array.unary(UnaryOp.ABSOLUTE)));
    }

    @Override
    public Value unaryOp(UnaryOperator op) {
        UnaryOp mapped = switch (op) {
            case NEGATE -> UnaryOp.NEGATIVE;
            case PLUS -> UnaryOp.POSITIVE;
            case INVERT -> UnaryOp.INVERT;
            default -> null;
        };
        if (mapped == null) {
            return NotImplementedValue.INSTANCE;
        }
        return wrap(Py.guard(() -> array.unary(mapped)));
    }

    // ---------------------------------------------------------------- subscripts

    /** jax.numpy refuses a list as an index (NumPy reads it as an integer array) and floats, with TypeErrors. */
    private static void checkJaxIndex(Value index) {
        List<Value> items = index instanceof TupleValue t ? t.items() : List.of(index);
        if (index instanceof io.tastelab.playground.interp.ListValue
                || index instanceof io.tastelab.playground.interp.RangeValue) {
            throw Py.toPython(new ArrayTypeError("Using a non-tuple sequence for multidimensional indexing is not "
                    + "allowed; use `arr[array(seq)]` instead of `arr[seq]`. See "
                    + "https://github.com/jax-ml/jax/issues/4564 for more information."));
        }
        for (Value item : items) {
            if (item instanceof io.tastelab.playground.interp.FloatValue) {
                throw Py.toPython(new ArrayTypeError("Indexer must have integer or boolean type, got indexer with "
                        + "type float64"));
            }
        }
    }

    @Override
    public Value getItem(Value index) {
        if (index instanceof TracerValue
                || index instanceof TupleValue tuple && tuple.items().stream().anyMatch(TracerValue.class::isInstance)) {
            throw Py.toPython(new io.tastelab.array.UntraceableOpException("indexing an array with a traced index"));
        }
        if (array.flavor() == Flavor.JAX) {
            checkJaxIndex(index);
        }
        List<Index> items = Py.toIndex(index);
        NdArray result = Py.guard(() -> array.get(items));
        if (keyIds != null && keyIds.length == array.shape()[0] && array.ndim() == 2 && items.size() == 1
                && items.getFirst() instanceof Index.Int i && result.ndim() == 1) {
            int row = (int) (i.value() < 0 ? i.value() + keyIds.length : i.value());
            return new ArrayValue(result, keyTree, new int[] {keyIds[row]});
        }
        return view(result);
    }

    /**
     * {@code result} as a value; a NumPy view of this array's memory remembers the owner as its {@code base},
     * as NumPy's does (a view of a view has the first owner as base).
     */
    ArrayValue view(NdArray result) {
        ArrayValue value = new ArrayValue(result);
        if (result != array && result.flavor() == Flavor.NUMPY && !result.isScalar()
                && result.sharesMemoryWith(array)) {
            value.base = base != null ? base : this;
        }
        return value;
    }

    /** NumPy's {@code .base}: the owner of a view's memory, or null. */
    ArrayValue base() {
        return base;
    }

    /**
     * {@code a.shape = s} reshapes a NumPy array in place, without copying: views made before keep sharing its
     * elements. A layout that needs a copy is refused with NumPy's AttributeError; JAX arrays and NumPy scalars
     * are immutable.
     */
    @Override
    public void setAttribute(String name, Value value) {
        if (!name.equals("shape") || array.flavor() == Flavor.JAX) {
            AttributeDispatch.super.setAttribute(name, value);
            return;
        }
        if (array.isScalar()) {
            throw PlaygroundError.attributeError("attribute 'shape' of 'numpy.generic' objects is not writable");
        }
        int[] shape = assignedShape(value);
        NdArray reshaped = Py.guard(() -> array.reshapedInPlace(shape));
        if (reshaped == null) {
            throw PlaygroundError.attributeError("Incompatible shape for in-place modification. Use `.reshape()` to "
                    + "make a copy with the desired shape.");
        }
        array = reshaped;
    }

    /** The shape assigned to {@code a.shape}: an int or a sequence of ints, in NumPy's words when it is neither. */
    private static int[] assignedShape(Value value) {
        if (value instanceof io.tastelab.playground.interp.FloatValue) {
            throw PlaygroundError.typeError("expected a sequence of integers or a single integer, got '"
                    + value.str() + "'");
        }
        if (value instanceof TupleValue || value instanceof io.tastelab.playground.interp.ListValue) {
            List<Value> items = ((IterableValue) value).items();
            int[] shape = new int[items.size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = Py.toInt(items.get(i), null);
            }
            return shape;
        }
        return new int[] {Py.toInt(value, null)};
    }

    /** {@code ndarray.resize}: the array now has {@code resized}'s shape and elements (NumPy resizes in place). */
    void resizeInPlace(NdArray resized) {
        array = resized;
    }

    @Override
    public void setItem(Value index, Value value) {
        if (array.flavor() == Flavor.JAX) {
            // JAX's own words (jax/_src/numpy/array_methods.py), which name no index.
            throw PlaygroundError.typeError("JAX arrays are immutable and do not support in-place item assignment. "
                    + "Instead of x[idx] = y, use x = x.at[idx].set(y) or another .at[] method: "
                    + "https://docs.jax.dev/en/latest/_autosummary/jax.numpy.ndarray.at.html");
        }
        List<Index> items = Py.toIndex(index);
        Object converted = Py.arrayLike(value, "__setitem__");
        Py.guard(() -> {
            array.set(items, converted);
            return null;
        });
    }

    // ---------------------------------------------------------------- iteration and conversion

    @Override
    public long length() {
        return Py.guard(array::len);
    }

    @Override
    public List<Value> items() {
        if (array.ndim() == 0) {
            throw PlaygroundError.typeError("iteration over a 0-d array");
        }
        int n = array.shape()[0];
        List<Value> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(getItem(IntValue.of(i)));
        }
        return items;
    }

    @Override
    public boolean formatsAsPythonScalar() {
        return array.flavor() == Flavor.NUMPY && array.ndim() == 0 && !array.isScalar();
    }

    @Override
    public Value toPythonScalar() {
        if (array.size() != 1) {
            throw PlaygroundError.typeError("only length-1 arrays can be converted to Python scalars");
        }
        return Py.fromObject(Py.guard(array::item));
    }

    @Override
    public BigInteger asIndex() {
        if (array.ndim() != 0 || !array.dtype().isInteger()) {
            throw PlaygroundError.typeError("only integer scalar arrays can be converted to a scalar index");
        }
        Object item = array.item();
        return item instanceof BigInteger big ? big : BigInteger.valueOf((Long) item);
    }

    @Override
    public void awaitReady() {
        // Computation is eager: the data is there when the value exists.
    }

    // ---------------------------------------------------------------- attributes

    @Override
    public Value getAttribute(String name) {
        return switch (name) {
            case "shape" -> Py.shapeTuple(array.shape());
            case "ndim" -> IntValue.of(array.ndim());
            case "size" -> IntValue.of(array.size());
            case "dtype" -> DTypeValue.instance(array.dtype());
            case "itemsize" -> IntValue.of(array.dtype().itemSize());
            case "nbytes" -> IntValue.of(array.size() * array.dtype().itemSize());
            case "T" -> view(Py.guard(array::T));
            // copies, where NumPy's are views: writing to x.real does not change x here
            case "real" -> wrap(Py.guard(() -> ArrayNamespace.of(array.flavor()).real(array)));
            case "imag" -> wrap(Py.guard(() -> ArrayNamespace.of(array.flavor()).imag(array)));
            case "base", "flags" -> {
                if (array.flavor() == Flavor.JAX) {
                    throw noAttribute(name);
                }
                yield name.equals("base") ? (base == null ? io.tastelab.playground.interp.NoneValue.INSTANCE : base)
                        : new ArrayFlagsValue(this);
            }
            case "flat" -> {
                if (array.flavor() == Flavor.JAX) {
                    throw PlaygroundError.of("NotImplementedError", "JAX Arrays do not implement the arr.flat "
                            + "property: consider arr.flatten() instead.");
                }
                yield new FlatIterValue(array);
            }
            case "at" -> {
                if (array.flavor() == Flavor.NUMPY) {
                    throw noAttribute(name);
                }
                yield new AtValue(array);
            }
            default -> {
                Value method = method(name);
                if (method == null) {
                    throw noAttribute(name);
                }
                yield method;
            }
        };
    }

    /** NumPy's and JAX's wording: {@code 'numpy.ndarray' object has no attribute 'at'}. */
    private PlaygroundError noAttribute(String name) {
        String type = array.flavor() == Flavor.JAX ? "ArrayImpl" : array.isScalar() ? "numpy." + typeName()
                : "numpy.ndarray";
        return PlaygroundError.attributeError("'" + type + "' object has no attribute '" + name + "'");
    }

    /**
     * The array's methods. They keep no reference to the array or their arguments beyond what they return (a
     * new array, a view, or the array itself), so a temporary receiver can be freed after the call.
     */
    private Value method(String name) {
        BuiltinFunction method = anyMethod(name);
        return method == null ? null
                : new BuiltinFunction(method.name(), method.body(), method.owner(), false);
    }

    private BuiltinFunction anyMethod(String name) {
        ArrayNamespace ns = namespace();
        String owner = (array.flavor() == Flavor.JAX ? "ArrayImpl" : "numpy.ndarray") + " object";
        return switch (name) {
            case "reshape" -> bound(name, owner, (args, context) -> {
                if (args.keywords().containsKey("order")) {
                    throw PlaygroundError.typeError("reshape(): the playground supports C order only");
                }
                int[] shape = args.size() == 1 ? Py.toShape(args.get(0)) : shapeFromAll(args.positional());
                return view(Py.guard(() -> array.reshape(shape)));
            });
            case "astype" -> array.flavor() == Flavor.JAX ? Fn.method(name, owner, List.of("dtype"), 1,
                    (a, c) -> wrap(Py.guard(() -> array.astype(requireDType(ns, a[0])))))
                    : Fn.method(name, owner, List.of("dtype", "order", "casting", "subok", "copy"), 1, (a, c) -> {
                        StringDTypeValue text = StringDTypeValue.parse(a[0]);
                        if (text != null) {
                            return StringArrays.fromNumeric(array, text);
                        }
                        StructuredDTypeValue structured = StructuredDTypeValue.parse(a[0]);
                        if (structured != null) {
                            return StructuredArrayValue.fromNumeric(array, structured);
                        }
                        return wrap(Py.guard(() -> Casting.astype(array, requireDType(ns, a[0]),
                                a[2] == null ? "unsafe" : Py.toStr(a[2], "casting"))));
                    });
            case "sort" -> Fn.method(name, owner, List.of("axis", "kind", "order", "stable"), 0, (a, c) -> {
                if (array.flavor() == Flavor.NUMPY) {
                    StructuredSort.refuseOrder(a[2]);
                }
                NdArray sorted = Py.guard(() -> ns.sort(array, SortFunctions.sortAxis(a[0])));
                if (array.flavor() == Flavor.JAX) {
                    return wrap(sorted);
                }
                Py.guard(() -> {
                    array.set(List.of(Index.Ellipsis.INSTANCE), sorted); // NumPy sorts in place
                    return null;
                });
                return io.tastelab.playground.interp.NoneValue.INSTANCE;
            });
            case "argsort" -> Fn.method(name, owner, List.of("axis", "kind", "order", "stable"), 0, (a, c) -> {
                if (array.flavor() == Flavor.NUMPY) {
                    StructuredSort.refuseOrder(a[2]);
                }
                return wrap(Py.guard(() -> ns.argsort(array, SortFunctions.sortAxis(a[0]))));
            });
            case "nonzero" -> Fn.method(name, owner, List.of(), 0,
                    (a, c) -> SortFunctions.indexTuple(Py.guard(() -> ns.nonzero(array))));
            case "cumsum", "cumprod" -> Fn.method(name, owner, List.of("axis", "dtype", "out"), 0,
                    (a, c) -> wrap(StatisticsFunctions.cumulative(ns, name, array, a[0], a[1], a[2])));
            case "var", "std" -> Fn.method(name, owner, StatisticsFunctions.MOMENT_PARAMETERS, 0,
                    (a, c) -> wrap(StatisticsFunctions.moment(ns, name, array, a[0], a[1], a[2], a[3], a[4])));
            case "sum", "mean", "max", "min", "prod", "all", "any" -> Fn.method(name, owner,
                    List.of("axis", "keepdims"), 0, (a, c) -> wrap(reduce(ns, name, array, a[0], Py.toBool(a[1]))));
            case "argmax", "argmin" -> Fn.method(name, owner, List.of("axis", "keepdims"), 0,
                    (a, c) -> wrap(reduce(ns, name, array, Py.toAxis(a[0]), Py.toBool(a[1]))));
            case "transpose" -> bound(name, owner, (args, context) -> {
                if (args.size() == 0) {
                    return view(Py.guard(array::transpose));
                }
                int[] axes = args.size() == 1 ? Py.toShape(args.get(0)) : shapeFromAll(args.positional());
                return view(Py.guard(() -> array.transpose(axes)));
            });
            case "squeeze" -> Fn.method(name, owner, List.of("axis"), 0,
                    (a, c) -> view(Py.guard(() -> array.squeeze(Py.toAxis(a[0])))));
            case "flatten" -> Fn.method(name, owner, List.of(), 0, (a, c) -> wrap(Py.guard(array::flatten)));
            case "ravel" -> Fn.method(name, owner, List.of(), 0, (a, c) -> view(Py.guard(array::ravel)));
            case "copy" -> Fn.method(name, owner, List.of(), 0, (a, c) -> wrap(Py.guard(array::copy)));
            case "conj", "conjugate" -> Fn.method(name, owner, List.of(), 0,
                    (a, c) -> wrap(Py.guard(() -> ArrayNamespace.of(array.flavor()).conj(array))));
            case "item" -> Fn.method(name, owner, List.of(), 0, (a, c) -> Py.fromObject(Py.guard(array::item)));
            case "tolist" -> Fn.method(name, owner, List.of(), 0, (a, c) -> Py.fromObject(Py.guard(array::toList)));
            case "dot" -> Fn.method(name, owner, List.of("b"), 1,
                    (a, c) -> wrap(Py.guard(() -> ns.dot(array, Py.arrayLike(a[0], "dot")))));
            case "block_until_ready" -> Fn.method(name, owner, List.of(), 0, (a, c) -> this);
            case "repeat" -> Fn.method(name, owner, List.of("repeats", "axis"), 1,
                    (a, c) -> wrap(ManipulationFunctions.repeat(new ElementMoves.Eager(ns), ns, array, a[0], a[1])));
            case "view", "resize" -> array.flavor() == Flavor.JAX ? null : NdarrayMethods.method(this, name, owner);
            case "clip" -> Fn.method(name, owner, array.flavor() == Flavor.JAX ? List.of("min", "max")
                    : List.of("min", "max", "out"), 0, (a, c) -> {
                if (a.length > 2 && a[2] != null && a[2] != io.tastelab.playground.interp.NoneValue.INSTANCE) {
                    throw PlaygroundError.of("NotImplementedError", "clip(..., out=...) is not supported by the "
                            + "playground: assign the result instead");
                }
                // minimum(maximum(a, min), max), as np.clip and jnp.clip (ClipFunction)
                NdArray result = array;
                if (a[0] != null && a[0] != io.tastelab.playground.interp.NoneValue.INSTANCE) {
                    NdArray low = result;
                    result = Py.guard(() -> ns.binary(io.tastelab.array.BinaryOp.MAXIMUM, low,
                            Py.arrayLike(a[0], "clip")));
                }
                if (a[1] != null && a[1] != io.tastelab.playground.interp.NoneValue.INSTANCE) {
                    NdArray high = result;
                    result = Py.guard(() -> ns.binary(io.tastelab.array.BinaryOp.MINIMUM, high,
                            Py.arrayLike(a[1], "clip")));
                }
                return wrap(result == array ? Py.guard(array::copy) : result);
            });
            case "round" -> Fn.method(name, owner, List.of("decimals", "out"), 0,
                    (a, c) -> wrap(RoundingFunctions.round(ns, this, a[0], name)));
            default -> null;
        };
    }

    private static BuiltinFunction bound(String name, String owner, BuiltinFunction.Body body) {
        return new BuiltinFunction(name, body, owner);
    }

    /** The dtype {@code value} names; None means the namespace's default float, as {@code astype(None)} has it. */
    static DType requireDType(ArrayNamespace ns, Value value) {
        DType dtype = Py.toDType(ns, value);
        if (dtype == null) {
            return ns.flavor().defaultFloat();
        }
        return dtype;
    }

    private static int[] shapeFromAll(List<Value> values) {
        int[] shape = new int[values.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = Py.toInt(values.get(i), "shape");
        }
        return shape;
    }

    /** sum/mean/max/min/prod/all/any with an axis that may be None, an int or a tuple of ints. */
    static NdArray reduce(ArrayNamespace ns, String name, NdArray a, Value axis, boolean keepdims) {
        int[] axes = Py.toAxes(axis);
        if (axes != null) {
            return Py.guard(() -> switch (name) {
                case "all" -> ns.all(a, axes, keepdims);
                case "any" -> ns.any(a, axes, keepdims);
                default -> ns.reduce(name, a, axes, keepdims);
            });
        }
        return reduce(ns, name, a, Py.toAxis(axis), keepdims);
    }

    static NdArray reduce(ArrayNamespace ns, String name, NdArray a, Integer axis, boolean keepdims) {
        return Py.guard(() -> switch (name) {
            case "sum" -> ns.sum(a, axis, keepdims);
            case "mean" -> ns.mean(a, axis, keepdims);
            case "max" -> ns.max(a, axis, keepdims);
            case "min" -> ns.min(a, axis, keepdims);
            case "prod" -> ns.prod(a, axis, keepdims);
            case "all" -> ns.all(a, axis, keepdims);
            case "any" -> ns.any(a, axis, keepdims);
            case "argmax" -> ns.argmax(a, axis, keepdims);
            case "argmin" -> ns.argmin(a, axis, keepdims);
            default -> throw new IllegalStateException(name);
        });
    }

    static ArrayValue wrap(NdArray array) {
        return new ArrayValue(array);
    }
}
