package io.tastelab.playground.arrays;

import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.Value;
import java.util.List;

/** Builds module functions and bound methods whose arguments are matched with Python's rules. */
final class Fn {

    /** A body that receives one slot per parameter (null where an optional parameter got nothing). */
    @FunctionalInterface
    interface Body {
        Value call(Value[] slots, CallContext context);
    }

    private Fn() {
    }

    /**
     * A module function {@code name(params...)} whose first {@code required} parameters have no default. A
     * {@code "*"} among the parameters makes the ones after it keyword-only (its slot stays null).
     */
    static BuiltinFunction function(String name, List<String> params, int required, Body body) {
        return new BuiltinFunction(name, (arguments, context) -> invoke(name, params, required, body, arguments,
                context));
    }

    /**
     * An array function: like {@link #function}, and its calls keep no reference to their arguments (they
     * return new arrays or views of them), so the interpreter may free a temporary argument after the call.
     */
    static BuiltinFunction arrayFunction(String name, List<String> params, int required, Body body) {
        return new BuiltinFunction(name, (arguments, context) -> invoke(name, params, required, body, arguments,
                context), null, false);
    }

    /** A method bound to {@code owner} (e.g. {@code "numpy.ndarray object"}). */
    static BuiltinFunction method(String name, String owner, List<String> params, int required, Body body) {
        return new BuiltinFunction(name, (arguments, context) -> invoke(name, params, required, body, arguments,
                context), owner);
    }

    private static Value invoke(String name, List<String> params, int required, Body body, Arguments arguments,
            CallContext context) {
        int keywordOnly = params.indexOf("*");
        if (keywordOnly >= 0) {
            // the parameters after "*" are keyword-only, as in array(object, dtype=None, *, copy=True)
            int given = arguments.positional().size();
            if (given > keywordOnly) {
                String takes = required == keywordOnly ? keywordOnly + " positional argument"
                        + (keywordOnly == 1 ? "" : "s") : "from " + required + " to " + keywordOnly
                        + " positional arguments";
                throw PlaygroundError.typeError(name + "() takes " + takes + " but " + given
                        + (given == 1 ? " was" : " were") + " given");
            }
            List<String> names = new java.util.ArrayList<>(params);
            names.remove(keywordOnly);
            Value[] slots = arguments.bind(name, names, required);
            Value[] withMarker = new Value[params.size()];
            System.arraycopy(slots, 0, withMarker, 0, keywordOnly);
            System.arraycopy(slots, keywordOnly, withMarker, keywordOnly + 1, slots.length - keywordOnly);
            return Py.guard(() -> body.call(withMarker, context));
        }
        Value[] slots = arguments.bind(name, params, required);
        return Py.guard(() -> body.call(slots, context));
    }
}
