package io.tastelab.playground.interp;

import java.util.List;
import java.util.Map;

/**
 * An exception object, as {@code except E as e} binds it: its type name and message ({@code str(e)} is the
 * message, {@code repr(e)} {@code TypeError('...')}, {@code e.args} the message in a tuple), and, when it was
 * raised by the playground, the original error so that {@code raise e} re-raises it with its position.
 * Also Python's exception hierarchy for matching {@code except} clauses. Immutable.
 */
public record ExceptionValue(String type, String message, PlaygroundError original) implements AttributeDispatch {

    /** Each exception type's parent, as in Python (and JAX, for its own errors); absent ones derive from Exception. */
    private static final Map<String, String> PARENT = Map.ofEntries(
            Map.entry("Exception", "BaseException"), Map.entry("KeyboardInterrupt", "BaseException"),
            Map.entry("GeneratorExit", "BaseException"),
            Map.entry("ZeroDivisionError", "ArithmeticError"), Map.entry("OverflowError", "ArithmeticError"),
            Map.entry("FloatingPointError", "ArithmeticError"), Map.entry("IndexError", "LookupError"),
            Map.entry("KeyError", "LookupError"), Map.entry("UnboundLocalError", "NameError"),
            Map.entry("RecursionError", "RuntimeError"), Map.entry("NotImplementedError", "RuntimeError"),
            Map.entry("ModuleNotFoundError", "ImportError"), Map.entry("TimeoutError", "OSError"),
            Map.entry("IndentationError", "SyntaxError"),
            Map.entry("NonConcreteBooleanIndexError", "IndexError"),
            Map.entry("ConcretizationTypeError", "TypeError"), Map.entry("TracerBoolConversionError", "TypeError"),
            Map.entry("TracerIntegerConversionError", "TypeError"), Map.entry("TracerArrayConversionError", "TypeError"));

    /** The exception types the builtins name. */
    static final List<String> BUILTIN_TYPES = List.of("BaseException", "Exception", "ArithmeticError",
            "ZeroDivisionError", "OverflowError", "FloatingPointError", "LookupError", "IndexError", "KeyError",
            "NameError", "UnboundLocalError", "TypeError", "ValueError", "AttributeError", "RuntimeError",
            "RecursionError", "NotImplementedError", "ImportError", "ModuleNotFoundError", "AssertionError",
            "StopIteration", "GeneratorExit", "MemoryError", "OSError", "TimeoutError", "KeyboardInterrupt", "SyntaxError");

    /** True if {@code name} is one of the exception types. */
    static boolean isExceptionType(String name) {
        return BUILTIN_TYPES.contains(name) || PARENT.containsKey(name);
    }

    /** True if an exception of type {@code raised} is an instance of {@code ancestor}. */
    static boolean isSubtype(String raised, String ancestor) {
        for (String type = raised; type != null; type = PARENT.getOrDefault(type,
                type.equals("BaseException") ? null : "Exception")) {
            if (type.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an {@code except} clause's {@code type} (a type or a tuple of types) catches {@code raised}. */
    static boolean matches(String raised, Value type) {
        if (type instanceof TupleValue tuple) {
            return tuple.items().stream().anyMatch(item -> matches(raised, item));
        }
        if (type instanceof TypeValue typeValue && isExceptionType(typeValue.name())) {
            return isSubtype(raised, typeValue.name());
        }
        throw PlaygroundError.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    /** The type object for exception type {@code name}: calling it makes an exception value. */
    static TypeValue typeObject(String name) {
        return new TypeValue(name, (arguments, context) -> {
            if (!arguments.keywords().isEmpty()) {
                throw PlaygroundError.typeError(name + "() takes no keyword arguments");
            }
            String message = switch (arguments.size()) {
                case 0 -> "";
                case 1 -> name.equals("KeyError") ? arguments.get(0).repr() : arguments.get(0).str();
                default -> new TupleValue(arguments.positional()).repr();
            };
            return new ExceptionValue(name, message, null);
        });
    }

    @Override
    public String typeName() {
        return type;
    }

    @Override
    public String repr() {
        if (type.equals("KeyError")) {
            return type + "(" + message + ")"; // a KeyError's message is already its key's repr
        }
        return type + "(" + (message.isEmpty() ? "" : new StrValue(message).repr()) + ")";
    }

    @Override
    public String str() {
        return message;
    }

    @Override
    public Value getAttribute(String name) {
        if (name.equals("value") && type.equals("StopIteration")) {
            return original != null && original.stopValue() != null ? original.stopValue() : NoneValue.INSTANCE;
        }
        return name.equals("args") ? (message.isEmpty() ? TupleValue.EMPTY : TupleValue.of(new StrValue(message)))
                : null;
    }
}
