package io.tastelab.playground.interp;

import java.math.BigInteger;
import java.util.List;

/**
 * Python's printf-style string formatting, {@code 'x = %5.2f, n = %d' % (x, n)}: conversions d i u s r a c f F e E
 * g G x X o and {@code %%}, the flags {@code - + space # 0}, width and precision (also {@code *}), and
 * {@code %(name)s} with a dict. Each conversion is done by {@link FormatSpec}, the same code as {@code format()},
 * with CPython's messages for missing, extra and wrong arguments.
 */
final class PercentFormat {

    private PercentFormat() {
    }

    static StrValue format(String template, Value arguments, InterpreterLimits limits) {
        List<Value> positional = arguments instanceof TupleValue tuple ? tuple.items() : List.of(arguments);
        DictValue mapping = arguments instanceof DictValue dict ? dict : null;
        int next = 0;
        boolean usedMapping = false;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= template.length()) {
                throw PlaygroundError.valueError("incomplete format");
            }
            Value value = null;
            if (template.charAt(i) == '(') {
                int close = template.indexOf(')', i);
                if (close < 0) {
                    throw PlaygroundError.valueError("incomplete format key");
                }
                if (mapping == null) {
                    throw PlaygroundError.typeError("format requires a mapping");
                }
                value = mapping.get(new StrValue(template.substring(i + 1, close)));
                if (value == null) {
                    throw PlaygroundError.of("KeyError", "'" + template.substring(i + 1, close) + "'");
                }
                usedMapping = true;
                i = close + 1;
            }
            StringBuilder flags = new StringBuilder();
            while (i < template.length() && "-+ #0".indexOf(template.charAt(i)) >= 0) {
                flags.append(template.charAt(i++));
            }
            String width = "";
            if (i < template.length() && template.charAt(i) == '*') {
                width = String.valueOf(intArgument(positional, next++));
                i++;
            } else {
                int start = i;
                while (i < template.length() && Character.isDigit(template.charAt(i))) {
                    i++;
                }
                width = template.substring(start, i);
            }
            String precision = null;
            if (i < template.length() && template.charAt(i) == '.') {
                i++;
                if (i < template.length() && template.charAt(i) == '*') {
                    precision = String.valueOf(intArgument(positional, next++));
                    i++;
                } else {
                    int start = i;
                    while (i < template.length() && Character.isDigit(template.charAt(i))) {
                        i++;
                    }
                    precision = start == i ? "0" : template.substring(start, i);
                }
            }
            while (i < template.length() && "hlL".indexOf(template.charAt(i)) >= 0) {
                i++; // length modifiers: accepted and ignored, as in Python
            }
            if (i >= template.length()) {
                throw PlaygroundError.valueError("incomplete format");
            }
            char type = template.charAt(i++);
            if (type == '%') {
                out.append('%');
                continue;
            }
            if (value == null) {
                if (mapping != null && !(arguments instanceof TupleValue)) {
                    value = arguments;
                    next++;
                } else {
                    if (next >= positional.size()) {
                        throw PlaygroundError.typeError("not enough arguments for format string");
                    }
                    value = positional.get(next++);
                }
            }
            out.append(convert(value, type, flags.toString(), width, precision, i - 1));
            Operators.checkLength(out.length(), limits);
        }
        if (mapping == null && next < positional.size()) {
            throw PlaygroundError.typeError("not all arguments converted during string formatting");
        }
        return new StrValue(out.toString());
    }

    private static int intArgument(List<Value> positional, int index) {
        if (index >= positional.size()) {
            throw PlaygroundError.typeError("not enough arguments for format string");
        }
        BigInteger value = Sequences.asIndex(positional.get(index));
        if (value == null) {
            throw PlaygroundError.typeError("* wants int");
        }
        return value.intValueExact();
    }

    private static String convert(Value value, char type, String flags, String width, String precision, int at) {
        boolean left = flags.indexOf('-') >= 0;
        String align = left ? "<" : "";
        String sign = flags.indexOf('+') >= 0 ? "+" : flags.indexOf(' ') >= 0 ? " " : "";
        String alternate = flags.indexOf('#') >= 0 ? "#" : "";
        String zero = !left && flags.indexOf('0') >= 0 ? "0" : "";
        String dot = precision == null ? "" : "." + precision;
        switch (type) {
            case 's', 'r', 'a' -> {
                String text = type == 's' ? value.str() : value.repr();
                if (precision != null) {
                    text = text.substring(0, Math.min(text.length(), Integer.parseInt(precision)));
                }
                return FormatSpec.format(new StrValue(text), (left ? "<" : ">") + width);
            }
            case 'c' -> {
                String text;
                if (value instanceof StrValue s && s.value().codePointCount(0, s.value().length()) == 1) {
                    text = s.value();
                } else {
                    BigInteger code = Sequences.asIndex(value);
                    if (code == null) {
                        throw PlaygroundError.typeError("%c requires an int or a unicode character, not "
                                + value.typeName());
                    }
                    text = Character.toString(code.intValueExact());
                }
                return FormatSpec.format(new StrValue(text), (left ? "<" : ">") + width);
            }
            case 'd', 'i', 'u', 'x', 'X', 'o' -> {
                Value number = value;
                if (Sequences.asIndex(value) == null) {
                    if (!(value instanceof FloatValue) && !(value instanceof ScalarConvertible)) {
                        throw PlaygroundError.typeError("%" + type + " format: "
                                + (type == 'd' || type == 'i' || type == 'u' ? "a real number" : "an integer")
                                + " is required, not " + value.typeName());
                    }
                    if (type != 'd' && type != 'i' && type != 'u') {
                        throw PlaygroundError.typeError("%" + type + " format: an integer is required, not "
                                + value.typeName());
                    }
                    number = IntValue.of(new java.math.BigDecimal(Values.asDouble(value)).toBigInteger());
                } else {
                    number = IntValue.of(Sequences.asIndex(value));
                }
                String spec = type == 'd' || type == 'i' || type == 'u' ? "d" : String.valueOf(type);
                String text = FormatSpec.format(number, align + sign + (type == 'o' ? "" : alternate) + zero
                        + width + spec);
                if (type == 'o' && !alternate.isEmpty()) {
                    text = FormatSpec.format(number, align + sign + "#" + zero + width + "o");
                }
                return text;
            }
            case 'f', 'F', 'e', 'E', 'g', 'G' -> {
                if (!Values.isPythonNumber(value) && !(value instanceof ScalarConvertible)) {
                    throw PlaygroundError.typeError("must be real number, not " + value.typeName());
                }
                Value number = new FloatValue(Values.asDouble(value));
                return FormatSpec.format(number, align + sign + alternate + zero + width
                        + (precision == null ? ".6" : dot) + type);
            }
            default -> throw PlaygroundError.valueError("unsupported format character '" + type + "' (0x"
                    + Integer.toHexString(type) + ") at index " + at);
        }
    }
}
