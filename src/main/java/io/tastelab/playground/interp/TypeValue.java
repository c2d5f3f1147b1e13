package io.tastelab.playground.interp;

import java.util.Objects;

/**
 * A Python type object such as {@code int} or {@code str}: what {@code type(x)} returns, and, for the builtin
 * types, callable to convert ({@code int('42')}). Immutable; equal when the names are equal.
 *
 * @param name        the type's name
 * @param constructor what calling the type does, or null if it can't be called here
 */
public record TypeValue(String name, BuiltinFunction.Body constructor) implements CallableValue, AttributeDispatch {

    public TypeValue {
        Objects.requireNonNull(name);
    }

    @Override
    public Value call(Arguments arguments, CallContext context) {
        if (constructor == null) {
            throw PlaygroundError.typeError("cannot create '" + name + "' instances");
        }
        return constructor.call(arguments, context);
    }

    /** {@code __name__}; for the types a class can derive from, their methods unbound ({@code str.upper}, {@code str.__hash__}). */
    @Override
    public Value getAttribute(String attribute) {
        if (attribute.equals("__name__")) {
            return new StrValue(name.substring(name.lastIndexOf('.') + 1));
        }
        return BuiltinBases.DERIVABLE.contains(name) ? UnboundBuiltinMethod.of(this, attribute) : null;
    }

    @Override
    public String typeName() {
        return "type";
    }

    @Override
    public String repr() {
        return "<class '" + qualifiedName(name) + "'>";
    }

    private static final java.util.Set<String> NUMPY_SCALARS = java.util.Set.of("int8", "int16", "int32", "int64",
            "uint8", "uint16", "uint32", "uint64", "float16", "float32", "float64", "complex64", "complex128",
            "bfloat16", "str_", "bytes_", "void");

    /**
     * The name Python prints for a type: the module of the NumPy and JAX classes in front ({@code numpy.ndarray},
     * {@code numpy.float64}, {@code numpy.dtypes.Float32DType}, and {@code jaxlib._jax.ArrayImpl} as JAX 0.7
     * prints a JAX array's type); Python's own types as they are.
     */
    static String qualifiedName(String name) {
        if (NUMPY_SCALARS.contains(name) || name.equals("ndarray")) {
            return "numpy." + name;
        }
        if (name.startsWith("dtype[") && name.endsWith("]")) {
            String scalar = name.substring("dtype[".length(), name.length() - 1);
            return "numpy.dtypes." + Character.toUpperCase(scalar.charAt(0)) + scalar.substring(1) + "DType";
        }
        return switch (name) {
            case "ArrayImpl", "PjitFunction" -> "jaxlib._jax." + name;
            case "Array" -> "jax.Array";
            case "Counter", "OrderedDict" -> "collections." + name;
            default -> name;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypeValue that && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
