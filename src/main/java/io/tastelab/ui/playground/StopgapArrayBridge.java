package io.tastelab.ui.playground;

import io.tastelab.array.ArrayException;
import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.AtIndexer;
import io.tastelab.array.BinaryOp;
import io.tastelab.array.DType;
import io.tastelab.array.Flavor;
import io.tastelab.array.Index;
import io.tastelab.array.NdArray;
import io.tastelab.array.UnaryOp;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.AttributeDispatch;
import io.tastelab.playground.interp.BoolValue;
import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.EllipsisValue;
import io.tastelab.playground.interp.FloatValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.ModuleProvider;
import io.tastelab.playground.interp.ModuleValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.NotImplementedValue;
import io.tastelab.playground.interp.OperatorDispatch;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.SliceValue;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.SubscriptDispatch;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import io.tastelab.playground.lang.BinaryOperator;
import io.tastelab.playground.lang.CompareOperator;
import io.tastelab.playground.lang.UnaryOperator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A small np/jnp binding over the array layer, for the pane while the playground branch's full binding is being
 * built: {@code array, asarray, arange, zeros, ones, full, linspace, reshape, transpose}, dtype objects, operators,
 * comparisons, subscripts (get, NumPy set, JAX's immutability error) and {@code .at[...]}. No {@code jax.random}
 * and no {@code jax.jit}: those come with the real binding. Stateless and thread-safe.
 */
final class StopgapArrayBridge implements ArrayBridge {

    @Override
    public ModuleProvider modules() {
        return name -> switch (name) {
            case "numpy" -> Optional.of(namespace("numpy", ArrayNamespace.NUMPY));
            case "jax.numpy" -> Optional.of(namespace("jax.numpy", ArrayNamespace.JAX));
            case "jax" -> Optional.of(new ModuleValue("jax", Map.of("numpy", namespace("jax.numpy", ArrayNamespace.JAX))));
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<NdArray> arrayOf(Value value) {
        return value instanceof ArrayValue array ? Optional.of(array.array) : Optional.empty();
    }

    private static ModuleValue namespace(String name, ArrayNamespace np) {
        Map<String, Value> attributes = new LinkedHashMap<>();
        for (DType dtype : DType.values()) {
            attributes.put(dtype.numpyName(), new DTypeValue(dtype));
        }
        attributes.put("newaxis", NoneValue.INSTANCE);
        function(attributes, "array", List.of("object", "dtype"), 1,
                a -> np.array(toJava(a[0]), dtypeOf(np, a[1])));
        function(attributes, "asarray", List.of("a", "dtype"), 1,
                a -> np.asarray(toJava(a[0]), dtypeOf(np, a[1])));
        function(attributes, "arange", List.of("start", "stop", "step", "dtype"), 1, a -> {
            Number start = a[1] == null ? 0L : (Number) toJava(a[0]);
            Number stop = a[1] == null ? (Number) toJava(a[0]) : (Number) toJava(a[1]);
            Number step = a[2] == null ? 1L : (Number) toJava(a[2]);
            return np.arange(start, stop, step, dtypeOf(np, a[3]));
        });
        function(attributes, "zeros", List.of("shape", "dtype"), 1, a -> np.zeros(shapeOf(a[0]), dtypeOf(np, a[1])));
        function(attributes, "ones", List.of("shape", "dtype"), 1, a -> np.ones(shapeOf(a[0]), dtypeOf(np, a[1])));
        function(attributes, "full", List.of("shape", "fill_value", "dtype"), 2,
                a -> np.full(shapeOf(a[0]), toJava(a[1]), dtypeOf(np, a[2])));
        function(attributes, "linspace", List.of("start", "stop", "num", "endpoint", "dtype"), 2,
                a -> np.linspace(((Number) toJava(a[0])).doubleValue(), ((Number) toJava(a[1])).doubleValue(),
                        a[2] == null ? 50 : ((Number) toJava(a[2])).intValue(),
                        a[3] == null || a[3].isTruthy(), dtypeOf(np, a[4])));
        function(attributes, "reshape", List.of("a", "newshape"), 2, a -> np.reshape(toJava(a[0]), shapeOf(a[1])));
        function(attributes, "transpose", List.of("a"), 1, a -> np.transpose(toJava(a[0]), null));
        for (String unary : List.of("exp", "log", "sqrt", "abs")) {
            function(attributes, unary, List.of("x"), 1, a -> np.unary(unary.equals("abs") ? UnaryOp.ABSOLUTE : UnaryOp.valueOf(unary.toUpperCase()), toJava(a[0])));
        }
        for (String binary : List.of("add", "subtract", "multiply", "divide", "maximum", "minimum")) {
            function(attributes, binary, List.of("x1", "x2"), 2, a -> np.binary(BinaryOp.of(binary), toJava(a[0]), toJava(a[1])));
        }
        function(attributes, "matmul", List.of("a", "b"), 2, a -> np.matmul(toJava(a[0]), toJava(a[1])));
        function(attributes, "sum", List.of("a", "axis"), 1, a -> np.sum(toJava(a[0]), axisOf(a[1]), false));
        function(attributes, "mean", List.of("a", "axis"), 1, a -> np.mean(toJava(a[0]), axisOf(a[1]), false));
        return new ModuleValue(name, attributes);
    }

    private interface Body {
        Object call(Value[] arguments);
    }

    private static void function(Map<String, Value> attributes, String name, List<String> parameters, int required, Body body) {
        attributes.put(name, new BuiltinFunction(name, (arguments, context) ->
                wrap(guard(() -> body.call(arguments.bind(name, parameters, required))))));
    }

    /** Runs array code, turning the array layer's exceptions into the Python errors they stand for. */
    static <T> T guard(Supplier<T> work) {
        try {
            return work.get();
        } catch (ArrayException e) {
            throw PlaygroundError.of(e.pythonName(), e.getMessage());
        }
    }

    static Value wrap(Object result) {
        return switch (result) {
            case NdArray array -> new ArrayValue(array);
            case Value value -> value;
            case null -> NoneValue.INSTANCE;
            default -> throw new IllegalStateException("unexpected " + result.getClass());
        };
    }

    private static DType dtypeOf(ArrayNamespace np, Value value) {
        return switch (value) {
            case null -> null;
            case NoneValue none -> null;
            case DTypeValue dtype -> dtype.dtype;
            case StrValue name -> guard(() -> np.dtype(name.value()));
            default -> throw PlaygroundError.typeError("Cannot interpret '" + value.repr() + "' as a data type");
        };
    }

    private static Integer axisOf(Value value) {
        return value == null || value == NoneValue.INSTANCE ? null : ((Number) toJava(value)).intValue();
    }

    private static int[] shapeOf(Value value) {
        Object shape = toJava(value);
        if (shape instanceof Number n) {
            return new int[] {n.intValue()};
        }
        if (shape instanceof List<?> list) {
            return list.stream().mapToInt(item -> ((Number) item).intValue()).toArray();
        }
        throw PlaygroundError.typeError("expected a sequence of integers or a single integer, got '" + value.repr() + "'");
    }

    /** A playground value as the array layer takes it: Long, Double, Boolean, List, NdArray or null. */
    static Object toJava(Value value) {
        return switch (value) {
            case ArrayValue array -> array.array;
            case BoolValue bool -> bool.value();
            case IntValue integer -> integer.longValueExact();
            case FloatValue real -> real.value();
            case NoneValue none -> null;
            case ListValue list -> list.items().stream().map(StopgapArrayBridge::toJava).toList();
            case TupleValue tuple -> tuple.items().stream().map(StopgapArrayBridge::toJava).toList();
            default -> throw PlaygroundError.typeError("unsupported value for an array: " + value.typeName());
        };
    }

    /** A subscript as the array layer takes it. */
    static List<Index> indexOf(Value index) {
        List<Value> items = index instanceof TupleValue tuple ? tuple.items() : List.of(index);
        List<Index> result = new ArrayList<>();
        for (Value item : items) {
            result.add(switch (item) {
                case SliceValue slice -> Index.slice(bound(slice.start()), bound(slice.stop()), bound(slice.step()));
                case EllipsisValue ellipsis -> Index.Ellipsis.INSTANCE;
                case NoneValue none -> Index.NewAxis.INSTANCE;
                default -> guard(() -> Index.of(toJava(item)));
            });
        }
        return result;
    }

    private static Long bound(Value value) {
        return value == NoneValue.INSTANCE ? null : (Long) toJava(value);
    }

    /** A dtype object such as {@code np.float32}. */
    record DTypeValue(DType dtype) implements Value {
        @Override
        public String typeName() {
            return "dtype";
        }

        @Override
        public String repr() {
            return dtype.pythonRepr();
        }
    }

    /** An array in the playground. */
    static final class ArrayValue implements OperatorDispatch, SubscriptDispatch, AttributeDispatch {
        final NdArray array;

        ArrayValue(NdArray array) {
            this.array = array;
        }

        @Override
        public String typeName() {
            return array.flavor() == Flavor.JAX ? "ArrayImpl" : "ndarray";
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
            return guard(array::truth);
        }

        @Override
        public Value binaryOp(BinaryOperator op, Value other, boolean reflected) {
            Object operand;
            try {
                operand = toJava(other);
            } catch (PlaygroundError e) {
                return NotImplementedValue.INSTANCE;
            }
            if (op == BinaryOperator.MATMUL) {
                return wrap(guard(() -> reflected ? ArrayNamespace.of(array.flavor()).matmul(operand, array) : array.matmul(operand)));
            }
            BinaryOp arrayOp = BinaryOp.of(op.symbol());
            return wrap(guard(() -> reflected ? array.reflected(arrayOp, operand) : array.binary(arrayOp, operand)));
        }

        @Override
        public Value compare(CompareOperator op, Value other) {
            if (op.ordinal() > CompareOperator.GREATER_EQUAL.ordinal()) {
                return NotImplementedValue.INSTANCE;
            }
            return wrap(guard(() -> array.binary(BinaryOp.of(op.symbol()), toJava(other))));
        }

        @Override
        public Value unaryOp(UnaryOperator op) {
            return op == UnaryOperator.NEGATE ? wrap(guard(array::negative)) : op == UnaryOperator.PLUS ? this
                    : NotImplementedValue.INSTANCE;
        }

        @Override
        public Value getItem(Value index) {
            return wrap(guard(() -> array.get(indexOf(index))));
        }

        @Override
        public void setItem(Value index, Value value) {
            guard(() -> {
                array.set(indexOf(index), toJava(value));
                return null;
            });
        }

        @Override
        public Value getAttribute(String name) {
            return switch (name) {
                case "shape" -> new TupleValue(java.util.Arrays.stream(array.shape()).mapToObj(d -> (Value) IntValue.of(d)).toList());
                case "ndim" -> IntValue.of(array.ndim());
                case "size" -> IntValue.of(array.size());
                case "dtype" -> new DTypeValue(array.dtype());
                case "T" -> wrap(guard(array::T));
                case "at" -> array.flavor() == Flavor.JAX ? new AtValue(array) : null;
                case "reshape" -> new BuiltinFunction("reshape", (arguments, context) -> {
                    Value shape = arguments.size() == 1 ? arguments.get(0) : new TupleValue(arguments.positional());
                    return wrap(guard(() -> array.reshape(shapeOf(shape))));
                });
                case "astype" -> new BuiltinFunction("astype", (arguments, context) -> wrap(guard(() ->
                        array.astype(dtypeOf(ArrayNamespace.of(array.flavor()), arguments.bind("astype", List.of("dtype"), 1)[0])))));
                case "copy" -> new BuiltinFunction("copy", (arguments, context) -> wrap(guard(array::copy)));
                case "sum", "mean", "max", "min" -> new BuiltinFunction(name, (arguments, context) -> {
                    Integer axis = axisOf(arguments.bind(name, List.of("axis"), 0)[0]);
                    return wrap(guard(() -> switch (name) {
                        case "sum" -> array.sum(axis);
                        case "mean" -> array.mean(axis);
                        case "max" -> array.max(axis);
                        default -> array.min(axis);
                    }));
                });
                case "block_until_ready" -> new BuiltinFunction(name, (arguments, context) -> this);
                default -> null;
            };
        }
    }

    /** {@code x.at}: subscripting it gives the updater for those indices. */
    record AtValue(NdArray array) implements SubscriptDispatch {
        @Override
        public String typeName() {
            return "_IndexUpdateHelper";
        }

        @Override
        public String repr() {
            return "_IndexUpdateHelper";
        }

        @Override
        public Value getItem(Value index) {
            AtIndexer at = guard(() -> array.at(indexOf(index)));
            Map<String, Value> methods = new LinkedHashMap<>();
            for (String method : List.of("set", "add", "multiply", "min", "max", "get")) {
                methods.put(method, new BuiltinFunction(method, (arguments, context) -> {
                    if (method.equals("get")) {
                        return wrap(guard(at::get));
                    }
                    Object value = toJava(arguments.bind(method, List.of("values"), 1)[0]);
                    return wrap(guard(() -> switch (method) {
                        case "set" -> at.set(value);
                        case "add" -> at.add(value);
                        case "multiply" -> at.multiply(value);
                        case "min" -> at.min(value);
                        default -> at.max(value);
                    }));
                }));
            }
            return new ModuleValue("_IndexUpdateRef", methods);
        }
    }
}
