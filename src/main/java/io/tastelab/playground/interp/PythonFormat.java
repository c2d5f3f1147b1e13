package io.tastelab.playground.interp;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** Python's text forms of numbers and strings, for reprs, {@code print} and timing reports. */
public final class PythonFormat {

    /** CPython's default limit on int-to-str conversion (Python 3.11+). */
    public static final int MAX_INT_DIGITS = 4300;

    private PythonFormat() {
    }

    /**
     * Python's {@code repr(float)}: the shortest string that reads back as the same double, in fixed notation
     * for decimal exponents from -4 to 15 and scientific otherwise ({@code 1e+16}, {@code 1e-05}, {@code 0.1}).
     */
    public static String floatRepr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0.0) {
            return 1.0 / value < 0 ? "-0.0" : "0.0";
        }
        // Since JDK 19, Double.toString gives the shortest decimal that round-trips, as Python's repr does.
        BigDecimal decimal = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        if (decimal.precision() == 2) {
            // Java always gives two digits and may pick a closer two-digit decimal (4.9e-324) where one digit
            // already reads back (5e-324); Python's repr takes the shortest.
            BigDecimal oneDigit = decimal.round(new MathContext(1, RoundingMode.HALF_EVEN));
            if (oneDigit.doubleValue() == Math.abs(value)) {
                decimal = oneDigit.stripTrailingZeros();
            }
        }
        String digits = decimal.unscaledValue().toString();
        int exponent = digits.length() - 1 - decimal.scale();
        String sign = value < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            if (exponent >= 0) {
                if (digits.length() <= exponent + 1) {
                    return sign + digits + "0".repeat(exponent + 1 - digits.length()) + ".0";
                }
                return sign + digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
            }
            return sign + "0." + "0".repeat(-exponent - 1) + digits;
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "")
                + Math.abs(exponent);
    }

    /** Python's {@code "%.{precision}g" % value}. */
    public static String formatG(double value, int precision) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        int p = Math.max(1, precision);
        if (value == 0.0) {
            return 1.0 / value < 0 ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(p, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        String sign = rounded.signum() < 0 ? "-" : "";
        BigDecimal magnitude = rounded.abs();
        if (exponent >= -4 && exponent < p) {
            String fixed = magnitude.setScale(Math.max(0, p - 1 - exponent), RoundingMode.HALF_EVEN).toPlainString();
            return sign + stripZeros(fixed);
        }
        BigDecimal mantissa = magnitude.movePointLeft(exponent).setScale(p - 1, RoundingMode.HALF_EVEN);
        return sign + stripZeros(mantissa.toPlainString()) + "e" + (exponent < 0 ? "-" : "+")
                + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    }

    private static String stripZeros(String fixed) {
        if (fixed.indexOf('.') < 0) {
            return fixed;
        }
        String stripped = fixed.replaceAll("0+$", "");
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    /**
     * Python's {@code str(int)}, with CPython's guard against huge conversions.
     *
     * @throws PlaygroundError ValueError beyond {@link #MAX_INT_DIGITS} digits, as CPython 3.11 does
     */
    public static String intRepr(BigInteger value) {
        // An int of more than 14,300 bits has more than 4,300 digits: refuse without the slow conversion.
        if (value.bitLength() > 14_300
                || (value.bitLength() > 14_000 && value.abs().toString().length() > MAX_INT_DIGITS)) {
            throw PlaygroundError.valueError("Exceeds the limit (" + MAX_INT_DIGITS
                    + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        return value.toString();
    }

    /** Python's {@code repr(str)}: single quotes unless the text has ' and no ", with Python's escapes. */
    public static String strRepr(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(text.length() + 2).append(quote);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else if (!isPrintable(c)) {
                out.append(c <= 0xff ? String.format("\\x%02x", c)
                        : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.append(quote).toString();
    }

    private static boolean isPrintable(int codePoint) {
        int type = Character.getType(codePoint);
        return !(type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (type == Character.SPACE_SEPARATOR && codePoint != ' '));
    }
}
