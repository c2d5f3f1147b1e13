package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.BinaryOp;
import io.tastelab.array.DType;
import io.tastelab.array.Flavor;
import io.tastelab.array.Index;
import io.tastelab.array.NdArray;
import io.tastelab.array.UntraceableOpException;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.AttributeDispatch;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.CallableValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * A binary ufunc such as {@code np.add} or {@code jnp.maximum}: callable as the function, with the methods
 * {@code reduce}, {@code accumulate} and {@code outer}. The methods run eagerly; inside {@code jax.jit} they are
 * refused by name.
 */
final class UfuncValue implements CallableValue, AttributeDispatch {
    private final BinaryOp op;
    private final ArrayNamespace ns;
    private final CallableValue function;

    /** {@code function} is the module function the ufunc calls as (traced where jnp's are). */
    UfuncValue(BinaryOp op, ArrayNamespace ns, CallableValue function) {
        this.op = op;
        this.ns = ns;
        this.function = function;
    }

    @Override
    public String typeName() {
        return ns.flavor() == Flavor.NUMPY ? "numpy.ufunc" : "jax.numpy.ufunc";
    }

    @Override
    public String repr() {
        return (ns.flavor() == Flavor.NUMPY ? "<ufunc '" : "<jnp.ufunc '") + op.ufuncName() + "'>";
    }

    @Override
    public Value call(Arguments arguments, CallContext context) {
        return function.call(arguments, context);
    }

    /** As the module function it calls as: {@code np.maximum(x, 0.5)}'s result is a temporary the caller may free. */
    @Override
    public boolean keepsArguments() {
        return function.keepsArguments();
    }

    @Override
    public Value getAttribute(String name) {
        String owner = repr();
        return switch (name) {
            case "__name__" -> new StrValue(op.ufuncName());
            case "nin" -> IntValue.of(2);
            case "nout" -> IntValue.of(1);
            case "identity" -> identity();
            case "reduce" -> Fn.method(name, owner, List.of("array", "axis", "dtype", "out", "keepdims"), 1,
                    (a, c) -> intoOut(ArrayValue.wrap(reduce(operand(a[0], name), a[1], Py.toDType(ns, a[2]),
                            Py.toBool(a[4]))), a[3]));
            case "accumulate" -> Fn.method(name, owner, List.of("array", "axis", "dtype", "out"), 1,
                    (a, c) -> ArrayValue.wrap(ns.accumulate(op, operand(a[0], name), a[1] == null ? 0
                            : Py.toAxis(a[1]), Py.toDType(ns, a[2]))));
            case "outer" -> Fn.method(name, owner, List.of("A", "B"), 2, (a, c) -> {
                NdArray left = operand(a[0], name);
                NdArray right = operand(a[1], name);
                int[] shape = new int[left.ndim() + right.ndim()];
                System.arraycopy(left.shape(), 0, shape, 0, left.ndim());
                java.util.Arrays.fill(shape, left.ndim(), shape.length, 1);
                return ArrayValue.wrap(ns.binary(op, left.reshape(shape), right));
            });
            default -> null;
        };
    }

    /** NumPy's {@code ufunc.identity}: the value a reduction over nothing starts from, or None. */
    private Value identity() {
        return switch (op) {
            case ADD, BITWISE_OR, BITWISE_XOR -> IntValue.of(0);
            case MULTIPLY -> IntValue.of(1);
            case BITWISE_AND -> IntValue.of(-1);
            case LOGADDEXP -> new io.tastelab.playground.interp.FloatValue(Double.NEGATIVE_INFINITY);
            default -> NoneValue.INSTANCE;
        };
    }

    /**
     * {@code reduce(..., out=y)}: the result written into {@code y} (cast to its dtype, as NumPy's reductions
     * do) and {@code y} returned.
     */
    private Value intoOut(Value result, Value out) {
        if (out == null || out == NoneValue.INSTANCE) {
            return result;
        }
        if (!(out instanceof ArrayValue target) || target.array().flavor() != Flavor.NUMPY) {
            throw PlaygroundError.typeError("return arrays must be of ArrayType");
        }
        NdArray value = ((ArrayValue) result).array();
        if (!java.util.Arrays.equals(value.shape(), target.array().shape())) {
            throw PlaygroundError.valueError("reduce(): out has shape " + io.tastelab.array.Shape.pythonTuple(
                    target.array().shape()) + " but the result has shape " + io.tastelab.array.Shape.pythonTuple(
                    value.shape()));
        }
        Py.guard(() -> {
            target.array().set(List.of(Index.Ellipsis.INSTANCE), value.astype(target.array().dtype()));
            return null;
        });
        return target;
    }

    private NdArray operand(Value value, String method) {
        if (value instanceof TracerValue) {
            throw Py.toPython(new UntraceableOpException((ns.flavor() == Flavor.NUMPY ? "np." : "jnp.")
                    + op.ufuncName() + "." + method));
        }
        return Py.asArray(ns, value, op.ufuncName() + "." + method);
    }

    /**
     * {@code ufunc.reduce(array, axis=0)}: add, multiply, maximum and minimum reduce as sum, prod, max and min do
     * (pairwise float sums included); any other ufunc folds left to right along one axis.
     */
    private NdArray reduce(NdArray array, Value axis, DType dtype, boolean keepdims) {
        NdArray x = dtype == null ? array : array.astype(dtype);
        Value axes = axis == null ? IntValue.of(0) : axis;
        String kind = switch (op) {
            case ADD -> "sum";
            case MULTIPLY -> "prod";
            case MAXIMUM -> "max";
            case MINIMUM -> "min";
            default -> null;
        };
        if (kind != null) {
            return ArrayValue.reduce(ns, kind, x, axes, keepdims);
        }
        NdArray line = axes == NoneValue.INSTANCE ? x.ravel() : x;
        int ax = axes == NoneValue.INSTANCE ? 0 : Py.guard(() -> io.tastelab.array.Shape.normalizeAxis(
                Py.toInt(axes, "axis"), line.ndim()));
        if (line.shape()[ax] == 0) {
            throw PlaygroundError.valueError("zero-size array to reduction operation " + op.ufuncName()
                    + " which has no identity");
        }
        NdArray running = ns.accumulate(op, line, ax, null);
        List<Index> last = new ArrayList<>();
        for (int d = 0; d < ax; d++) {
            last.add(Index.Slice.ALL);
        }
        last.add(new Index.Int(-1));
        NdArray folded = Py.guard(() -> running.get(last));
        if (keepdims) {
            int[] kept = line.shape();
            kept[ax] = 1;
            return folded.reshape(axes == NoneValue.INSTANCE ? ones(array.ndim()) : kept);
        }
        return folded;
    }

    private static int[] ones(int ndim) {
        int[] shape = new int[ndim];
        java.util.Arrays.fill(shape, 1);
        return shape;
    }
}
