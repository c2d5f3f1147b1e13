package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.DType;
import io.tastelab.array.Flavor;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.BoolValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.Value;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dtype helpers of {@code numpy} and {@code jax.numpy}: the abstract types ({@code np.integer}, ...),
 * {@code issubdtype}, {@code iinfo} and {@code finfo}, and the platform aliases ({@code int_}, {@code intp},
 * {@code double}, ...).
 */
final class DTypeFunctions {

    private DTypeFunctions() {
    }

    static void register(Map<String, Value> f, ArrayNamespace ns) {
        Flavor flavor = ns.flavor();
        String module = flavor == Flavor.NUMPY ? "numpy" : "jax.numpy";
        for (AbstractDTypeValue.Kind kind : AbstractDTypeValue.ALL) {
            f.put(kind.pythonName, new AbstractDTypeValue(kind, module));
        }
        Map<String, DType> aliases = new LinkedHashMap<>();
        aliases.put("int_", DType.INT64);
        aliases.put("uint", DType.UINT64);
        aliases.put("double", DType.FLOAT64);
        aliases.put("single", DType.FLOAT32);
        aliases.put("half", DType.FLOAT16);
        aliases.put("csingle", DType.COMPLEX64);
        aliases.put("cdouble", DType.COMPLEX128);
        if (flavor == Flavor.NUMPY) {
            aliases.put("intp", DType.INT64);
            aliases.put("uintp", DType.UINT64);
            aliases.put("byte", DType.INT8);
            aliases.put("ubyte", DType.UINT8);
            aliases.put("short", DType.INT16);
            aliases.put("ushort", DType.UINT16);
            aliases.put("intc", DType.INT32);
            aliases.put("uintc", DType.UINT32);
            aliases.put("long", DType.INT64);
            aliases.put("ulong", DType.UINT64);
            aliases.put("longlong", DType.INT64);
            aliases.put("ulonglong", DType.UINT64);
        }
        aliases.forEach((name, dtype) -> f.put(name, DTypeValue.scalarType(dtype, flavor)));
        f.put("issubdtype", Fn.function("issubdtype", List.of("arg1", "arg2"), 2,
                (a, c) -> BoolValue.of(issubdtype(ns, a[0], a[1]))));
        f.put("iinfo", Fn.function("iinfo", List.of("int_type"), 1, (a, c) -> iinfo(dtypeOf(ns, a[0]))));
        f.put("finfo", Fn.function("finfo", List.of("dtype"), 1, (a, c) -> finfo(ns, dtypeOf(ns, a[0]))));
        if (flavor == Flavor.NUMPY) {
            CanCastFunction.register(f);
        }
    }

    /** The dtype a dtype-like or an array names ({@code iinfo(x)} reads {@code x.dtype}). */
    private static DType dtypeOf(ArrayNamespace ns, Value value) {
        if (value instanceof ArrayValue array) {
            return array.array().dtype();
        }
        DType d = Py.toDType(ns, value);
        if (d == null) {
            throw PlaygroundError.typeError("Cannot interpret 'None' as a data type");
        }
        return d;
    }

    private static AbstractDTypeValue.Kind kindOf(Value value) {
        if (value instanceof AbstractDTypeValue abstractType) {
            return abstractType.kind();
        }
        return null;
    }

    /**
     * {@code issubdtype(arg1, arg2)}: with an abstract {@code arg2}, whether arg1 is of that kind; otherwise whether
     * both name the same dtype (Python's {@code float} is float64, so float32 is not a subtype of it).
     */
    static boolean issubdtype(ArrayNamespace ns, Value arg1, Value arg2) {
        AbstractDTypeValue.Kind kind2 = kindOf(arg2);
        AbstractDTypeValue.Kind kind1 = kindOf(arg1);
        if (kind2 == null) {
            if (kind1 != null) {
                return false;
            }
            return DType.parse(dtypeOf(ArrayNamespace.NUMPY, arg1).numpyName()) == DType.parse(
                    dtypeOf(ArrayNamespace.NUMPY, arg2).numpyName());
        }
        if (kind1 != null) {
            return kind1.within(kind2);
        }
        return AbstractDTypeValue.Kind.of(dtypeOf(ArrayNamespace.NUMPY, arg1)).within(kind2);
    }

    private static Value iinfo(DType dtype) {
        if (!dtype.isInteger()) {
            throw PlaygroundError.valueError("Invalid integer data type '" + dtype.kind() + "'.");
        }
        BigInteger min = BigInteger.valueOf(dtype.minLong());
        BigInteger max = dtype == DType.UINT64 ? BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)
                : BigInteger.valueOf(dtype.maxLong());
        Map<String, Value> attributes = new LinkedHashMap<>();
        attributes.put("bits", IntValue.of(dtype.bits()));
        attributes.put("min", IntValue.of(min));
        attributes.put("max", IntValue.of(max));
        attributes.put("dtype", DTypeValue.instance(dtype));
        attributes.put("kind", new StrValue(String.valueOf(dtype.kind())));
        return new MachineLimitsValue("iinfo", "iinfo(min=" + min + ", max=" + max + ", dtype=" + dtype.numpyName()
                + ")", attributes);
    }

    /** IEEE 754 binary16, binary32 and binary64 as NumPy's finfo describes them. */
    private static Value finfo(ArrayNamespace ns, DType dtype) {
        if (!dtype.isFloat()) {
            throw PlaygroundError.valueError("data type <class 'numpy." + dtype.numpyName() + "'> not inexact");
        }
        int mantissa = switch (dtype) {
            case FLOAT16 -> 10;
            case FLOAT32 -> 23;
            default -> 52;
        };
        int maxExponent = switch (dtype) {
            case FLOAT16 -> 16;
            case FLOAT32 -> 128;
            default -> 1024;
        };
        int precision = switch (dtype) {
            case FLOAT16 -> 3;
            case FLOAT32 -> 6;
            default -> 15;
        };
        double max = (2 - Math.scalb(1.0, -mantissa)) * Math.scalb(1.0, maxExponent - 1);
        Map<String, Value> attributes = new LinkedHashMap<>();
        attributes.put("bits", IntValue.of(dtype.bits()));
        attributes.put("eps", scalar(Math.scalb(1.0, -mantissa), dtype));
        attributes.put("epsneg", scalar(Math.scalb(1.0, -mantissa - 1), dtype));
        attributes.put("max", scalar(max, dtype));
        attributes.put("min", scalar(-max, dtype));
        attributes.put("tiny", scalar(Math.scalb(1.0, 2 - maxExponent), dtype));
        attributes.put("smallest_normal", scalar(Math.scalb(1.0, 2 - maxExponent), dtype));
        attributes.put("smallest_subnormal", scalar(Math.scalb(1.0, 2 - maxExponent - mantissa), dtype));
        attributes.put("resolution", scalar(Math.pow(10, -precision), dtype));
        attributes.put("precision", IntValue.of(precision));
        attributes.put("nmant", IntValue.of(mantissa));
        attributes.put("maxexp", IntValue.of(maxExponent));
        attributes.put("minexp", IntValue.of(3 - maxExponent - 1));
        attributes.put("dtype", DTypeValue.instance(dtype));
        String limits = switch (dtype) {
            case FLOAT16 -> "resolution=0.001, min=-6.55040e+04, max=6.55040e+04";
            case FLOAT32 -> "resolution=1e-06, min=-3.4028235e+38, max=3.4028235e+38";
            default -> "resolution=1e-15, min=-1.7976931348623157e+308, max=1.7976931348623157e+308";
        };
        return new MachineLimitsValue("finfo", "finfo(" + limits + ", dtype=" + dtype.numpyName() + ")", attributes);
    }

    /** A NumPy scalar of {@code dtype}, as finfo's attributes are (np.float32(1.1920929e-07)). */
    private static Value scalar(double value, DType dtype) {
        NdArray x = ArrayNamespace.NUMPY.scalar(value, dtype);
        return new ArrayValue(x);
    }
}
