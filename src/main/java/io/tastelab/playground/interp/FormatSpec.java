package io.tastelab.playground.interp;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's format-spec mini-language, {@code [[fill]align][sign][#][0][width][grouping][.precision][type]}, for
 * ints, floats, bools and strs, as {@code format(value, spec)} and f-strings use it. Values that convert to a
 * Python scalar ({@link ScalarConvertible}, e.g. NumPy scalars) format as that scalar.
 */
final class FormatSpec {

    private static final Pattern SPEC = Pattern.compile(
            "(?:(?<fill>.)?(?<align>[<>=^]))?(?<sign>[-+ ])?(?<alternate>#)?(?<zero>0)?(?<width>\\d+)?"
                    + "(?<grouping>[,_])?(?:\\.(?<precision>\\d+))?(?<type>[bcdeEfFgGnosxX%])?", Pattern.DOTALL);

    private FormatSpec() {
    }

    /** {@code format(value, spec)}. */
    static String format(Value value, String spec) {
        if (spec.isEmpty()) {
            return value instanceof ScalarConvertible convertible && convertible.formatsAsPythonScalar()
                    ? convertible.toPythonScalar().str() : value.str();
        }
        Value subject = value instanceof ScalarConvertible convertible && !(value instanceof StrValue)
                ? convertible.toPythonScalar() : value;
        if (subject instanceof BoolValue bool) {
            // With a non-empty spec, bool formats as the int it is (Python's bool inherits int.__format__).
            subject = IntValue.of(bool.asInteger());
        }
        Matcher matcher = SPEC.matcher(spec);
        if (!matcher.matches()) {
            throw PlaygroundError.valueError("Invalid format specifier '" + spec + "' for object of type '"
                    + subject.typeName() + "'");
        }
        String type = matcher.group("type");
        String fill = matcher.group("fill");
        String align = matcher.group("align");
        if (matcher.group("zero") != null && align == null) {
            fill = "0";
            align = "=";
        }
        int width = matcher.group("width") == null ? 0 : parseCount(matcher.group("width"));
        Integer precision = matcher.group("precision") == null ? null : parseCount(matcher.group("precision"));
        String sign = matcher.group("sign") == null ? "-" : matcher.group("sign");
        String grouping = matcher.group("grouping");
        boolean alternate = matcher.group("alternate") != null;

        String body;
        boolean negative = false;
        String prefix = "";
        switch (subject) {
            case StrValue text -> {
                if (type != null && !type.equals("s")) {
                    throw unknownCode(type, "str");
                }
                if (matcher.group("sign") != null) {
                    throw PlaygroundError.valueError("Sign not allowed in string format specifier");
                }
                body = precision == null ? text.value() : text.value().substring(0,
                        text.value().offsetByCodePoints(0, (int) Math.min(precision, text.length())));
                return pad(body, "", fill, align == null ? "<" : align, width);
            }
            case IntValue integer when type == null || "bcdoxXn".contains(type) -> {
                BigInteger number = integer.value();
                negative = number.signum() < 0;
                body = integerDigits(number.abs(), type == null ? "d" : type, grouping);
                if (alternate && type != null && "boxX".contains(type)) {
                    prefix = "0" + (type.equals("X") ? "X" : type);
                }
            }
            default -> {
                if (!(subject instanceof IntValue || subject instanceof FloatValue)) {
                    throw PlaygroundError.typeError("unsupported format string passed to " + subject.typeName()
                            + ".__format__");
                }
                if (type != null && "bcdoxX".contains(type)) {
                    throw unknownCode(type, "float");
                }
                double number = Operators.toDouble(subject);
                negative = number < 0 || (number == 0.0 && 1.0 / number < 0);
                body = floatDigits(Math.abs(number), type, precision, grouping, alternate);
            }
        }
        String signText = negative ? "-" : sign.equals("+") ? "+" : sign.equals(" ") ? " " : "";
        return pad(body, signText + prefix, fill, align == null ? ">" : align, width);
    }

    private static int parseCount(String digits) {
        if (digits.length() > 9) {
            throw PlaygroundError.valueError("Too many decimal digits in format string");
        }
        int count = Integer.parseInt(digits);
        if (count > 10_000_000) {
            throw PlaygroundError.memoryError("format width or precision too large for the playground");
        }
        return count;
    }

    private static PlaygroundError unknownCode(String type, String kind) {
        return PlaygroundError.valueError("Unknown format code '" + type + "' for object of type '" + kind + "'");
    }

    private static String integerDigits(BigInteger magnitude, String type, String grouping) {
        return switch (type) {
            case "b" -> group(magnitude.toString(2), grouping, 4);
            case "o" -> group(magnitude.toString(8), grouping, 4);
            case "x" -> group(magnitude.toString(16), grouping, 4);
            case "X" -> group(magnitude.toString(16).toUpperCase(), grouping, 4);
            case "c" -> Character.toString(magnitude.intValueExact());
            default -> group(PythonFormat.intRepr(magnitude), grouping, 3);
        };
    }

    private static String floatDigits(double magnitude, String type, Integer precision, String grouping,
                                      boolean alternate) {
        if (Double.isNaN(magnitude) || Double.isInfinite(magnitude)) {
            String word = Double.isNaN(magnitude) ? "nan" : "inf";
            return type != null && "EFG".contains(type) ? word.toUpperCase() : word + ("%".equals(type) ? "%" : "");
        }
        String kind = type == null ? "" : type;
        int digits = precision == null ? 6 : precision;
        String text = switch (kind) {
            case "f", "F" -> fixed(magnitude, digits, alternate);
            case "%" -> fixed(magnitude * 100, digits, alternate) + "%";
            case "e", "E" -> scientific(magnitude, digits, alternate, kind.equals("E"));
            case "g", "G", "n" -> general(magnitude, digits == 0 ? 1 : digits, alternate, kind.equals("G"));
            default -> {
                if (precision == null) {
                    // no type and no precision: str() of the float (an int here would have taken the int path)
                    yield PythonFormat.floatRepr(magnitude);
                }
                String general = general(magnitude, digits == 0 ? 1 : digits, alternate, false);
                yield general.contains(".") || general.contains("e") ? general : general + ".0";
            }
        };
        if (grouping != null) {
            int end = text.length();
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isDigit(text.charAt(i))) {
                    end = i;
                    break;
                }
            }
            text = group(text.substring(0, end), grouping, 3) + text.substring(end);
        }
        return text;
    }

    private static String fixed(double magnitude, int digits, boolean alternate) {
        String text = new BigDecimal(magnitude).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        return alternate && digits == 0 ? text + "." : text;
    }

    private static String scientific(double magnitude, int digits, boolean alternate, boolean upper) {
        String mantissa;
        int exponent;
        if (magnitude == 0.0) {
            mantissa = digits == 0 ? "0" : "0." + "0".repeat(digits);
            exponent = 0;
        } else {
            BigDecimal rounded = new BigDecimal(magnitude).round(new MathContext(digits + 1, RoundingMode.HALF_EVEN));
            exponent = rounded.precision() - rounded.scale() - 1;
            mantissa = rounded.movePointLeft(exponent).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        }
        if (alternate && digits == 0) {
            mantissa += ".";
        }
        String exponentText = (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        return mantissa + (upper ? "E" : "e") + exponentText;
    }

    private static String general(double magnitude, int precision, boolean alternate, boolean upper) {
        String text = PythonFormat.formatG(magnitude, precision);
        if (alternate && !text.contains(".") && !text.contains("e")) {
            text = text + ".";
        }
        return upper ? text.toUpperCase() : text;
    }

    private static String group(String digits, String separator, int size) {
        if (separator == null || digits.length() <= size) {
            return digits;
        }
        StringBuilder grouped = new StringBuilder();
        int first = digits.length() % size == 0 ? size : digits.length() % size;
        grouped.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += size) {
            grouped.append(separator).append(digits, i, i + size);
        }
        return grouped.toString();
    }

    private static String pad(String body, String signAndPrefix, String fill, String align, int width) {
        String padding = fill == null ? " " : fill;
        int missing = width - signAndPrefix.length() - body.codePointCount(0, body.length());
        if (missing <= 0) {
            return signAndPrefix + body;
        }
        return switch (align) {
            case "<" -> signAndPrefix + body + padding.repeat(missing);
            case "^" -> padding.repeat(missing / 2) + signAndPrefix + body + padding.repeat(missing - missing / 2);
            case "=" -> signAndPrefix + padding.repeat(missing) + body;
            default -> padding.repeat(missing) + signAndPrefix + body;
        };
    }
}
