package io.tastelab.playground.interp;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code logging} as tutorials use it (JAX's debugging page logs from a {@code jax.debug.callback}):
 * {@code logging.warning(msg, *args)} and the other level functions, {@code getLogger(name)}, {@code setLevel},
 * {@code basicConfig(level=...)}. A record at or above the logger's effective level (WARNING by default) is
 * written as the default handler writes it, {@code LEVEL:name:message} (before any configuration, a logger's
 * WARNING and above go to CPython's last-resort handler: the message alone). CPython writes it to stderr, which a
 * notebook shows under the cell beside what was printed; the playground has one output stream, so it goes there.
 */
final class LoggingModule {

    private static final Map<String, Integer> LEVELS = Map.of("DEBUG", 10, "INFO", 20, "WARNING", 30,
            "ERROR", 40, "CRITICAL", 50);
    private static final List<String> METHODS = List.of("debug", "info", "warning", "error", "critical");

    /** The loggers of one session by name; the root logger is "root". */
    private final Map<String, Logger> loggers = new HashMap<>();
    /** Whether the root logger has its handler (basicConfig ran, or a module-level function called it). */
    private boolean configured;

    private LoggingModule() {
    }

    static ModuleValue create() {
        return new LoggingModule().module();
    }

    private ModuleValue module() {
        Logger root = new Logger("root", 30);
        loggers.put("root", root);
        Map<String, Value> attributes = new LinkedHashMap<>();
        LEVELS.forEach((name, level) -> attributes.put(name, IntValue.of(level)));
        attributes.put("NOTSET", IntValue.of(0));
        // The module's functions configure the root logger first (basicConfig()) when it has no handler, as CPython.
        for (String method : new String[] {"debug", "info", "warning", "error", "critical", "log"}) {
            Value onRoot = root.getAttribute(method);
            attributes.put(method, new BuiltinFunction(method, (arguments, context) -> {
                configured = true;
                return context.call(onRoot, arguments);
            }));
        }
        attributes.put("getLogger", new BuiltinFunction("getLogger", (arguments, context) -> {
            Value name = arguments.bind("getLogger", List.of("name"), 0)[0];
            if (name == null || name == NoneValue.INSTANCE) {
                return root;
            }
            if (!(name instanceof StrValue text)) {
                throw PlaygroundError.typeError("A logger name must be a string");
            }
            return loggers.computeIfAbsent(text.value(), n -> new Logger(n, 0));
        }));
        attributes.put("basicConfig", new BuiltinFunction("basicConfig", (arguments, context) -> {
            Value level = null;
            boolean force = false;
            for (Map.Entry<String, Value> keyword : arguments.keywords().entrySet()) {
                switch (keyword.getKey()) {
                    case "level" -> level = keyword.getValue();
                    case "force" -> force = keyword.getValue().isTruthy();
                    default -> throw PlaygroundError.of("NotImplementedError", "the playground's logging.basicConfig "
                            + "takes level= and force= only (records are written as LEVEL:name:message)");
                }
            }
            // As CPython: a no-op once the root logger has its handler, unless force=True.
            if (!configured || force) {
                configured = true;
                if (level != null) {
                    root.level = levelOf(level);
                }
            }
            return NoneValue.INSTANCE;
        }));
        return new ModuleValue("logging", attributes);
    }

    private static int levelOf(Value value) {
        if (value instanceof StrValue name && LEVELS.containsKey(name.value())) {
            return LEVELS.get(name.value());
        }
        if (value instanceof IntValue level && level.fitsLong()) {
            return (int) level.longValueExact();
        }
        throw PlaygroundError.valueError("Unknown level: " + value.repr());
    }

    private static String levelName(int level) {
        return LEVELS.entrySet().stream().filter(e -> e.getValue() == level).map(Map.Entry::getKey).findFirst()
                .orElse("Level " + level);
    }

    /** A logger: a name and a level (0 defers to the root's). */
    private final class Logger implements AttributeDispatch {
        private final String name;
        private int level;

        Logger(String name, int level) {
            this.name = name;
            this.level = level;
        }

        private int effectiveLevel() {
            return level != 0 ? level : loggers.get("root").level;
        }

        /** {@code msg % args} when there are args, as logging's LogRecord.getMessage does; else {@code str(msg)}. */
        private void log(int recordLevel, Value message, List<Value> args, CallContext context) {
            if (recordLevel < effectiveLevel()) {
                return;
            }
            String text = args.isEmpty() ? message.str() : PercentFormat.format(message.str(),
                    args.size() == 1 ? args.getFirst() : new TupleValue(args), context.limits()).value();
            if (configured) {
                context.print(levelName(recordLevel) + ":" + name + ":" + text + "\n");
            } else if (recordLevel >= 30) {
                context.print(text + "\n"); // CPython's last-resort handler: WARNING and above, the message alone
            }
        }

        @Override
        public Value getAttribute(String attribute) {
            if (METHODS.contains(attribute)) {
                int recordLevel = LEVELS.get(attribute.toUpperCase(java.util.Locale.ROOT));
                return new BuiltinFunction(attribute, (arguments, context) -> {
                    List<Value> positional = arguments.positional();
                    if (positional.isEmpty()) {
                        throw PlaygroundError.typeError(attribute + "() missing 1 required positional argument: "
                                + "'msg'");
                    }
                    log(recordLevel, positional.getFirst(), positional.subList(1, positional.size()), context);
                    return NoneValue.INSTANCE;
                });
            }
            return switch (attribute) {
                case "name" -> new StrValue(name);
                case "level" -> IntValue.of(level);
                case "log" -> new BuiltinFunction("log", (arguments, context) -> {
                    List<Value> positional = arguments.positional();
                    if (positional.size() < 2) {
                        throw PlaygroundError.typeError("log() missing required positional arguments: 'level' and "
                                + "'msg'");
                    }
                    log(levelOf(positional.get(0)), positional.get(1), positional.subList(2, positional.size()),
                            context);
                    return NoneValue.INSTANCE;
                });
                case "setLevel" -> new BuiltinFunction("setLevel", (arguments, context) -> {
                    level = levelOf(arguments.bind("setLevel", List.of("level"), 1)[0]);
                    return NoneValue.INSTANCE;
                });
                case "getEffectiveLevel" -> new BuiltinFunction("getEffectiveLevel", (arguments, context) ->
                        IntValue.of(effectiveLevel()));
                case "isEnabledFor" -> new BuiltinFunction("isEnabledFor", (arguments, context) -> BoolValue.of(
                        levelOf(arguments.bind("isEnabledFor", List.of("level"), 1)[0]) >= effectiveLevel()));
                default -> null;
            };
        }

        @Override
        public String typeName() {
            return name.equals("root") ? "RootLogger" : "Logger";
        }

        @Override
        public String repr() {
            return "<" + typeName() + " " + name + " (" + levelName(effectiveLevel()) + ")>";
        }
    }
}
