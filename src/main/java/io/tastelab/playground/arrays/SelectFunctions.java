package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.DType;
import io.tastelab.array.Flavor;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.CallableValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.IterableValue;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code select} and {@code piecewise} of {@code numpy} and {@code jax.numpy}, built from the module's own
 * {@code where} (looked up when called, so jnp's traced where runs under jit, grad, jvp and vmap):
 * select folds the choices from the last to the first, so the first true condition wins and Python scalars stay
 * weakly typed as in NumPy's result_type; NumPy's piecewise calls each function on the elements its condition
 * holds for and writes them in order (the last true condition wins), jnp's calls every function on the whole array
 * and picks per element with where (JAX's switch, vectorized), each result cast to the array's dtype.
 */
final class SelectFunctions {

    private SelectFunctions() {
    }

    /** Registers both on {@code f}, whose {@code where} they call (after the module's functions are wrapped). */
    static void register(Map<String, Value> f, ArrayNamespace ns) {
        f.put("select", Fn.function("select", List.of("condlist", "choicelist", "default"), 2,
                (a, c) -> select(f, a, c)));
        f.put("piecewise", new BuiltinFunction("piecewise", (arguments, context) -> ns.flavor() == Flavor.NUMPY
                ? numpyPiecewise(ns, f, arguments, context) : jaxPiecewise(f, arguments, context)));
    }

    private static List<Value> sequence(Value value, String what) {
        if (value instanceof ListValue || value instanceof TupleValue) {
            return ((IterableValue) value).items();
        }
        if (value instanceof ArrayValue array) {
            return array.items();
        }
        throw PlaygroundError.typeError(what + " must be a list or tuple, got '" + value.typeName() + "'");
    }

    private static Value select(Map<String, Value> f, Value[] a, CallContext context) {
        List<Value> conditions = sequence(a[0], "condlist");
        List<Value> choices = sequence(a[1], "choicelist");
        if (conditions.size() != choices.size()) {
            throw PlaygroundError.valueError("list of cases must be same length as list of conditions");
        }
        if (conditions.isEmpty()) {
            throw PlaygroundError.valueError("select with an empty condition list is not possible");
        }
        for (int i = 0; i < conditions.size(); i++) {
            if (!isBool(conditions.get(i))) {
                throw PlaygroundError.typeError("invalid entry " + i + " in condlist: should be boolean ndarray");
            }
        }
        Value where = f.get("where");
        Value result = a[2] == null ? IntValue.of(0) : a[2];
        for (int i = conditions.size() - 1; i >= 0; i--) {
            result = context.call(where, Arguments.of(conditions.get(i), choices.get(i), result));
        }
        return result;
    }

    /** A bool array, a traced bool, a Python bool, or a list of them. */
    private static boolean isBool(Value value) {
        if (value instanceof TracerValue tracer) {
            return tracer.node().dtype().isBool();
        }
        if (value instanceof ArrayValue array) {
            return array.array().dtype().isBool();
        }
        if (value instanceof io.tastelab.playground.interp.BoolValue) {
            return true;
        }
        if (value instanceof ListValue || value instanceof TupleValue) {
            return ((IterableValue) value).items().stream().allMatch(SelectFunctions::isBool);
        }
        return false;
    }

    /**
     * NumPy's rule for a single condition given bare: a scalar, or a list or array whose first entry is not itself a
     * list or array (for an x of at least one dimension), is one condition.
     */
    private static List<Value> conditions(Value given, int xDimensions) {
        boolean bare;
        if (given instanceof ListValue || given instanceof TupleValue) {
            List<Value> items = ((IterableValue) given).items();
            bare = !items.isEmpty() && !(items.getFirst() instanceof ListValue
                    || items.getFirst() instanceof ArrayValue first && !first.array().isScalar()
                    || items.getFirst() instanceof TracerValue) && xDimensions != 0;
            return bare ? List.of(given) : items;
        }
        if (given instanceof ArrayValue array) {
            bare = array.array().ndim() <= 1 && xDimensions != 0 || array.array().ndim() == 0;
            return bare ? List.of(given) : array.items();
        }
        if (given instanceof TracerValue tracer) {
            return tracer.node().shape().length <= xDimensions ? List.of(given) : tracer.items();
        }
        return List.of(given);
    }

    private static final List<String> PIECEWISE = List.of("x", "condlist", "funclist");

    private static Value numpyPiecewise(ArrayNamespace ns, Map<String, Value> f, Arguments arguments,
            CallContext context) {
        Value[] a = bind(arguments);
        NdArray xArray = Py.asArray(ns, a[0], "piecewise");
        ArrayValue x = new ArrayValue(xArray);
        List<Value> functions = sequence(a[2], "funclist");
        List<Value> conditions = new ArrayList<>();
        for (Value condition : conditions(a[1], xArray.ndim())) {
            conditions.add(new ArrayValue(Py.guard(() -> ns.asarray(Py.arrayLike(condition, "piecewise"),
                    DType.BOOL))));
        }
        int n = conditions.size();
        if (n == functions.size() - 1) {
            // the otherwise case: no condition holds
            Value any = conditions.getFirst();
            for (int i = 1; i < n; i++) {
                any = context.call(f.get("logical_or"), Arguments.of(any, conditions.get(i)));
            }
            conditions.add(context.call(f.get("logical_not"), Arguments.of(any)));
        } else if (n != functions.size()) {
            throw PlaygroundError.valueError("with " + n + " condition(s), either " + n + " or " + (n + 1)
                    + " functions are expected");
        }
        ArrayValue y = new ArrayValue(Py.guard(() -> ns.zeros(xArray.shape(), xArray.dtype())));
        for (int i = 0; i < conditions.size(); i++) {
            Value condition = conditions.get(i);
            Value function = functions.get(i);
            if (!(function instanceof CallableValue)) {
                y.setItem(condition, function);
                continue;
            }
            Value values = x.getItem(condition);
            if (values instanceof ArrayValue selected && selected.array().size() > 0) {
                List<Value> callArguments = new ArrayList<>(List.of(values));
                callArguments.addAll(extra(arguments));
                y.setItem(condition, context.call(function, new Arguments(callArguments, keywords(arguments))));
            }
        }
        return y;
    }

    private static Value jaxPiecewise(Map<String, Value> f, Arguments arguments, CallContext context) {
        Value[] a = bind(arguments);
        Value x = a[0] instanceof TracerValue ? a[0] : context.call(f.get("asarray"), Arguments.of(a[0]));
        int dimensions = x instanceof TracerValue tracer ? tracer.node().shape().length
                : ((ArrayValue) x).array().ndim();
        List<Value> functions = new ArrayList<>(sequence(a[2], "funclist"));
        List<Value> conditions = conditions(a[1], dimensions);
        int n = conditions.size();
        if (functions.size() == n + 1) {
            functions.addFirst(functions.removeLast()); // JAX's order: the otherwise function first
        } else if (functions.size() == n) {
            functions.addFirst(IntValue.of(0));
        } else {
            throw PlaygroundError.valueError("with " + n + " condition(s), either " + n + " or " + (n + 1)
                    + " functions are expected.");
        }
        Value dtype = DTypeValue.instance(x instanceof TracerValue tracer ? tracer.node().dtype()
                : ((ArrayValue) x).array().dtype());
        Value result = null;
        for (int i = 0; i < functions.size(); i++) {
            Value function = functions.get(i);
            Value value = function;
            if (function instanceof CallableValue) {
                List<Value> callArguments = new ArrayList<>(List.of(x));
                callArguments.addAll(extra(arguments));
                value = context.call(function, new Arguments(callArguments, keywords(arguments)));
            }
            value = context.call(f.get("astype"), Arguments.of(context.call(f.get("asarray"), Arguments.of(value)),
                    dtype));
            result = i == 0 ? value : context.call(f.get("where"), Arguments.of(conditions.get(i - 1), value,
                    result));
        }
        return result;
    }

    /** x, condlist and funclist, by position or keyword; what follows is passed on to the functions. */
    private static Value[] bind(Arguments arguments) {
        List<Value> positional = arguments.positional();
        Value[] a = new Value[3];
        for (int i = 0; i < 3; i++) {
            a[i] = i < positional.size() ? positional.get(i) : arguments.keywords().get(PIECEWISE.get(i));
            if (a[i] == null) {
                throw PlaygroundError.typeError("piecewise() missing required argument '" + PIECEWISE.get(i) + "'");
            }
        }
        return a;
    }

    private static List<Value> extra(Arguments arguments) {
        List<Value> positional = arguments.positional();
        return positional.size() > 3 ? positional.subList(3, positional.size()) : List.of();
    }

    private static Map<String, Value> keywords(Arguments arguments) {
        Map<String, Value> keywords = new java.util.LinkedHashMap<>(arguments.keywords());
        PIECEWISE.forEach(keywords::remove);
        return keywords;
    }
}
