package io.tastelab.playground.interp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code time}, as tutorials use it to time code: {@code time()}, {@code perf_counter()},
 * {@code monotonic()} and {@code sleep()} (which stops on Cancel and counts against the cell's time limit).
 */
final class TimeModule {

    private TimeModule() {
    }

    static ModuleValue create() {
        Map<String, Value> attributes = new LinkedHashMap<>();
        attributes.put("time", new BuiltinFunction("time", (arguments, context) -> {
            arguments.bind("time", List.of(), 0);
            return new FloatValue(System.currentTimeMillis() / 1000.0);
        }));
        for (String name : List.of("perf_counter", "monotonic")) {
            attributes.put(name, new BuiltinFunction(name, (arguments, context) -> {
                arguments.bind(name, List.of(), 0);
                return new FloatValue(System.nanoTime() / 1e9);
            }));
        }
        attributes.put("sleep", new BuiltinFunction("sleep", (arguments, context) -> {
            Value seconds = arguments.bind("sleep", List.of("secs"), 1)[0];
            if (!Values.isPythonNumber(seconds)) {
                throw PlaygroundError.typeError("'" + seconds.typeName() + "' object cannot be interpreted as an integer");
            }
            double wait = Values.asDouble(seconds);
            if (wait < 0) {
                throw PlaygroundError.valueError("sleep length must be non-negative");
            }
            long end = System.nanoTime() + (long) (wait * 1e9);
            while (System.nanoTime() < end) {
                context.checkBudget();
                try {
                    Thread.sleep(Math.max(1, Math.min(50, (end - System.nanoTime()) / 1_000_000)));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    context.checkBudget();
                }
            }
            return NoneValue.INSTANCE;
        }));
        return new ModuleValue("time", attributes);
    }
}
