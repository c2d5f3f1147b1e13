package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.DType;
import io.tastelab.array.Flavor;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.AttributeDispatch;
import io.tastelab.playground.interp.BoolValue;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.CallableValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.NotImplementedValue;
import io.tastelab.playground.interp.OperatorDispatch;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.Value;
import io.tastelab.playground.lang.CompareOperator;
import java.util.Objects;

/**
 * A dtype as the playground shows it: either a scalar type of a namespace ({@code np.float32}, printed
 * {@code <class 'numpy.float32'>}, callable to make a scalar) or a dtype instance ({@code x.dtype}, printed
 * {@code dtype('float32')}). Both compare equal to each other and to the dtype's name, as in NumPy. Immutable.
 */
public final class DTypeValue implements CallableValue, OperatorDispatch, AttributeDispatch {

    private final DType dtype;
    private final Flavor scalarTypeOf;

    private DTypeValue(DType dtype, Flavor scalarTypeOf) {
        this.dtype = Objects.requireNonNull(dtype);
        this.scalarTypeOf = scalarTypeOf;
    }

    /** {@code x.dtype}: {@code dtype('float32')}. */
    static DTypeValue instance(DType dtype) {
        return new DTypeValue(dtype, null);
    }

    /** {@code np.float32} or {@code jnp.float32}: a scalar type of that namespace. */
    static DTypeValue scalarType(DType dtype, Flavor flavor) {
        return new DTypeValue(dtype, flavor);
    }

    /** The dtype. */
    public DType dtype() {
        return dtype;
    }

    @Override
    public String typeName() {
        return scalarTypeOf == null ? "dtype[" + dtype.numpyName() + "]" : "type";
    }

    @Override
    public String repr() {
        if (scalarTypeOf == null) {
            return "dtype('" + dtype.numpyName() + "')";
        }
        String module = scalarTypeOf == Flavor.NUMPY ? "numpy." : "jax.numpy.";
        String name = dtype == DType.BOOL ? (scalarTypeOf == Flavor.NUMPY ? "bool" : "bool") : dtype.numpyName();
        return "<class '" + module + name + "'>";
    }

    @Override
    public String str() {
        return scalarTypeOf == null ? dtype.numpyName() : repr();
    }

    @Override
    public Value call(Arguments arguments, CallContext context) {
        if (scalarTypeOf == null) {
            throw PlaygroundError.typeError("'numpy.dtype' object is not callable");
        }
        Value[] slots = arguments.bind(dtype.numpyName(), java.util.List.of("x"), 0);
        Object value = slots[0] == null ? 0L : Py.arrayLike(slots[0], dtype.numpyName());
        ArrayNamespace ns = ArrayNamespace.of(scalarTypeOf);
        if (value instanceof java.util.List<?> || value instanceof io.tastelab.array.NdArray array && array.ndim() > 0) {
            // np.float32([1, 2]) is an array of that dtype, as NumPy and jax.numpy make it
            return new ArrayValue(Py.guard(() -> ns.array(value, ns.flavor().canonical(dtype))));
        }
        return new ArrayValue(Py.guard(() -> ns.scalar(value, ns.flavor().canonical(dtype))));
    }

    @Override
    public Value compare(CompareOperator op, Value other) {
        if (op != CompareOperator.EQUAL && op != CompareOperator.NOT_EQUAL) {
            return NotImplementedValue.INSTANCE;
        }
        DType theirs;
        if (other instanceof DTypeValue that) {
            theirs = that.dtype;
        } else if (other instanceof StrValue text) {
            try {
                theirs = DType.parse(text.value());
            } catch (RuntimeException unknown) {
                theirs = null;
            }
        } else {
            return NotImplementedValue.INSTANCE;
        }
        boolean equal = dtype == theirs;
        return BoolValue.of(op == CompareOperator.EQUAL ? equal : !equal);
    }

    @Override
    public Value getAttribute(String name) {
        return switch (name) {
            case "name" -> new StrValue(dtype.numpyName());
            case "itemsize" -> IntValue.of(dtype.itemSize());
            case "kind" -> new StrValue(String.valueOf(dtype.kind()));
            // NumPy's array-interface type string: byte order ('|' where it does not apply), kind, bytes
            case "str" -> new StrValue((dtype.itemSize() == 1 ? "|" : "<") + dtype.kind() + dtype.itemSize());
            case "dtype" -> instance(dtype);
            default -> null;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DTypeValue that && that.dtype == dtype && that.scalarTypeOf == scalarTypeOf;
    }

    @Override
    public int hashCode() {
        return dtype.hashCode();
    }
}
