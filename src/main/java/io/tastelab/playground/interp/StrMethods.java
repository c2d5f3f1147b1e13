package io.tastelab.playground.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code str} methods beyond the basic ones in {@link StrValue}: searching ({@code find}, {@code index},
 * {@code count}), trimming and padding ({@code lstrip}, {@code rstrip}, {@code center},
 * {@code ljust}, {@code rjust}, {@code zfill}), case ({@code title}, {@code capitalize}, {@code swapcase}), tests
 * ({@code isdigit}, {@code isalpha}, ...) and splitting ({@code rsplit}, {@code splitlines}, {@code partition}),
 * with Python's rules; positions count code points as Python does.
 */
final class StrMethods {

    private StrMethods() {
    }

    static BuiltinFunction.Body method(String value, String name) {
        return switch (name) {
            case "find", "rfind", "index", "rindex", "count" -> (arguments, context) -> {
                Value[] a = arguments.bind("str." + name, List.of("sub", "start", "end"), 1);
                String sub = text(a[0], name);
                int length = value.codePointCount(0, value.length());
                int start = bound(a[1], 0, length);
                int end = bound(a[2], length, length);
                String window = start <= end ? value.substring(value.offsetByCodePoints(0, start),
                        value.offsetByCodePoints(0, end)) : "";
                if (name.equals("count")) {
                    if (start > end) {
                        return IntValue.of(0);
                    }
                    if (sub.isEmpty()) {
                        return IntValue.of(window.codePointCount(0, window.length()) + 1);
                    }
                    int count = 0;
                    for (int at = window.indexOf(sub); at >= 0; at = window.indexOf(sub, at + sub.length())) {
                        count++;
                    }
                    return IntValue.of(count);
                }
                int found = start > end ? -1 : name.startsWith("r") ? window.lastIndexOf(sub) : window.indexOf(sub);
                if (found < 0 && name.contains("index")) {
                    throw PlaygroundError.valueError("substring not found");
                }
                return IntValue.of(found < 0 ? -1 : start + window.codePointCount(0, found));
            };
            case "lstrip", "rstrip" -> (arguments, context) -> {
                Value chars = arguments.bind("str." + name, List.of("chars"), 0)[0];
                String set = chars == null || chars == NoneValue.INSTANCE ? null : text(chars, name);
                int from = 0;
                int to = value.length();
                if (name.equals("lstrip")) {
                    while (from < to && strips(value.charAt(from), set)) {
                        from++;
                    }
                } else {
                    while (to > from && strips(value.charAt(to - 1), set)) {
                        to--;
                    }
                }
                return new StrValue(value.substring(from, to));
            };
            case "center", "ljust", "rjust" -> (arguments, context) -> {
                Value[] a = arguments.bind("str." + name, List.of("width", "fillchar"), 1);
                int width = Sequences.asIndex(a[0]).intValue();
                String fill = a[1] == null ? " " : text(a[1], name);
                if (fill.codePointCount(0, fill.length()) != 1) {
                    throw PlaygroundError.typeError("The fill character must be exactly one character long");
                }
                int length = value.codePointCount(0, value.length());
                int pad = Math.max(0, width - length);
                Operators.checkLength(pad + (long) value.length(), context.limits());
                int left = switch (name) {
                    case "ljust" -> 0;
                    case "rjust" -> pad;
                    default -> pad / 2 + (pad & width & 1);
                };
                return new StrValue(fill.repeat(left) + value + fill.repeat(pad - left));
            };
            case "zfill" -> (arguments, context) -> {
                int width = Sequences.asIndex(arguments.bind("str.zfill", List.of("width"), 1)[0]).intValue();
                int pad = Math.max(0, width - value.codePointCount(0, value.length()));
                Operators.checkLength(pad + (long) value.length(), context.limits());
                boolean signed = !value.isEmpty() && (value.charAt(0) == '-' || value.charAt(0) == '+');
                return new StrValue(signed ? value.charAt(0) + "0".repeat(pad) + value.substring(1)
                        : "0".repeat(pad) + value);
            };
            case "title", "capitalize", "swapcase", "casefold" -> (arguments, context) -> {
                arguments.bind("str." + name, List.of(), 0);
                return new StrValue(switch (name) {
                    case "title" -> title(value);
                    case "capitalize" -> value.isEmpty() ? value : value.substring(0, value.offsetByCodePoints(0, 1))
                            .toUpperCase(Locale.ROOT) + value.substring(value.offsetByCodePoints(0, 1)).toLowerCase(Locale.ROOT);
                    case "casefold" -> value.toLowerCase(Locale.ROOT);
                    default -> swapcase(value);
                });
            };
            case "isdigit", "isnumeric", "isdecimal", "isalpha", "isalnum", "isspace", "isupper", "islower" ->
                    (arguments, context) -> {
                        arguments.bind("str." + name, List.of(), 0);
                        return BoolValue.of(test(value, name));
                    };
            case "rsplit" -> (arguments, context) -> {
                Value[] a = arguments.bind("str.rsplit", List.of("sep", "maxsplit"), 0);
                int limit = a[1] == null ? -1 : Sequences.asIndex(a[1]).intValue();
                if (a[0] == null || a[0] == NoneValue.INSTANCE || limit < 0) {
                    Value split = new StrValue(value).getAttribute("split");
                    return ((CallableValue) split).call(a[0] == null ? Arguments.of() : Arguments.of(a[0]), context);
                }
                String sep = text(a[0], "rsplit");
                List<Value> pieces = new ArrayList<>();
                String rest = value;
                while (limit-- > 0) {
                    int at = rest.lastIndexOf(sep);
                    if (at < 0) {
                        break;
                    }
                    pieces.addFirst(new StrValue(rest.substring(at + sep.length())));
                    rest = rest.substring(0, at);
                }
                pieces.addFirst(new StrValue(rest));
                return new ListValue(pieces);
            };
            case "splitlines" -> (arguments, context) -> {
                Value keep = arguments.bind("str.splitlines", List.of("keepends"), 0)[0];
                List<Value> lines = new ArrayList<>();
                java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(".*?(\\r\\n|\\n|\\r|$)",
                        java.util.regex.Pattern.DOTALL).matcher(value);
                while (matcher.find() && matcher.end() > matcher.start()) {
                    String line = matcher.group();
                    lines.add(new StrValue(keep != null && keep.isTruthy() ? line
                            : line.substring(0, line.length() - matcher.group(1).length())));
                }
                return new ListValue(lines);
            };
            case "partition", "rpartition" -> (arguments, context) -> {
                String sep = text(arguments.bind("str." + name, List.of("sep"), 1)[0], name);
                if (sep.isEmpty()) {
                    throw PlaygroundError.valueError("empty separator");
                }
                int at = name.equals("partition") ? value.indexOf(sep) : value.lastIndexOf(sep);
                if (at < 0) {
                    StrValue whole = new StrValue(value);
                    StrValue empty = new StrValue("");
                    return name.equals("partition") ? TupleValue.of(whole, empty, empty)
                            : TupleValue.of(empty, empty, whole);
                }
                return TupleValue.of(new StrValue(value.substring(0, at)), new StrValue(sep),
                        new StrValue(value.substring(at + sep.length())));
            };
            default -> null;
        };
    }

    private static String text(Value value, String method) {
        if (!(value instanceof StrValue text)) {
            throw PlaygroundError.typeError(method + "() argument must be str, not " + value.typeName());
        }
        return text.value();
    }

    /** A start or end argument: None or absent gives {@code fallback}; negatives count from the end; clamped. */
    private static int bound(Value value, int fallback, int length) {
        if (value == null || value == NoneValue.INSTANCE) {
            return fallback;
        }
        long index = Sequences.asIndex(value).longValue();
        if (index < 0) {
            index += length;
        }
        return (int) Math.max(0, Math.min(length, index));
    }

    private static boolean strips(char c, String set) {
        return set == null ? Character.isWhitespace(c) : set.indexOf(c) >= 0;
    }

    private static String title(String value) {
        StringBuilder out = new StringBuilder();
        boolean previousCased = false;
        for (int c : value.codePoints().toArray()) {
            out.appendCodePoint(previousCased ? Character.toLowerCase(c) : Character.toTitleCase(c));
            previousCased = Character.isLetter(c);
        }
        return out.toString();
    }

    private static String swapcase(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(c -> out.appendCodePoint(Character.isUpperCase(c) ? Character.toLowerCase(c)
                : Character.toUpperCase(c)));
        return out.toString();
    }

    private static boolean test(String value, String name) {
        if (value.isEmpty()) {
            return false;
        }
        return switch (name) {
            case "isdigit", "isnumeric", "isdecimal" -> value.codePoints().allMatch(Character::isDigit);
            case "isalpha" -> value.codePoints().allMatch(Character::isLetter);
            case "isalnum" -> value.codePoints().allMatch(Character::isLetterOrDigit);
            case "isspace" -> value.codePoints().allMatch(Character::isWhitespace);
            case "isupper" -> value.codePoints().anyMatch(Character::isUpperCase)
                    && value.codePoints().noneMatch(Character::isLowerCase);
            default -> value.codePoints().anyMatch(Character::isLowerCase)
                    && value.codePoints().noneMatch(Character::isUpperCase);
        };
    }
}
