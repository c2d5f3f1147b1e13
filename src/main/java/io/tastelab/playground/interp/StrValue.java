package io.tastelab.playground.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Python {@code str}; with {@code numpyScalar}, NumPy's {@code str_} (an element of a string array), which is a
 * str that shows itself as {@code np.str_('...')}. Immutable.
 */
public class StrValue implements IterableValue, SubscriptDispatch, AttributeDispatch {

    private final String value;
    private final boolean numpyScalar;

    /** A str, or NumPy's {@code str_} scalar when {@code numpyScalar}. */
    public StrValue(String value, boolean numpyScalar) {
        this.value = Objects.requireNonNull(value);
        this.numpyScalar = numpyScalar;
    }

    /** A str. A user class derived from str extends this class. */
    public StrValue(String value) {
        this(value, false);
    }

    /** The text. */
    public String value() {
        return value;
    }

    /** Whether this is NumPy's {@code str_} scalar. */
    public boolean numpyScalar() {
        return numpyScalar;
    }

    @Override
    public String toString() {
        return "StrValue[value=" + value + ", numpyScalar=" + numpyScalar + "]";
    }

    /** NumPy's {@code str_} scalar holding {@code value}. */
    public static StrValue numpyScalar(String value) {
        return new StrValue(value, true);
    }

    @Override
    public String typeName() {
        return numpyScalar ? "str_" : "str";
    }

    @Override
    public String repr() {
        return numpyScalar ? "np.str_(" + PythonFormat.strRepr(value) + ")" : PythonFormat.strRepr(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StrValue that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String str() {
        return value;
    }

    @Override
    public boolean isTruthy() {
        return !value.isEmpty();
    }

    @Override
    public long length() {
        return value.codePointCount(0, value.length());
    }

    @Override
    public List<Value> items() {
        List<Value> characters = new ArrayList<>();
        value.codePoints().forEach(c -> characters.add(new StrValue(Character.toString(c))));
        return characters;
    }

    @Override
    public Value getAttribute(String name) {
        BuiltinFunction.Body body = switch (name) {
            case "upper" -> (arguments, context) -> {
                arguments.bind("str.upper", List.of(), 0);
                return new StrValue(value.toUpperCase(java.util.Locale.ROOT));
            };
            case "lower" -> (arguments, context) -> {
                arguments.bind("str.lower", List.of(), 0);
                return new StrValue(value.toLowerCase(java.util.Locale.ROOT));
            };
            case "strip" -> (arguments, context) -> {
                arguments.bind("str.strip", List.of(), 0);
                return new StrValue(value.strip());
            };
            case "startswith", "endswith" -> (arguments, context) -> {
                Value affix = arguments.bind("str." + name, List.of("prefix"), 1)[0];
                if (affix instanceof TupleValue options && options.items().stream().allMatch(StrValue.class::isInstance)) {
                    return BoolValue.of(options.items().stream().map(option -> ((StrValue) option).value())
                            .anyMatch(name.equals("startswith") ? value::startsWith : value::endsWith));
                }
                if (!(affix instanceof StrValue text)) {
                    throw PlaygroundError.typeError(name + " first arg must be str or a tuple of str, not "
                            + affix.typeName());
                }
                return BoolValue.of(name.equals("startswith") ? value.startsWith(text.value())
                        : value.endsWith(text.value()));
            };
            case "replace" -> (arguments, context) -> {
                Value[] slots = arguments.bind("str.replace", List.of("old", "new"), 2);
                String replaced = value.replace(text(slots[0], "replace"), text(slots[1], "replace"));
                Operators.checkLength(replaced.length(), context.limits());
                return new StrValue(replaced);
            };
            case "split" -> (arguments, context) -> {
                Value separator = arguments.bind("str.split", List.of("sep"), 0)[0];
                List<Value> pieces = new ArrayList<>();
                if (separator == null || separator == NoneValue.INSTANCE) {
                    for (String piece : value.strip().split("\\s+")) {
                        if (!piece.isEmpty()) {
                            pieces.add(new StrValue(piece));
                        }
                    }
                } else {
                    String text = text(separator, "split");
                    if (text.isEmpty()) {
                        throw PlaygroundError.valueError("empty separator");
                    }
                    for (String piece : value.split(java.util.regex.Pattern.quote(text), -1)) {
                        pieces.add(new StrValue(piece));
                    }
                }
                return new ListValue(pieces);
            };
            case "join" -> (arguments, context) -> {
                Value iterable = arguments.bind("str.join", List.of("iterable"), 1)[0];
                StringBuilder joined = new StringBuilder();
                int index = 0;
                for (Value item : Builtins.items(iterable, context)) {
                    if (!(item instanceof StrValue text)) {
                        throw PlaygroundError.typeError("sequence item " + index + ": expected str instance, "
                                + item.typeName() + " found");
                    }
                    if (index++ > 0) {
                        joined.append(value);
                    }
                    joined.append(text.value());
                    Operators.checkLength(joined.length(), context.limits());
                }
                return new StrValue(joined.toString());
            };
            case "format" -> (arguments, context) -> new StrValue(StrFormat.format(value, arguments));
            default -> StrMethods.method(value, name);
        };
        return body == null ? null : new BuiltinFunction(name, body, "str object");
    }

    private static String text(Value value, String method) {
        if (!(value instanceof StrValue text)) {
            throw PlaygroundError.typeError(method + "() argument must be str, not " + value.typeName());
        }
        return text.value();
    }

    @Override
    public Value getItem(Value index) {
        List<Value> characters = items();
        if (index instanceof SliceValue slice) {
            StringBuilder text = new StringBuilder();
            for (Value character : Sequences.slice(characters, slice)) {
                text.append(((StrValue) character).value());
            }
            return new StrValue(text.toString());
        }
        return characters.get(Sequences.position(index, characters.size(), "string", ""));
    }
}
