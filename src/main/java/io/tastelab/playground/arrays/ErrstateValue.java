package io.tastelab.playground.arrays;

import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.ContextManager;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.Value;
import java.util.List;
import java.util.Map;

/**
 * {@code np.errstate(divide='ignore', ...)}, for {@code with} blocks. The playground never prints NumPy's
 * RuntimeWarnings (it gives the same inf and nan results without them), so the modes that silence, print or log
 * warnings change nothing here; {@code 'raise'} and {@code 'call'}, which would change what the block does, are
 * refused by name rather than ignored. Arguments are checked as NumPy checks them.
 */
final class ErrstateValue implements ContextManager {

    private static final List<String> CATEGORIES = List.of("all", "divide", "over", "under", "invalid");
    private static final List<String> MODES = List.of("ignore", "warn", "raise", "call", "print", "log");

    static final BuiltinFunction FUNCTION = new BuiltinFunction("errstate", (arguments, context) -> {
        if (!arguments.positional().isEmpty()) {
            throw PlaygroundError.typeError("errstate.__init__() takes 1 positional argument but "
                    + (arguments.positional().size() + 1) + " were given");
        }
        for (String keyword : arguments.keywords().keySet()) {
            if (!CATEGORIES.contains(keyword) && !keyword.equals("call")) {
                throw PlaygroundError.typeError("errstate.__init__() got an unexpected keyword argument '"
                        + keyword + "'");
            }
        }
        return new ErrstateValue(Map.copyOf(arguments.keywords()));
    });

    private final Map<String, Value> modes;

    private ErrstateValue(Map<String, Value> modes) {
        this.modes = modes;
    }

    @Override
    public Value enter(CallContext context) {
        for (Map.Entry<String, Value> entry : modes.entrySet()) {
            if (entry.getKey().equals("call")) {
                throw PlaygroundError.valueError("the playground's np.errstate does not call error handlers (call=)");
            }
            Value mode = entry.getValue();
            if (mode == NoneValue.INSTANCE) {
                continue;
            }
            if (!(mode instanceof StrValue text) || !MODES.contains(text.value())) {
                throw PlaygroundError.valueError("invalid error mode " + mode.repr());
            }
            if (text.value().equals("raise") || text.value().equals("call")) {
                throw PlaygroundError.valueError("the playground's np.errstate supports 'ignore', 'warn', 'print' and "
                        + "'log' (it never warns, so they all keep results as they are), not " + mode.repr()
                        + " for " + entry.getKey());
            }
        }
        return NoneValue.INSTANCE;
    }

    @Override
    public boolean exit(PlaygroundError error, CallContext context) {
        return false;
    }

    @Override
    public String typeName() {
        return "errstate";
    }

    @Override
    public String repr() {
        return "<numpy.errstate object>";
    }
}
