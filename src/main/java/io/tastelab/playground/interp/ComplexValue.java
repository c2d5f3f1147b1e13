package io.tastelab.playground.interp;

import io.tastelab.playground.lang.BinaryOperator;
import io.tastelab.playground.lang.CompareOperator;
import io.tastelab.playground.lang.UnaryOperator;
import java.util.List;

/**
 * A Python {@code complex}: two doubles, with CPython's arithmetic (its division and integer-power algorithms,
 * so results agree to the last bit) and repr ({@code 1j}, {@code (1+2j)}, {@code (1.5-0j)}). Immutable.
 */
public record ComplexValue(double real, double imag) implements OperatorDispatch, AttributeDispatch {

    @Override
    public String typeName() {
        return "complex";
    }

    @Override
    public String repr() {
        if (real == 0.0 && Math.copySign(1.0, real) > 0) {
            return part(imag) + "j";
        }
        String sign = Double.isNaN(imag) || Math.copySign(1.0, imag) > 0 ? "+" : "-";
        return "(" + part(real) + sign + part(Math.abs(imag)) + "j)";
    }

    /** A component as CPython writes it inside a complex: float repr without a trailing {@code .0}. */
    private static String part(double value) {
        String text = PythonFormat.floatRepr(value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    @Override
    public boolean isTruthy() {
        return real != 0.0 || imag != 0.0;
    }

    /** The complex value of a Python number operand, or null for any other value. */
    static ComplexValue of(Value value) {
        return switch (value) {
            case ComplexValue c -> c;
            case IntValue i -> new ComplexValue(Operators.toDouble(i), 0.0);
            case BoolValue b -> new ComplexValue(b.value() ? 1.0 : 0.0, 0.0);
            case FloatValue f -> new ComplexValue(f.value(), 0.0);
            default -> null;
        };
    }

    @Override
    public Value binaryOp(BinaryOperator op, Value other, boolean reflected) {
        ComplexValue that = of(other);
        if (that == null) {
            return NotImplementedValue.INSTANCE;
        }
        ComplexValue a = reflected ? that : this;
        ComplexValue b = reflected ? this : that;
        return switch (op) {
            case ADD -> new ComplexValue(a.real + b.real, a.imag + b.imag);
            case SUBTRACT -> new ComplexValue(a.real - b.real, a.imag - b.imag);
            case MULTIPLY -> multiply(a, b);
            case TRUE_DIVIDE -> {
                if (b.real == 0.0 && b.imag == 0.0) {
                    throw PlaygroundError.zeroDivisionError("complex division by zero");
                }
                yield divide(a, b);
            }
            case POWER -> {
                // CPython: an exponent with a small integer value uses repeated multiplication
                if (b.imag == 0.0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100.0) {
                    yield integerPower(a, (int) b.real);
                }
                yield power(a, b);
            }
            case FLOOR_DIVIDE, MODULO -> throw PlaygroundError.typeError("unsupported operand type(s) for "
                    + op.symbol() + ": '" + (reflected ? other.typeName() : "complex") + "' and '"
                    + (reflected ? "complex" : other.typeName()) + "'");
            default -> NotImplementedValue.INSTANCE;
        };
    }

    private static ComplexValue multiply(ComplexValue a, ComplexValue b) {
        return new ComplexValue(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    /** CPython's {@code _Py_c_quot}: Smith's method, scaled so that it neither overflows nor loses precision. */
    private static ComplexValue divide(ComplexValue a, ComplexValue b) {
        double absReal = Math.abs(b.real);
        double absImag = Math.abs(b.imag);
        if (absReal >= absImag) {
            double ratio = b.imag / b.real;
            double denominator = b.real + b.imag * ratio;
            return new ComplexValue((a.real + a.imag * ratio) / denominator, (a.imag - a.real * ratio) / denominator);
        }
        if (absImag >= absReal) {
            double ratio = b.real / b.imag;
            double denominator = b.real * ratio + b.imag;
            return new ComplexValue((a.real * ratio + a.imag) / denominator, (a.imag * ratio - a.real) / denominator);
        }
        return new ComplexValue(Double.NaN, Double.NaN);
    }

    /** CPython's {@code c_powi}: square-and-multiply for small int exponents, the reciprocal for negative ones. */
    private static ComplexValue integerPower(ComplexValue x, int n) {
        if (n > 0) {
            return unsignedPower(x, n);
        }
        ComplexValue positive = unsignedPower(x, -n);
        if (positive.real == 0.0 && positive.imag == 0.0) {
            throw PlaygroundError.zeroDivisionError("0.0 to a negative or complex power");
        }
        return divide(new ComplexValue(1.0, 0.0), positive);
    }

    private static ComplexValue unsignedPower(ComplexValue x, int n) {
        ComplexValue result = new ComplexValue(1.0, 0.0);
        ComplexValue power = x;
        for (int mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                result = multiply(result, power);
            }
            power = multiply(power, power);
        }
        return result;
    }

    /** CPython's {@code _Py_c_pow} in polar form. */
    static ComplexValue power(ComplexValue a, ComplexValue b) {
        if (b.real == 0.0 && b.imag == 0.0) {
            return new ComplexValue(1.0, 0.0);
        }
        if (a.real == 0.0 && a.imag == 0.0) {
            if (b.imag != 0.0 || b.real < 0.0) {
                throw PlaygroundError.zeroDivisionError("0.0 to a negative or complex power");
            }
            return new ComplexValue(0.0, 0.0);
        }
        double magnitude = Math.hypot(a.real, a.imag);
        double length = Math.pow(magnitude, b.real);
        double angle = Math.atan2(a.imag, a.real);
        double phase = angle * b.real;
        if (b.imag != 0.0) {
            length /= Math.exp(angle * b.imag);
            phase += b.imag * Math.log(magnitude);
        }
        ComplexValue result = new ComplexValue(length * Math.cos(phase), length * Math.sin(phase));
        if (Double.isInfinite(result.real) || Double.isInfinite(result.imag)) {
            throw PlaygroundError.overflowError("complex exponentiation");
        }
        return result;
    }

    @Override
    public Value compare(CompareOperator op, Value other) {
        ComplexValue that = of(other);
        if (that == null) {
            return NotImplementedValue.INSTANCE;
        }
        boolean equal = real == that.real && imag == that.imag;
        return switch (op) {
            case EQUAL -> BoolValue.of(equal);
            case NOT_EQUAL -> BoolValue.of(!equal);
            default -> throw PlaygroundError.typeError("'" + op.symbol() + "' not supported between instances of '"
                    + typeName() + "' and '" + other.typeName() + "'");
        };
    }

    @Override
    public Value absolute() {
        double magnitude = Math.hypot(real, imag);
        if (Double.isInfinite(magnitude) && Double.isFinite(real) && Double.isFinite(imag)) {
            throw PlaygroundError.overflowError("absolute value too large");
        }
        return new FloatValue(magnitude);
    }

    @Override
    public Value unaryOp(UnaryOperator op) {
        return switch (op) {
            case NEGATE -> new ComplexValue(-real, -imag);
            case PLUS -> this;
            default -> NotImplementedValue.INSTANCE;
        };
    }

    @Override
    public Value getAttribute(String name) {
        return switch (name) {
            case "real" -> new FloatValue(real);
            case "imag" -> new FloatValue(imag);
            case "conjugate" -> new BuiltinFunction("conjugate", (arguments, context) -> {
                arguments.bind("complex.conjugate", List.of(), 0);
                return new ComplexValue(real, -imag);
            }, "complex object");
            default -> null;
        };
    }

    /** The builtin {@code complex(real=0, imag=0)}, from numbers or a string such as {@code '1+2j'}. */
    static Value construct(Arguments arguments, CallContext context) {
        Value[] slots = arguments.bind("complex", List.of("real", "imag"), 0);
        if (slots[0] instanceof StrValue text) {
            if (slots[1] != null) {
                throw PlaygroundError.typeError("complex() can't take second arg if first is a string");
            }
            return parse(text);
        }
        ComplexValue real = slots[0] == null ? new ComplexValue(0.0, 0.0) : number(slots[0], "first");
        ComplexValue imag = slots[1] == null ? new ComplexValue(0.0, 0.0) : number(slots[1], "second");
        return new ComplexValue(real.real - imag.imag, real.imag + imag.real);
    }

    private static ComplexValue number(Value value, String which) {
        Value scalar = value instanceof ScalarConvertible convertible && !(value instanceof ComplexValue)
                ? convertible.toPythonScalar() : value;
        ComplexValue converted = of(scalar);
        if (converted == null) {
            throw PlaygroundError.typeError("complex() " + which + " argument must be a string or a number, not '"
                    + value.typeName() + "'");
        }
        return converted;
    }

    private static ComplexValue parse(StrValue text) {
        String s = text.value().strip().replace("_", "");
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "([+-]?(?:\\d+\\.?\\d*(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?|inf|nan))?"
                        + "(?:([+-](?:\\d+\\.?\\d*(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?|inf|nan)?)[jJ])?"
                        + "|([+-]?(?:\\d+\\.?\\d*(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?|inf|nan)?)[jJ]",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(s);
        if (s.isEmpty() || !m.matches()) {
            throw PlaygroundError.valueError("complex() arg is a malformed string");
        }
        if (m.group(3) != null) {
            return new ComplexValue(0.0, component(m.group(3)));
        }
        double real = m.group(1) == null ? 0.0 : component(m.group(1));
        double imag = m.group(2) == null ? 0.0 : component(m.group(2));
        return new ComplexValue(real, imag);
    }

    private static double component(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.isEmpty() || lower.equals("+")) {
            return 1.0;
        }
        if (lower.equals("-")) {
            return -1.0;
        }
        String unsigned = lower.replaceFirst("^[+-]", "");
        double sign = lower.startsWith("-") ? -1.0 : 1.0;
        return switch (unsigned) {
            case "inf" -> sign * Double.POSITIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(lower);
        };
    }
}
