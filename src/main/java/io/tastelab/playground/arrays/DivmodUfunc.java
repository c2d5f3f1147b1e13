package io.tastelab.playground.arrays;

import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.AttributeDispatch;
import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.CallableValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.List;

/**
 * {@code np.divmod}, NumPy's two-output ufunc: {@code (floor_divide(x, y), remainder(x, y))}, and its
 * {@code outer}; {@code reduce}, {@code accumulate} and {@code reduceat} raise NumPy's ValueError, as they take
 * single-output ufuncs only.
 */
final class DivmodUfunc implements CallableValue, AttributeDispatch {
    private final Value floorDivide;
    private final Value remainder;

    DivmodUfunc(Value floorDivide, Value remainder) {
        this.floorDivide = floorDivide;
        this.remainder = remainder;
    }

    @Override
    public String typeName() {
        return "numpy.ufunc";
    }

    @Override
    public String repr() {
        return "<ufunc 'divmod'>";
    }

    @Override
    public Value call(Arguments arguments, CallContext context) {
        Value[] a = arguments.bind("divmod", List.of("x1", "x2"), 2);
        Arguments operands = Arguments.of(a[0], a[1]);
        return new TupleValue(List.of(context.call(floorDivide, operands), context.call(remainder, operands)));
    }

    @Override
    public Value getAttribute(String name) {
        return switch (name) {
            case "__name__" -> new StrValue("divmod");
            case "nin" -> IntValue.of(2);
            case "nout" -> IntValue.of(2);
            case "outer" -> new BuiltinFunction("outer", (arguments, context) -> {
                Value[] a = arguments.bind("outer", List.of("A", "B"), 2);
                Arguments operands = Arguments.of(a[0], a[1]);
                return new TupleValue(List.of(
                        context.call(((AttributeDispatch) floorDivide).getAttribute("outer"), operands),
                        context.call(((AttributeDispatch) remainder).getAttribute("outer"), operands)));
            }, "numpy.ufunc object");
            case "reduce", "accumulate", "reduceat" -> new BuiltinFunction(name, (arguments, context) -> {
                throw PlaygroundError.valueError(name + " only supported for functions returning a single value");
            }, "numpy.ufunc object");
            default -> null;
        };
    }
}
