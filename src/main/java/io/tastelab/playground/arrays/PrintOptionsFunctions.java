package io.tastelab.playground.arrays;

import io.tastelab.array.PrintOptions;
import io.tastelab.playground.interp.BoolValue;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.ContextManager;
import io.tastelab.playground.interp.DictValue;
import io.tastelab.playground.interp.FloatValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.ModuleValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.Value;
import java.math.BigInteger;
import java.util.List;

/**
 * {@code np.set_printoptions} and {@code np.get_printoptions} over
 * {@link PrintOptions}: precision, threshold, edgeitems, linewidth, suppress and floatmode. The options NumPy has
 * beyond those (nanstr, infstr, sign, formatter, legacy) are refused by name rather than ignored. Also
 * {@code np.printoptions}, the context manager that sets them for a {@code with} block.
 */
final class PrintOptionsFunctions {

    static final List<String> PARAMETERS = List.of("precision", "threshold", "edgeitems", "linewidth", "suppress",
            "nanstr", "infstr", "formatter", "sign", "floatmode", "legacy", "override_repr");

    private PrintOptionsFunctions() {
    }

    /** Adds the functions to the session's {@code numpy} module; they read and set the session's options. */
    static void register(ModuleValue numpy, ArrayModules session) {
        numpy.setAttribute("set_printoptions", Fn.function("set_printoptions", PARAMETERS, 0, (a, c) -> {
            session.setPrintOptions(updated(session.printOptions(), a));
            return NoneValue.INSTANCE;
        }));
        numpy.setAttribute("get_printoptions", Fn.function("get_printoptions", List.of(), 0,
                (a, c) -> asDict(session.printOptions())));
        numpy.setAttribute("printoptions", Fn.function("printoptions", PARAMETERS, 0,
                (a, c) -> new Temporary(session, a)));
        numpy.setAttribute("errstate", ErrstateValue.FUNCTION);
    }

    /**
     * {@code with np.printoptions(precision=2) as opts:}: sets the options on entering (binding the new options'
     * dict, as NumPy does) and puts the previous ones back on leaving, however the block ends.
     */
    private static final class Temporary implements ContextManager {
        private final ArrayModules session;
        private final Value[] arguments;
        private PrintOptions saved;

        Temporary(ArrayModules session, Value[] arguments) {
            this.session = session;
            this.arguments = arguments.clone();
        }

        @Override
        public Value enter(CallContext context) {
            PrintOptions previous = session.printOptions();
            session.setPrintOptions(updated(previous, arguments));
            saved = previous;
            return asDict(session.printOptions());
        }

        @Override
        public boolean exit(PlaygroundError error, CallContext context) {
            if (saved != null) {
                session.setPrintOptions(saved);
                saved = null;
            }
            return false;
        }

        @Override
        public String typeName() {
            return "_GeneratorContextManager";
        }

        @Override
        public String repr() {
            return "<contextlib._GeneratorContextManager object>";
        }
    }

    /** {@code options} with the arguments given (None or absent keeps an option). */
    static PrintOptions updated(PrintOptions options, Value[] a) {
        for (int k = 5; k < PARAMETERS.size(); k++) {
            if (k != 9 && given(a[k])) {
                throw PlaygroundError.valueError("the playground's print options are precision, threshold, "
                        + "edgeitems, linewidth, suppress and floatmode, not " + PARAMETERS.get(k));
            }
        }
        int precision = options.precision();
        if (given(a[0])) {
            if (!(a[0] instanceof IntValue) && !(a[0] instanceof BoolValue)) {
                throw PlaygroundError.typeError("precision must be an integer");
            }
            precision = Py.toInt(a[0], "precision");
            if (precision < 0) {
                throw PlaygroundError.valueError("precision must be >= 0");
            }
        }
        long threshold = options.threshold();
        if (given(a[1])) {
            threshold = threshold(a[1]);
        }
        int edgeItems = given(a[2]) ? Py.toInt(a[2], "edgeitems") : options.edgeItems();
        int lineWidth = given(a[3]) ? Py.toInt(a[3], "linewidth") : options.lineWidth();
        boolean suppress = given(a[4]) ? a[4].isTruthy() : options.suppress();
        String floatMode = given(a[9]) ? Py.toStr(a[9], "floatmode") : options.floatMode();
        int finalPrecision = precision;
        long finalThreshold = threshold;
        return Py.guard(() -> new PrintOptions(finalPrecision, finalThreshold, edgeItems, lineWidth, suppress,
                floatMode));
    }

    private static long threshold(Value value) {
        if (value instanceof FloatValue number) {
            if (Double.isNaN(number.value())) {
                throw PlaygroundError.valueError("threshold must be non-NAN, try sys.maxsize for untruncated "
                        + "representation");
            }
            return number.value() >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) number.value();
        }
        if (value instanceof IntValue integer) {
            BigInteger v = integer.value();
            return v.bitLength() > 63 ? (v.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : v.longValue();
        }
        if (value instanceof BoolValue) {
            return value.isTruthy() ? 1 : 0;
        }
        throw PlaygroundError.typeError("threshold must be numeric");
    }

    private static boolean given(Value value) {
        return value != null && value != NoneValue.INSTANCE;
    }

    /** NumPy's get_printoptions() dict, keys in NumPy's order. */
    static DictValue asDict(PrintOptions options) {
        DictValue dict = new DictValue();
        dict.put(new StrValue("edgeitems"), IntValue.of(options.edgeItems()));
        dict.put(new StrValue("threshold"), IntValue.of(options.threshold()));
        dict.put(new StrValue("floatmode"), new StrValue(options.floatMode()));
        dict.put(new StrValue("precision"), IntValue.of(options.precision()));
        dict.put(new StrValue("suppress"), BoolValue.of(options.suppress()));
        dict.put(new StrValue("linewidth"), IntValue.of(options.lineWidth()));
        dict.put(new StrValue("nanstr"), new StrValue("nan"));
        dict.put(new StrValue("infstr"), new StrValue("inf"));
        dict.put(new StrValue("sign"), new StrValue("-"));
        dict.put(new StrValue("formatter"), NoneValue.INSTANCE);
        dict.put(new StrValue("legacy"), BoolValue.FALSE);
        dict.put(new StrValue("override_repr"), NoneValue.INSTANCE);
        return dict;
    }
}
