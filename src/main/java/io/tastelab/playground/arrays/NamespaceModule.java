package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.BinaryOp;
import io.tastelab.array.DType;
import io.tastelab.array.Flavor;
import io.tastelab.array.NdArray;
import io.tastelab.array.UnaryOp;
import io.tastelab.playground.interp.BoolValue;
import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.FloatValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.IterableValue;
import io.tastelab.playground.interp.ModuleValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code numpy} and {@code jax.numpy} modules of the playground: the functions of issue 3 with each
 * library's defaults, as {@link BuiltinFunction}s over {@link ArrayNamespace}. Each call builds fresh modules.
 */
final class NamespaceModule {
    /** The parameters of isclose and allclose. */
    private static final List<String> CLOSENESS = List.of("a", "b", "rtol", "atol", "equal_nan");

    private NamespaceModule() {
    }

    /** The module for {@code flavor}: {@code numpy} or {@code jax.numpy}. */
    static ModuleValue create(Flavor flavor) {
        ArrayNamespace ns = ArrayNamespace.of(flavor);
        Map<String, Value> f = new LinkedHashMap<>();
        String moduleName = flavor == Flavor.NUMPY ? "numpy" : "jax.numpy";

        // creation
        f.put("array", Fn.arrayFunction("array", flavor == Flavor.NUMPY
                ? List.of("object", "dtype", "*", "copy") : List.of("object", "dtype", "copy"), 1,
                (a, c) -> wrap(ns.array(Py.arrayLike(a[0], "array"), Py.toDType(ns, a[1])))));
        f.put("asarray", Fn.arrayFunction("asarray", List.of("a", "dtype"), 1,
                (a, c) -> wrap(ns.asarray(Py.arrayLike(a[0], "asarray"), Py.toDType(ns, a[1])))));
        f.put("zeros", Fn.arrayFunction("zeros", List.of("shape", "dtype"), 1,
                (a, c) -> wrap(ns.zeros(Py.toShape(a[0]), Py.toDType(ns, a[1])))));
        f.put("ones", Fn.arrayFunction("ones", List.of("shape", "dtype"), 1,
                (a, c) -> wrap(ns.ones(Py.toShape(a[0]), Py.toDType(ns, a[1])))));
        f.put("full", Fn.arrayFunction("full", List.of("shape", "fill_value", "dtype"), 2,
                (a, c) -> wrap(ns.full(Py.toShape(a[0]), Py.arrayLike(a[1], "full"), Py.toDType(ns, a[2])))));
        f.put("zeros_like", Fn.arrayFunction("zeros_like", List.of("a", "dtype"), 1, (a, c) -> {
            NdArray x = Py.asArray(ns, a[0], "zeros_like");
            DType d = Py.toDType(ns, a[1]);
            return wrap(ns.zeros(x.shape(), d == null ? x.dtype() : d));
        }));
        f.put("ones_like", Fn.arrayFunction("ones_like", List.of("a", "dtype"), 1, (a, c) -> {
            NdArray x = Py.asArray(ns, a[0], "ones_like");
            DType d = Py.toDType(ns, a[1]);
            return wrap(ns.ones(x.shape(), d == null ? x.dtype() : d));
        }));
        f.put("arange", Fn.arrayFunction("arange", List.of("start", "stop", "step", "dtype"), 1, (a, c) -> wrap(ns.arange(
                Py.toNumberObject(a[0], "start"), optionalNumber(a[1], "stop"), optionalNumber(a[2], "step"),
                Py.toDType(ns, a[3])))));
        f.put("linspace", Fn.arrayFunction("linspace", List.of("start", "stop", "num", "endpoint", "dtype"), 2,
                (a, c) -> wrap(ns.linspace(Py.toDouble(a[0], "start"), Py.toDouble(a[1], "stop"),
                        a[2] == null ? 50 : Py.toInt(a[2], "num"), a[3] == null || a[3].isTruthy(),
                        Py.toDType(ns, a[4])))));
        f.put("eye", Fn.arrayFunction("eye", List.of("N", "M", "k", "dtype"), 1, (a, c) -> wrap(ns.eye(
                Py.toInt(a[0], null), a[1] == null || a[1] == NoneValue.INSTANCE ? null : Py.toInt(a[1], "M"),
                a[2] == null ? 0 : Py.toInt(a[2], "k"), Py.toDType(ns, a[3])))));

        // shapes
        // NumPy 2.4 and JAX both removed the deprecated `newshape` keyword: it is Python's unexpected-keyword error
        f.put("reshape", Fn.arrayFunction("reshape", List.of("a", "shape", "order"), 1, (a, c) -> {
            Value shape = a[1];
            if (shape == null) {
                throw PlaygroundError.typeError("reshape() missing 1 required positional argument: 'shape'");
            }
            return wrap(ns.reshape(Py.arrayLike(a[0], "reshape"), Py.toShape(shape)));
        }));
        f.put("transpose", Fn.arrayFunction("transpose", List.of("a", "axes"), 1, (a, c) -> wrap(ns.transpose(
                Py.arrayLike(a[0], "transpose"), a[1] == null || a[1] == NoneValue.INSTANCE ? null
                        : Py.toShape(a[1])))));
        f.put("astype", Fn.arrayFunction("astype", List.of("x", "dtype"), 2, (a, c) -> {
            NdArray x = Py.asArray(ns, a[0], "astype");
            return wrap(x.astype(ArrayValue.requireDType(ns, a[1])));
        }));
        f.put("shape", Fn.arrayFunction("shape", List.of("a"), 1, (a, c) -> Py.shapeTuple(ns.shape(Py.arrayLike(a[0],
                "shape")))));
        f.put("ndim", Fn.arrayFunction("ndim", List.of("a"), 1, (a, c) -> IntValue.of(ns.ndim(Py.arrayLike(a[0],
                "ndim")))));
        f.put("size", Fn.arrayFunction("size", List.of("a"), 1, (a, c) -> IntValue.of(ns.size(Py.arrayLike(a[0],
                "size")))));
        f.put("squeeze", Fn.arrayFunction("squeeze", List.of("a", "axis"), 1,
                (a, c) -> wrap(ns.squeeze(Py.arrayLike(a[0], "squeeze"), Py.toAxis(a[1])))));
        f.put("expand_dims", Fn.arrayFunction("expand_dims", List.of("a", "axis"), 2,
                (a, c) -> wrap(ns.expandDims(Py.arrayLike(a[0], "expand_dims"), Py.toInt(a[1], "axis")))));
        f.put("concatenate", Fn.arrayFunction("concatenate", List.of("arrays", "axis"), 1, (a, c) -> {
            Integer axis = a[1] == null ? Integer.valueOf(0) : Py.toAxis(a[1]);
            return wrap(ns.concatenate(sequence(a[0], "concatenate"), axis));
        }));
        f.put("stack", Fn.arrayFunction("stack", List.of("arrays", "axis"), 1, (a, c) -> wrap(ns.stack(
                sequence(a[0], "stack"), a[1] == null ? 0 : Py.toInt(a[1], "axis")))));
        f.put("ravel", Fn.arrayFunction("ravel", List.of("a"), 1,
                (a, c) -> wrap(Py.asArray(ns, a[0], "ravel").ravel())));

        // reductions
        for (String name : List.of("sum", "mean", "max", "min", "prod", "all", "any")) {
            f.put(name, Fn.arrayFunction(name, List.of("a", "axis", "keepdims"), 1, (a, c) -> wrap(ArrayValue.reduce(
                    ns, name, Py.asArray(ns, a[0], name), a[1], Py.toBool(a[2])))));
        }
        f.put("amax", f.get("max"));
        f.put("amin", f.get("min"));
        for (String name : List.of("argmax", "argmin")) {
            f.put(name, Fn.arrayFunction(name, List.of("a", "axis", "keepdims"), 1, (a, c) -> wrap(ArrayValue.reduce(
                    ns, name, Py.asArray(ns, a[0], name), Py.toAxis(a[1]), Py.toBool(a[2])))));
        }

        // elementwise
        for (BinaryOp op : BinaryOp.values()) {
            String name = op.ufuncName();
            if (flavor == Flavor.NUMPY) {
                f.put(name, Fn.arrayFunction(name, List.of("x1", "x2", "dtype"), 2, (a, c) -> {
                    if (op == BinaryOp.LOGADDEXP) {
                        UfuncCasting.requireInexactLoop(ns, a[2], name, false);
                    }
                    return wrap(ns.binary(op, UfuncCasting.operand(ns, a[0], a[2], name, 0),
                            UfuncCasting.operand(ns, a[1], a[2], name, 1)));
                }));
            } else {
                f.put(name, Fn.arrayFunction(name, List.of("x1", "x2"), 2,
                        (a, c) -> wrap(ns.binary(op, Py.arrayLike(a[0], name), Py.arrayLike(a[1], name)))));
            }
        }
        f.put("true_divide", f.get("divide"));
        f.put("mod", f.get("remainder"));
        f.put("pow", f.get("power"));
        for (UnaryOp op : UnaryOp.values()) {
            String name = op.ufuncName();
            if (flavor == Flavor.NUMPY) {
                f.put(name, Fn.arrayFunction(name, List.of("x", "dtype"), 1, (a, c) -> {
                    if (op.isInexact()) {
                        UfuncCasting.requireInexactLoop(ns, a[1], name, true);
                    }
                    return wrap(ns.unary(op, UfuncCasting.operand(ns, a[0], a[1], name, 0)));
                }));
            } else {
                f.put(name, Fn.arrayFunction(name, List.of("x"), 1,
                        (a, c) -> wrap(ns.unary(op, Py.arrayLike(a[0], name)))));
            }
        }
        f.put("abs", f.get("absolute"));
        f.put("real", Fn.arrayFunction("real", List.of("val"), 1, (a, c) -> wrap(Py.guard(() ->
                ns.real(Py.arrayLike(a[0], "real"))))));
        f.put("imag", Fn.arrayFunction("imag", List.of("val"), 1, (a, c) -> wrap(Py.guard(() ->
                ns.imag(Py.arrayLike(a[0], "imag"))))));
        f.put("conjugate", Fn.arrayFunction("conjugate", List.of("x"), 1, (a, c) -> wrap(Py.guard(() ->
                ns.conj(Py.arrayLike(a[0], "conjugate"))))));
        f.put("conj", f.get("conjugate"));
        f.put("angle", Fn.arrayFunction("angle", List.of("z", "deg"), 1, (a, c) -> wrap(Py.guard(() ->
                ns.angle(Py.arrayLike(a[0], "angle"), Py.toBool(a[1]))))));
        // logical_not is "equal to zero" in both libraries (NaN is truthy, so logical_not(nan) is False).
        f.put("logical_not", Fn.arrayFunction("logical_not", List.of("x"), 1, (a, c) ->
                wrap(ns.binary(BinaryOp.EQUAL, Py.arrayLike(a[0], "logical_not"), 0L))));
        // logical_and/or/xor: each operand's truth (non-zero; NaN is truthy), then the bool op, broadcast.
        for (String name : List.of("logical_and", "logical_or", "logical_xor")) {
            BinaryOp op = switch (name) {
                case "logical_and" -> BinaryOp.BITWISE_AND;
                case "logical_or" -> BinaryOp.BITWISE_OR;
                default -> BinaryOp.BITWISE_XOR;
            };
            f.put(name, Fn.arrayFunction(name, List.of("x1", "x2"), 2, (a, c) -> wrap(Py.guard(() -> ns.binary(op,
                    ns.binary(BinaryOp.NOT_EQUAL, Py.arrayLike(a[0], name), 0L),
                    ns.binary(BinaryOp.NOT_EQUAL, Py.arrayLike(a[1], name), 0L))))));
        }
        for (String name : List.of("isnan", "isinf", "isfinite")) {
            f.put(name, Fn.arrayFunction(name, List.of("x"), 1, (a, c) -> {
                Object x = Py.arrayLike(a[0], name);
                return wrap(Py.guard(() -> switch (name) {
                    case "isnan" -> ns.isnan(x);
                    case "isinf" -> ns.isinf(x);
                    default -> ns.isfinite(x);
                }));
            }));
        }
        f.put("isclose", Fn.arrayFunction("isclose", CLOSENESS, 2, (a, c) -> wrap(isclose(ns, a, "isclose"))));
        f.put("allclose", Fn.arrayFunction("allclose", CLOSENESS, 2, (a, c) -> {
            NdArray all = Py.guard(() -> ns.all(isclose(ns, a, "allclose"), (Integer) null, false));
            // NumPy returns a Python bool; jax.numpy a 0-d bool array.
            return ns.flavor() == Flavor.NUMPY ? BoolValue.of(Boolean.TRUE.equals(all.item())) : wrap(all);
        }));
        f.put("matmul", Fn.arrayFunction("matmul", List.of("x1", "x2"), 2,
                (a, c) -> wrap(ns.matmul(Py.arrayLike(a[0], "matmul"), Py.arrayLike(a[1], "matmul")))));
        f.put("dot", Fn.arrayFunction("dot", List.of("a", "b"), 2,
                (a, c) -> wrap(ns.dot(Py.arrayLike(a[0], "dot"), Py.arrayLike(a[1], "dot")))));
        for (String name : List.of("convolve", "correlate")) {
            f.put(name, Fn.arrayFunction(name, List.of("a", "v", "mode"), 2, (a, c) -> {
                String mode = a[2] == null ? (name.equals("convolve") ? "full" : "valid") : Py.toStr(a[2], "mode");
                Object x = Py.arrayLike(a[0], name);
                Object v = Py.arrayLike(a[1], name);
                return wrap(Py.guard(() -> name.equals("convolve") ? ns.convolve(x, v, mode)
                        : ns.correlate(x, v, mode)));
            }));
        }
        f.put("vdot", Fn.arrayFunction("vdot", List.of("a", "b"), 2, (a, c) -> wrap(vdot(ns, a[0], a[1]))));
        f.put("tensordot", Fn.arrayFunction("tensordot", List.of("a", "b", "axes"), 2, (a, c) -> wrap(
                Tensordot.eager(ns, Py.asArray(ns, a[0], "tensordot"), Py.asArray(ns, a[1], "tensordot"),
                        a[2] == null ? IntValue.of(2) : a[2]))));

        JoinFunctions.register(f, ns);
        SortFunctions.register(f, ns);
        StatisticsFunctions.register(f, ns);
        CreationFunctions.register(f, ns);
        DTypeFunctions.register(f, ns);
        IndexTricks.register(f, ns);
        RoundingFunctions.register(f, ns);
        GridFunctions.register(f, ns);
        ManipulationFunctions.register(f, ns);
        NanReductions.register(f, ns);
        TakeAndPad.register(f, ns);

        // dtypes and constants
        for (DType dtype : DType.values()) {
            f.put(dtype.numpyName(), DTypeValue.scalarType(dtype, flavor));
        }
        f.put("bool_", f.get("bool"));
        f.put("dtype", Fn.arrayFunction("dtype", List.of("dtype"), 1, (a, c) -> {
            DType d = Py.toDType(ns, a[0]);
            return DTypeValue.instance(d == null ? flavor.defaultFloat() : d);
        }));
        if (flavor == Flavor.NUMPY) {
            // NumPy's square and reciprocal ufuncs: x * x, and 1 / x computed in double and cast back for integers
            // (C's truncation: 1 for 1, -1 for -1, 0 for the rest, 1 / 0 the cast of inf); bool goes to int8.
            f.put("square", Fn.arrayFunction("square", List.of("x"), 1, (a, c) -> {
                NdArray x = numpyUfuncOperand(ns, a[0], "square");
                return wrap(Py.guard(() -> ns.binary(BinaryOp.MULTIPLY, x, x)));
            }));
            f.put("reciprocal", Fn.arrayFunction("reciprocal", List.of("x"), 1, (a, c) -> {
                NdArray x = numpyUfuncOperand(ns, a[0], "reciprocal");
                return wrap(Py.guard(() -> x.dtype().isInexact() ? ns.binary(BinaryOp.DIVIDE, 1L, x)
                        : ns.binary(BinaryOp.DIVIDE, 1.0, x.astype(DType.FLOAT64)).astype(x.dtype())));
            }));
        }
        if (flavor == Flavor.JAX) {
            // jnp.square is lax.integer_pow(x, 2); jnp.reciprocal is integer_pow(x, -1) of x made inexact.
            f.put("square", Fn.arrayFunction("square", List.of("x"), 1, (a, c) -> wrap(ns.binary(BinaryOp.POWER,
                    Py.arrayLike(a[0], "square"), 2L))));
            f.put("reciprocal", Fn.arrayFunction("reciprocal", List.of("x"), 1, (a, c) -> {
                io.tastelab.array.NdArray x = Py.asArray(ns, a[0], "reciprocal");
                return wrap(ns.binary(BinaryOp.POWER, x.dtype().isInexact() ? x
                        : x.astype(io.tastelab.array.DType.FLOAT32), -1L));
            }));
        }
        f.put("newaxis", NoneValue.INSTANCE);
        f.put("pi", new FloatValue(Math.PI));
        f.put("e", new FloatValue(Math.E));
        f.put("inf", new FloatValue(Double.POSITIVE_INFINITY));
        f.put("nan", new FloatValue(Double.NaN));
        if (flavor == Flavor.JAX) {
            f.replaceAll((name, value) -> value instanceof BuiltinFunction function ? ArrayLikeCheck.wrap(function)
                    : value);
        }
        f.replaceAll((name, value) -> value instanceof BuiltinFunction function
                ? Tracing.wrap(flavor, moduleName, function) : value);
        for (BinaryOp op : BinaryOp.values()) {
            f.put(op.ufuncName(), new UfuncValue(op, ns, (BuiltinFunction) f.get(op.ufuncName())));
        }
        f.put("true_divide", f.get("divide"));
        f.put("mod", f.get("remainder"));
        f.put("pow", f.get("power"));
        SelectFunctions.register(f, ns); // after the wrap: they call the module's where, traced where jnp's is
        if (flavor == Flavor.NUMPY) {
            LinalgModule.register(f, ns);
            f.put("testing", TestingModule.create());
            f.put("random", NumpyGeneratorValue.module());
            StringArrays.install(f);
            StructuredArrays.installNumpy(f);
            f.put("divmod", new DivmodUfunc(f.get("floor_divide"), f.get("remainder")));
            f.put("histogram", Fn.arrayFunction("histogram", List.of("a", "bins", "range", "density", "weights"), 1,
                    (a, c) -> HistogramFunction.histogram(a)));
            f.put("str_", new io.tastelab.playground.interp.TypeValue("str_", (arguments, context) -> {
                Value[] a = arguments.bind("str_", List.of("object"), 0);
                return new StrValue(a[0] == null ? "" : a[0].str());
            }));
            f.put("void", new io.tastelab.playground.interp.TypeValue("void", (arguments, context) -> {
                Value[] a = arguments.bind("void", List.of("length_or_data", "dtype"), 1);
                return StringArrays.voidScalar(a[0]);
            }));
            f.put("bytes_", new io.tastelab.playground.interp.TypeValue("bytes_", (arguments, context) -> {
                Value[] a = arguments.bind("bytes_", List.of("object"), 0);
                if (a[0] != null && !(a[0] instanceof io.tastelab.playground.interp.BytesValue)) {
                    throw PlaygroundError.typeError("the playground's np.bytes_ takes a bytes object");
                }
                return a[0] == null ? new io.tastelab.playground.interp.BytesValue(new byte[0]) : a[0];
            }));
        } else {
            StructuredArrays.installJax(f);
        }
        f.put("__name__", new StrValue(moduleName));
        return new ModuleValue(moduleName, f);
    }

    private static Number optionalNumber(Value value, String what) {
        return value == null || value == NoneValue.INSTANCE ? null : Py.toNumberObject(value, what);
    }

    static List<Object> sequence(Value value, String function) {
        if (value instanceof ArrayValue array) {
            List<Object> items = new ArrayList<>();
            for (Value item : array.items()) {
                items.add(((ArrayValue) item).array());
            }
            return items;
        }
        if (!(value instanceof IterableValue iterable)) {
            throw PlaygroundError.typeError(function + "(): expected a sequence of arrays, got '" + value.typeName()
                    + "'");
        }
        List<Object> items = new ArrayList<>();
        for (Value item : iterable.items()) {
            items.add(Py.arrayLike(item, function));
        }
        return items;
    }

    private static Value wrap(NdArray array) {
        return new ArrayValue(array);
    }

    /** isclose with NumPy's and JAX's defaults: rtol 1e-5, atol 1e-8, NaN never close unless equal_nan. */
    private static NdArray isclose(ArrayNamespace ns, Value[] a, String function) {
        Object x = Py.arrayLike(a[0], function);
        Object y = Py.arrayLike(a[1], function);
        double rtol = a[2] == null ? 1e-5 : Py.toDouble(a[2], "rtol");
        double atol = a[3] == null ? 1e-8 : Py.toDouble(a[3], "atol");
        return Py.guard(() -> ns.isclose(x, y, rtol, atol, Py.toBool(a[4])));
    }

    /**
     * vdot: the dot product of both flattened, the first conjugated (a complex a), refused as NumPy 2.4 refuses
     * unequal sizes.
     */
    private static NdArray vdot(ArrayNamespace ns, Value first, Value second) {
        Object a = Py.arrayLike(first, "vdot");
        Object b = Py.arrayLike(second, "vdot");
        long sizeA = Py.guard(() -> ns.size(a));
        long sizeB = Py.guard(() -> ns.size(b));
        if (sizeA != sizeB) {
            throw PlaygroundError.valueError("cannot reshape array of size " + sizeB + " into shape (" + sizeA + ",)");
        }
        return Py.guard(() -> ns.dot(ns.conj(ns.reshape(a, -1)), ns.reshape(b, -1)));
    }

    /** A NumPy ufunc's operand as an array: bool promoted to int8, as the ufuncs without a bool loop do. */
    private static NdArray numpyUfuncOperand(ArrayNamespace ns, Value argument, String name) {
        NdArray x = Py.asArray(ns, argument, name);
        return x.dtype().isBool() ? x.astype(DType.INT8) : x;
    }
}
